import type { Limits } from "../pack/check-limits.js";
import { FORBIDDEN_KEYS, isIsoDate } from "./check-value.js";
import type { SchemaNode } from "./schema-node.js";

/** Counts values while a report is checked, to enforce the size limit. */
interface Budget {
  nodes: number;
}

/** A compiled check: true when the value is valid. It allocates nothing and builds no paths. */
type Check = (value: unknown, depth: number, budget: Budget) => boolean;

/**
 * Compiles a report-schema node into closures that answer only "valid or not", for the common case of a valid
 * report. It accepts exactly what `checkValue` and `checkLimits` accept together (a fuzz test compares them); when it
 * says "invalid", the slower `checkReport` runs to say where and why.
 */
export function compileValidator(node: SchemaNode, limits: Limits): (value: unknown) => boolean {
  const cache = new Map<SchemaNode, Check>();
  const root = compileNode(node, limits, cache);
  return (value) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
    return root(value, 0, { nodes: 0 });
  };
}

function compileNode(node: SchemaNode, limits: Limits, cache: Map<SchemaNode, Check>): Check {
  const cached = cache.get(node);
  if (cached) return cached;
  // Placeholder for (impossible after resolution, but harmless) self-references.
  let compiled: Check = () => false;
  cache.set(node, (v, d, b) => compiled(v, d, b));
  compiled = build(node, limits, cache);
  cache.set(node, compiled);
  return compiled;
}

function codePointsAtMost(s: string, max: number): boolean {
  if (s.length <= max) return true;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
    if (++n > max) return false;
  }
  return true;
}

function codePointsAtLeast(s: string, min: number): boolean {
  let n = 0;
  for (let i = 0; i < s.length && n < min; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
    n++;
  }
  return n >= min;
}

function build(node: SchemaNode, limits: Limits, cache: Map<SchemaNode, Check>): Check {
  const leaf = (test: (v: unknown) => boolean): Check => (v, _d, b) => ++b.nodes <= limits.maxNodes && test(v);
  if (node.enum !== undefined) {
    const allowed = node.enum;
    return leaf((v) => (typeof v !== "string" || v.length <= limits.maxStringLength) && allowed.some((a) => a === v) && (v === null || typeof v !== "object"));
  }
  switch (node.type) {
    case "integer":
    case "number": {
      const integer = node.type === "integer";
      const { minimum, maximum } = node;
      const decimals = node["x-decimals"];
      return leaf((v) => {
        if (typeof v !== "number" || !Number.isFinite(v)) return false;
        if (integer && !Number.isInteger(v)) return false;
        if ((minimum !== undefined && v < minimum) || (maximum !== undefined && v > maximum)) return false;
        return decimals === undefined || Number(v.toFixed(decimals)) === v;
      });
    }
    case "string": {
      const { minLength, maxLength } = node;
      const date = node.format === "date";
      return leaf((v) => {
        if (typeof v !== "string" || v.length > limits.maxStringLength) return false;
        if (minLength !== undefined && !codePointsAtLeast(v, minLength)) return false;
        if (maxLength !== undefined && !codePointsAtMost(v, maxLength)) return false;
        return !date || isIsoDate(v);
      });
    }
    case "boolean":
      return leaf((v) => typeof v === "boolean");
    case "array": {
      const items = node.items ? compileNode(node.items, limits, cache) : null;
      const { minItems, maxItems } = node;
      return (v, depth, budget) => {
        if (!Array.isArray(v) || ++budget.nodes > limits.maxNodes || depth >= limits.maxDepth || v.length > limits.maxKeys) return false;
        if ((minItems !== undefined && v.length < minItems) || (maxItems !== undefined && v.length > maxItems)) return false;
        for (let i = 0; i < v.length; i++) {
          const item: unknown = v[i];
          if (item === null || item === undefined) return false;
          if (items ? !items(item, depth + 1, budget) : !anyJson(item, depth + 1, budget, limits)) return false;
        }
        return true;
      };
    }
    case "object": {
      const props = node.properties ?? {};
      const names = Object.keys(props);
      const checks = names.map((n) => compileNode(props[n] as SchemaNode, limits, cache));
      const required = node.required ?? [];
      const closed = node.additionalProperties === false;
      const anyOf = node.anyOf;
      const open = new Map(names.map((n, i) => [n, checks[i] as Check] as const));
      return (v, depth, budget) => {
        if (v === null || typeof v !== "object" || Array.isArray(v) || ++budget.nodes > limits.maxNodes || depth >= limits.maxDepth) return false;
        const proto: unknown = Object.getPrototypeOf(v);
        if (proto !== Object.prototype && proto !== null) return false;
        const obj = v as Record<string, unknown>;
        if (closed) {
          // Walk the declared fields; any other own key makes the count differ (and the slow path says which).
          let present = 0;
          for (let i = 0; i < names.length; i++) {
            const name = names[i] as string;
            const value = obj[name];
            if (value === undefined) continue;
            if (!Object.prototype.hasOwnProperty.call(obj, name)) return false;
            present++;
            if (value === null) {
              if (++budget.nodes > limits.maxNodes) return false;
              continue;
            }
            if (!(checks[i] as Check)(value, depth + 1, budget)) return false;
          }
          if (Object.getOwnPropertyNames(obj).length !== present) return false;
        } else {
          const keys = Object.keys(obj);
          if (keys.length > limits.maxKeys) return false;
          for (const key of keys) {
            if (FORBIDDEN_KEYS.has(key) || key.length > limits.maxStringLength) return false;
            const check = open.get(key);
            const value = obj[key];
            if (check === undefined) {
              if (!anyJson(value, depth + 1, budget, limits)) return false;
              continue;
            }
            if (value === undefined || value === null) {
              if (++budget.nodes > limits.maxNodes) return false;
              continue;
            }
            if (!check(value, depth + 1, budget)) return false;
          }
        }
        for (let i = 0; i < required.length; i++) {
          const key = required[i] as string;
          if (obj[key] === undefined || obj[key] === null) return false;
        }
        if (anyOf) {
          let ok = false;
          for (const branch of anyOf) {
            let all = true;
            for (const k of branch.required) if (obj[k] === undefined || obj[k] === null) all = false;
            if (all) ok = true;
          }
          if (!ok) return false;
        }
        return true;
      };
    }
    default:
      return (v, depth, budget) => anyJson(v, depth, budget, limits);
  }
}

/** Any JSON value within the limits (for parts of a report the schema leaves open). */
function anyJson(v: unknown, depth: number, budget: Budget, limits: Limits): boolean {
  if (++budget.nodes > limits.maxNodes) return false;
  if (v === null || typeof v === "boolean" || typeof v === "number") return true;
  if (typeof v === "string") return v.length <= limits.maxStringLength;
  if (typeof v !== "object" || depth >= limits.maxDepth) return false;
  if (Array.isArray(v)) {
    if (v.length > limits.maxKeys) return false;
    for (const item of v) if (!anyJson(item, depth + 1, budget, limits)) return false;
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Object.keys(v);
  if (keys.length > limits.maxKeys) return false;
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key) || key.length > limits.maxStringLength) return false;
    if (!anyJson((v as Record<string, unknown>)[key], depth + 1, budget, limits)) return false;
  }
  return true;
}
