import type { Limits } from "./check-limits.js";
import type { SchemaNode } from "../report/schema-node.js";
import { FORBIDDEN_KEYS } from "../report/check-value.js";

/**
 * Writes the source of a report reader for one pack's report schema: the same checks and the same private copy as
 * {@link compileReader}'s closures, as plain JavaScript with the field names written out, so that every property read
 * and write is a fixed name (what V8 makes fastest) instead of a name held in a closure.
 *
 * The source is produced ahead of time (`npm run generate`) for the packs bundled with the library and committed
 * beside them (`rules/<id>/<version>.compiled.js`); it is never evaluated at run time (no `eval`, no `new Function`),
 * so it works under a strict Content Security Policy. It is generic: it knows the schema it was given and nothing
 * else. The module names the digest of what it was written from (the report schema and the limits: `key`) and of the
 * pack; the engine uses it only for a pack with that digest or that key (any other pack is read by the closures). A
 * test rewrites it and fails when it is stale; a fuzz test checks that it accepts what the closures accept and copies
 * alike.
 *
 * Like the closures, it answers `INVALID` on anything unusual, and the slow path then says what is wrong and where.
 */
export function readerSource(schema: SchemaNode, limits: Limits): string {
  const functions: string[] = [];
  const names = new Map<SchemaNode, string>();
  const maxSize = limits.maxSize ?? Infinity;

  const nameOf = (node: SchemaNode): string => {
    let name = names.get(node);
    if (name !== undefined) return name;
    name = `r${names.size}`;
    names.set(node, name);
    functions.push(""); // reserve the slot: recursive schemas refer to a function before it is written
    const slot = functions.length - 1;
    functions[slot] = readerFunction(node, name);
    return name;
  };

  /** A condition that is true when the leaf value `v` is NOT valid (the closures' `!test(v)`), or null if not a leaf. */
  const leafInvalid = (node: SchemaNode, v: string): string | null => {
    if (node.enum !== undefined) {
      const alts = node.enum.map((e) => `${v} === ${JSON.stringify(e)}`).join(" || ");
      return `!(${alts === "" ? "false" : alts})`;
    }
    switch (node.type) {
      case "integer":
      case "number": {
        const parts = [`typeof ${v} !== "number"`, `!Number.isFinite(${v})`];
        if (node.type === "integer") parts.push(`!Number.isInteger(${v})`);
        if (node.minimum !== undefined) parts.push(`${v} < ${num(node.minimum)}`);
        if (node.maximum !== undefined) parts.push(`${v} > ${num(node.maximum)}`);
        const d = node["x-decimals"];
        if (d !== undefined) parts.push(`(!Number.isInteger(${v}) && roundMeasure(${v}, ${num(d)}) !== ${v})`);
        return parts.join(" || ");
      }
      case "string": {
        const parts = [`typeof ${v} !== "string"`, `${v}.length > ${limits.maxStringLength}`];
        // A string has at least half as many code points as UTF-16 units: counting them is needed only below twice
        // the minimum length.
        const min = node.minLength;
        if (min !== undefined) parts.push(`(${v}.length < ${num(min)} || (${v}.length < ${num(2 * min)} && codePoints(${v}, ${num(min)}) < ${num(min)}))`);
        if (node.maxLength !== undefined) parts.push(`nfcLonger(${v}, ${num(node.maxLength)})`);
        if (node.format === "date") parts.push(`!isIsoDate(${v})`);
        if (node["x-notBlank"] === true) parts.push(`isBlank(${v})`);
        return parts.join(" || ");
      }
      case "boolean":
        return `typeof ${v} !== "boolean"`;
      default:
        return null;
    }
  };

  /** Leaf checks, one function per distinct check (`lN(x, b)`: the value, or INVALID). */
  const leaves = new Map<string, string>();
  const leafName = (body: string): string => {
    let name = leaves.get(body);
    if (name === undefined) {
      name = `l${leaves.size}`;
      leaves.set(body, name);
      functions.push(`function ${name}(x, b) {\n${body}\n}`);
    }
    return name;
  };

  /** Statements reading the non-null value `v` of `node` into `target`, returning INVALID when it is not valid. */
  const readInto = (node: SchemaNode, v: string, target: string, depth: string): string => {
    const invalid = leafInvalid(node, "x");
    if (invalid !== null) {
      const isString = node.type === "string" || (node.enum !== undefined && node.enum.some((e) => typeof e === "string"));
      const strings = node.enum !== undefined ? node.enum.filter((e): e is string => typeof e === "string") : [];
      // An enum's strings are short; only a string leaf can be long enough to matter for the size limit.
      const tooLongEnum = node.enum !== undefined && strings.some((s) => s.length > limits.maxStringLength);
      const sizeOf = node.type === "string" && node.enum === undefined ? `(b.size += x.length) > ${maxSize}` : `typeof x === "string" && (b.size += x.length) > ${maxSize}`;
      const size = isString ? `\n  if (${sizeOf}) return INVALID;` : "";
      const body = `  if (++b.nodes > ${limits.maxNodes} || ${tooLongEnum ? `(typeof x === "string" && x.length > ${limits.maxStringLength}) || ` : ""}${invalid}) return INVALID;${size}\n  return x;`;
      return `{ const c = ${leafName(body)}(${v}, b); if (c === INVALID) return INVALID; ${target} = c; }`;
    }
    if (node.type === "object" || node.type === "array") {
      return `{ const c = ${nameOf(node)}(${v}, ${depth}, b); if (c === INVALID) return INVALID; ${target} = c; }`;
    }
    return "return INVALID;";
  };

  function readerFunction(node: SchemaNode, name: string): string {
    if (node.type === "array" && node.enum === undefined) {
      const items = node.items;
      if (items === undefined) return `function ${name}() { return INVALID; }`;
      const min = node.minItems !== undefined ? ` || n < ${num(node.minItems)}` : "";
      const max = node.maxItems !== undefined ? ` || n > ${num(node.maxItems)}` : "";
      return [
        `function ${name}(v, d, b) {`,
        `  if (!Array.isArray(v) || ++b.nodes > ${limits.maxNodes} || d >= ${limits.maxDepth} || v.length > ${limits.maxKeys}) return INVALID;`,
        `  if (Object.getPrototypeOf(v) !== Array.prototype) return INVALID;`,
        `  const n = v.length;`,
        `  if (false${min}${max}) return INVALID;`,
        `  const out = new Array(n);`,
        `  b.size += n;`,
        `  for (let i = 0; i < n; i++) {`,
        `    const x = v[i];`,
        `    if (x === null || x === undefined) return INVALID;`,
        `    ${readInto(items, "x", "out[i]", "d + 1")}`,
        `  }`,
        `  return out;`,
        `}`,
      ].join("\n");
    }
    if (node.type === "object" && node.enum === undefined) {
      const props = node.properties ?? {};
      const keys = Object.keys(props).filter((k) => !FORBIDDEN_KEYS.has(k));
      if (node.additionalProperties !== false || keys.length > limits.maxKeys) return `function ${name}() { return INVALID; }`;
      const lines = [
        `function ${name}(v, d, b) {`,
        `  if (v === null || typeof v !== "object" || Array.isArray(v) || ++b.nodes > ${limits.maxNodes} || d >= ${limits.maxDepth}) return INVALID;`,
        `  const proto = Object.getPrototypeOf(v);`,
        `  if (proto !== Object.prototype && proto !== null) return INVALID;`,
        `  const out = {};`,
        `  let present = 0;`,
        `  let x;`,
      ];
      for (const key of keys) {
        const k = JSON.stringify(key);
        const target = `out[${k}]`;
        lines.push(
          `  x = v[${k}];`,
          `  if (x !== undefined) {`,
          `    if (!hasOwn.call(v, ${k})) return INVALID;`,
          `    present++;`,
          `    b.size += ${key.length + 1};`,
          `    if (x === null) { if (++b.nodes > ${limits.maxNodes}) return INVALID; ${target} = null; }`,
          `    else ${readInto(props[key] as SchemaNode, "x", target, "d + 1")}`,
          `  }`,
        );
      }
      lines.push(`  let keys = 0;`, `  for (const _ in v) keys++;`, `  if (keys !== present || b.size > ${maxSize}) return INVALID;`);
      for (const r of node.required ?? []) lines.push(`  if (out[${JSON.stringify(r)}] == null) return INVALID;`);
      if (node.anyOf !== undefined) {
        const alts = node.anyOf.map((a) => (a.required.length === 0 ? "true" : a.required.map((k) => `out[${JSON.stringify(k)}] != null`).join(" && ")));
        lines.push(`  if (!(${alts.length === 0 ? "false" : alts.map((a) => `(${a})`).join(" || ")})) return INVALID;`);
      }
      lines.push(`  return out;`, `}`);
      return lines.join("\n");
    }
    // A leaf at the root, or a type the dialect does not have: the slow path decides.
    return `function ${name}() { return INVALID; }`;
  }

  const root = nameOf(schema);
  return [
    `/** The reader: \`rt\` gives the engine's INVALID marker and helpers. */`,
    `export function createReader(rt) {`,
    `  const { INVALID, isIsoDate, isBlank, codePoints, nfcLonger, roundMeasure } = rt;`,
    `  const hasOwn = Object.prototype.hasOwnProperty;`,
    ...functions.map((f) => f.replace(/^/gm, "  ")),
    `  return (v) => {`,
    `    if (v === null || typeof v !== "object" || Array.isArray(v)) return INVALID;`,
    `    return ${root}(v, 0, { nodes: 0, size: 1 });`,
    `  };`,
    `}`,
    ``,
  ].join("\n");
}

/** A number as JavaScript source. */
function num(n: number): string {
  return Number.isFinite(n) ? String(n) : "NaN";
}
