import type { RulePack } from "../types.js";
import { isLogicObject, LAZY_OPERATIONS, OPERATIONS } from "../logic/operations.js";

/**
 * Writes the source of one pack's rules as plain JavaScript: every JSON-logic expression becomes a small named
 * function that behaves exactly like the closure {@link compileLogic} makes of it (same operations, same order of
 * evaluation, same results; the differential tests run both and json-logic-js), with report fields read by fixed
 * names and thresholds written in as constants. For each measure it also writes `ready` (every required field is
 * given) and `inputs` (the figures used, as a literal), and for the whole report `blocks` (the indicators' blocks in
 * the pack's order) and `constraints` (every constraint whose fields are given holds).
 *
 * Like the reader (see reader-source.ts), it is written ahead of time for the bundled packs, never evaluated at run
 * time, and used only for the pack with the digest it names. It knows nothing but the pack it was given.
 */
export function rulesSource(pack: RulePack): string {
  const constants = Object.create(null) as Record<string, unknown>;
  for (const [name, t] of Object.entries(pack.thresholds)) constants[name] = t.value;
  const e = new Emitter(constants);
  const indicators = pack.standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators));
  const entries: string[] = [];
  const blockReads: string[] = [];
  const constraintChecks: string[] = [];
  indicators.forEach((indicator, i) => {
    const key = JSON.stringify(indicator.id);
    blockReads.push(`    out[${i}] = hasOwn.call(I, ${key}) ? I[${key}] : undefined;`);
    const rule = indicator.rule;
    const measures = rule.measures.map((m) => {
      const ready = m.requires.length === 0 ? "true" : m.requires.map((f) => `b[${JSON.stringify(f)}] != null`).join(" && ");
      const inputs = m.requires.map((f) => `${f === "__proto__" ? `[${JSON.stringify(f)}]` : JSON.stringify(f)}: b[${JSON.stringify(f)}]`).join(", ");
      const applicable = m.applicable !== undefined ? e.fn(m.applicable) : "null";
      return `{ ready: (b) => ${ready}, applicable: ${applicable}, value: ${e.fn(m.value)}, inputs: (b) => ({ ${inputs} }) }`;
    });
    const constraints = (rule.constraints ?? []).map((c) => e.fn(c.check));
    entries.push(`    { measures: [${measures.join(", ")}], constraints: [${constraints.join(", ")}] },`);
    (rule.constraints ?? []).forEach((c, k) => {
      const ready = c.requires.map((f) => ` && b[${JSON.stringify(f)}] != null`).join("");
      constraintChecks.push(`    b = out[${i}];`, `    if (b != null${ready} && !truthy(${constraints[k] as string}(b))) return false;`);
    });
  });
  return [
    `/** The rules: \`rt\` gives the engine's JSON-logic operations and truthiness. */`,
    `export function createRules(rt) {`,
    `  const OP = rt.OPERATIONS;`,
    `  const truthy = rt.truthy;`,
    `  const hasOwn = Object.prototype.hasOwnProperty;`,
    ...e.lines.map((l) => `  ${l}`),
    `  /** The blocks of the private copy of a report, in the pack's order (undefined when absent). */`,
    `  function blocks(copy, out) {`,
    `    const I = copy.indicators ?? {};`,
    ...blockReads,
    `    return out;`,
    `  }`,
    `  /** Every constraint whose fields are all given holds, on the blocks read by \`blocks\`. */`,
    `  function constraints(out) {`,
    `    let b;`,
    ...constraintChecks,
    `    return true;`,
    `  }`,
    `  return {`,
    `    count: ${indicators.length},`,
    `    blocks,`,
    `    constraints,`,
    `    indicators: [`,
    ...entries,
    `    ],`,
    `  };`,
    `}`,
    ``,
  ].join("\n");
}

/**
 * One expression as the body of a function of `OP` (the operations) and `truthy` that returns the generated function:
 * how the tests run the generator on the JsonLogic conformance suite (the library never evaluates it).
 */
export function expressionSource(logic: unknown, constants: Record<string, unknown> = {}): string {
  const e = new Emitter(constants);
  const name = e.fn(logic);
  return `${e.lines.join("\n")}\nreturn ${name};`;
}

/** Operations written inline for two arguments: exactly the operation's own code (see operations.ts). */
const INLINE: Record<string, string> = { "==": "==", "===": "===", "!=": "!=", "!==": "!==", ">": ">", ">=": ">=", "<": "<", "<=": "<=", "/": "/", "%": "%" };

