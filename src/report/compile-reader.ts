import type { Limits } from "../pack/check-limits.js";
import { codePoints, FORBIDDEN_KEYS, isBlank, isIsoDate, nfcLonger } from "./check-value.js";

export { codePoints };
import type { SchemaNode } from "./schema-node.js";
import { roundMeasure } from "../logic/round-decimal.js";

/** Returned by a compiled reader when the value is not (certainly) valid: the slow path then says where and why. */
export const INVALID: unique symbol = Symbol("invalid");

/** Counts values while a report is read, to enforce the size limit. */
interface Budget {
  nodes: number;
  /** About the length of the JSON text, counted as `copyWithinLimits` counts it. */
  size: number;
}

/** A compiled reader: a private copy of the value when it is valid, else {@link INVALID}. */
type Reader = (value: unknown, depth: number, budget: Budget) => unknown;

/**
 * Compiles a report schema into closures that, in one pass, check a report and copy it into plain objects and lists
 * that only this library holds: every property is read once (a getter runs once), and what is judged and digested is
 * exactly what was checked. It accepts only what the slow path (`copyWithinLimits` + `checkReport`) accepts — a fuzz
 * test compares them — and on anything unusual it answers {@link INVALID} and lets the slow path decide. No paths,
 * no messages: that is the slow path's job.
 */
export function compileReader(node: SchemaNode, limits: Limits): (value: unknown) => unknown {
  const cache = new Map<SchemaNode, Reader>();
  const root = compileNode(node, limits, cache);
  return (value) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return INVALID;
    return root(value, 0, { nodes: 0, size: 1 });
  };
}

function compileNode(node: SchemaNode, limits: Limits, cache: Map<SchemaNode, Reader>): Reader {
  const cached = cache.get(node);
  if (cached) return cached;
  let compiled: Reader = () => INVALID;
  cache.set(node, (v, d, b) => compiled(v, d, b));
  compiled = build(node, limits, cache);
  cache.set(node, compiled);
  return compiled;
}

function isPlainObject(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function build(node: SchemaNode, limits: Limits, cache: Map<SchemaNode, Reader>): Reader {
  const maxSize = limits.maxSize ?? Infinity;
  const leaf = (test: (v: unknown) => boolean): Reader => (v, _d, b) => {
    if (++b.nodes > limits.maxNodes || !test(v)) return INVALID;
    if (typeof v === "string" && (b.size += v.length) > maxSize) return INVALID;
    return v;
  };
  if (node.enum !== undefined) {
    const allowed = node.enum;
    return leaf((v) => (v === null || typeof v !== "object") && (typeof v !== "string" || v.length <= limits.maxStringLength) && allowed.includes(v as never));
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
        return decimals === undefined || Number.isInteger(v) || roundMeasure(v, decimals) === v;
      });
    }
    case "string": {
      const { minLength, maxLength } = node;
      const date = node.format === "date";
      const notBlank = node["x-notBlank"] === true;
      return leaf((v) => {
        if (typeof v !== "string" || v.length > limits.maxStringLength) return false;
        if (minLength !== undefined && (v.length < minLength || codePoints(v, minLength) < minLength)) return false;
        if (maxLength !== undefined && nfcLonger(v, maxLength)) return false;
        if (notBlank && isBlank(v)) return false;
        return !date || isIsoDate(v);
      });
    }
    case "boolean":
      return leaf((v) => typeof v === "boolean");
    case "array":
      return buildArray(node, limits, cache);
    case "object":
      return buildObject(node, limits, cache);
    default:
      // The dialect always gives a type; anything else is left to the slow path.
      return () => INVALID;
  }
}

function buildArray(node: SchemaNode, limits: Limits, cache: Map<SchemaNode, Reader>): Reader {
  const items = node.items ? compileNode(node.items, limits, cache) : null;
  const { minItems, maxItems } = node;
  return (v, depth, budget) => {
    if (!Array.isArray(v) || ++budget.nodes > limits.maxNodes || depth >= limits.maxDepth || v.length > limits.maxKeys) return INVALID;
    if (Object.getPrototypeOf(v) !== Array.prototype || items === null) return INVALID;
    const n = v.length;
    if ((minItems !== undefined && n < minItems) || (maxItems !== undefined && n > maxItems)) return INVALID;
    const out = new Array<unknown>(n);
    budget.size += n;
    for (let i = 0; i < n; i++) {
      const item: unknown = v[i];
      if (item === null || item === undefined) return INVALID;
      const copy = items(item, depth + 1, budget);
      if (copy === INVALID) return INVALID;
      out[i] = copy;
    }
    return out;
  };
}

function buildObject(node: SchemaNode, limits: Limits, cache: Map<SchemaNode, Reader>): Reader {
  const props = node.properties ?? {};
  const names = Object.keys(props).filter((n) => !FORBIDDEN_KEYS.has(n));
  const readers = names.map((n) => compileNode(props[n] as SchemaNode, limits, cache));
  const required = node.required ?? [];
  const anyOf = node.anyOf;
  const maxSize = limits.maxSize ?? Infinity;
  // Open objects (additional properties allowed) are rare in report schemas: the slow path handles them.
  if (node.additionalProperties !== false || names.length > limits.maxKeys) return () => INVALID;
  const hasOwn = Object.prototype.hasOwnProperty;
  return (v, depth, budget) => {
    if (v === null || typeof v !== "object" || Array.isArray(v) || ++budget.nodes > limits.maxNodes || depth >= limits.maxDepth) return INVALID;
    if (!isPlainObject(v)) return INVALID;
    const obj = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    // The declared fields, read once each; then the own enumerable keys are counted: one more than were read means
    // an unknown, forbidden or inherited key, which the slow path reports.
    let present = 0;
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      const value = obj[name];
      if (value === undefined) continue;
      if (!hasOwn.call(obj, name)) return INVALID;
      present++;
      budget.size += name.length + 1;
      if (value === null) {
        // Kept, as JSON has it ("not given" for the engine): the copy must digest like the report.
        if (++budget.nodes > limits.maxNodes) return INVALID;
        out[name] = null;
        continue;
      }
      const copy = (readers[i] as Reader)(value, depth + 1, budget);
      if (copy === INVALID) return INVALID;
      out[name] = copy;
    }
    let keys = 0;
    for (const _ in obj) keys++;
    if (keys !== present) return INVALID;
    if (budget.size > maxSize) return INVALID;
    for (let i = 0; i < required.length; i++) if (out[required[i] as string] == null) return INVALID;
    if (anyOf !== undefined && !anyOf.some((b) => b.required.every((k) => out[k] != null))) return INVALID;
    return out;
  };
}