/** Writes expressions as named functions `eN(d)`. */
class Emitter {
  lines: string[] = [];
  #n = 0;
  /** Functions already written, by body: the same expression is written once. */
  #byBody = new Map<string, string>();
  #constants: Record<string, unknown>;

  constructor(constants: Record<string, unknown>) {
    this.#constants = constants;
  }

  /** The name of a function computing `logic` on data `d`, as compileLogic's closure does. */
  fn(logic: unknown): string {
    const body = this.#body(logic);
    const known = this.#byBody.get(body);
    if (known !== undefined) return known;
    const name = `e${this.#byBody.size}`;
    this.#byBody.set(body, name);
    this.lines.push(`function ${name}(d) { ${body} }`);
    return name;
  }

  #body(logic: unknown): string {
    if (Array.isArray(logic)) return `return [${logic.map((l) => `${this.fn(l)}(d)`).join(", ")}];`;
    if (!isLogicObject(logic)) {
      // A literal: the same value every time (objects and lists too, as the closure returns the same reference).
      if (logic !== null && typeof logic === "object") {
        const k = `k${this.#n++}`;
        this.lines.push(`const ${k} = ${jsSource(logic)};`);
        return `return ${k};`;
      }
      return `return ${jsSource(logic)};`;
    }
    const op = Object.keys(logic)[0] as string;
    const raw = logic[op];
    const values: unknown[] = Array.isArray(raw) ? raw : [raw];
    if (op === "var" && values.length === 1 && typeof values[0] === "string" && values[0] !== "" && !values[0].includes(".")) {
      const key = values[0];
      if (Object.prototype.hasOwnProperty.call(this.#constants, key)) return `return ${jsSource(this.#constants[key])};`;
      return `if (d === null || d === undefined) return null; const v = d[${JSON.stringify(key)}]; return v === undefined ? null : v;`;
    }
    const args = values.map((v) => this.fn(v));
    if (LAZY_OPERATIONS.has(op)) return lazyBody(op, args);
    if (!Object.prototype.hasOwnProperty.call(OPERATIONS, op)) throw new Error(`Unrecognized operation ${op}`);
    const impl = `OP[${JSON.stringify(op)}]`;
    if (args.length === 2) {
      const [a, b] = args as [string, string];
      const pair = `const x = ${a}(d); const y = ${b}(d);`;
      if (op === "+") return `${pair} return typeof x === "number" && typeof y === "number" ? 0 + x + y : ${impl}.call(d, x, y);`;
      if (op === "*") return `${pair} return typeof x === "number" && typeof y === "number" ? (x === 0 ? 0 : x) * (y === 0 ? 0 : y) : ${impl}.call(d, x, y);`;
      // `-` with one argument negates: a second argument that is undefined (an empty `and`) counts as none.
      if (op === "-") return `${pair} return y === undefined ? -x : x - y;`;
      const inline = INLINE[op];
      if (inline !== undefined) return `${pair} return x ${inline} y;`;
    }
    return `return ${impl}.call(d${args.map((a) => `, ${a}(d)`).join("")});`;
  }
}

/** `and`, `or`, `if` and `?:`, unrolled as compileLogic's loops run them. */
function lazyBody(op: string, args: string[]): string {
  if (op === "and" || op === "or") {
    const stop = op === "and" ? "!truthy(c)" : "truthy(c)";
    return `let c; ${args.map((a) => `c = ${a}(d); if (${stop}) return c;`).join(" ")} return c;`;
  }
  const parts: string[] = [];
  let i = 0;
  for (; i < args.length - 1; i += 2) parts.push(`if (truthy(${args[i] as string}(d))) return ${args[i + 1] as string}(d);`);
  parts.push(args.length === i + 1 ? `return ${args[i] as string}(d);` : "return null;");
  return parts.join(" ");
}

/** A JSON value as JavaScript source that makes the same value: -0 kept, keys as computed names (so `__proto__` is data). */
export function jsSource(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "number":
      return Object.is(value, -0) ? "-0" : Number.isFinite(value) ? String(value) : value > 0 ? "Infinity" : value < 0 ? "-Infinity" : "NaN";
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return String(value);
    case "undefined":
      return "undefined";
    case "object":
      if (Array.isArray(value)) return `[${value.map(jsSource).join(", ")}]`;
      return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `[${JSON.stringify(k)}]: ${jsSource(v)}`).join(", ")} }`;
    default:
      throw new Error(`not JSON: ${typeof value}`);
  }
}
