/* The JsonLogic operations, written to behave exactly like json-logic-js 2.0.5 (the reference: a differential test
   compares both on the conformance suite, the pack tests and fuzzed reports). They live in this module's own table:
   nothing here reads or changes json-logic-js's process-wide table. */

/** JsonLogic truthiness: an empty list is false, otherwise JavaScript's. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return !!value;
}

/** `var`: a dotted path into the data, with a default. */
export function readVar(data: unknown, a: unknown, b?: unknown): unknown {
  const notFound = b === undefined ? null : b;
  if (a === undefined || a === "" || a === null) return data;
  const parts = String(a).split(".");
  let node: unknown = data;
  for (const part of parts) {
    if (node === null || node === undefined) return notFound;
    node = (node as Record<string, unknown>)[part];
    if (node === undefined) return notFound;
  }
  return node;
}

type Op = (this: unknown, ...args: unknown[]) => unknown;
/* eslint-disable eqeqeq */
const num = (v: unknown): number => parseFloat(v as string);

/** The eager operations (their arguments are evaluated first), by name. */
export const OPERATIONS: Readonly<Record<string, Op>> = Object.freeze(Object.assign(Object.create(null) as Record<string, Op>, {
  "==": (a: unknown, b: unknown) => a == b,
  "===": (a: unknown, b: unknown) => a === b,
  "!=": (a: unknown, b: unknown) => a != b,
  "!==": (a: unknown, b: unknown) => a !== b,
  ">": (a: unknown, b: unknown) => (a as number) > (b as number),
  ">=": (a: unknown, b: unknown) => (a as number) >= (b as number),
  "<": (a: unknown, b: unknown, c?: unknown) => (c === undefined ? (a as number) < (b as number) : (a as number) < (b as number) && (b as number) < (c as number)),
  "<=": (a: unknown, b: unknown, c?: unknown) => (c === undefined ? (a as number) <= (b as number) : (a as number) <= (b as number) && (b as number) <= (c as number)),
  "!!": (a: unknown) => truthy(a),
  "!": (a: unknown) => !truthy(a),
  "%": (a: unknown, b: unknown) => (a as number) % (b as number),
  in: (a: unknown, b: unknown) => {
    if (!b || typeof (b as { indexOf?: unknown }).indexOf === "undefined") return false;
    return (b as { indexOf(x: unknown): number }).indexOf(a) !== -1;
  },
  cat: (...args: unknown[]) => args.join(""),
  substr: (source: unknown, start: unknown, end: unknown) => {
    if ((end as number) < 0) {
      const temp = String(source).substr(start as number);
      return temp.substr(0, temp.length + (end as number));
    }
    return String(source).substr(start as number, end as number);
  },
  // For two numbers these are what json-logic-js computes: parseFloat(x) is x for every number but -0, and
  // (0 + a) + b and (a || 0-for--0) * b give the same results; anything else takes json-logic-js's own path.
  "+": (...args: unknown[]) => {
    if (args.length === 2 && typeof args[0] === "number" && typeof args[1] === "number") return 0 + args[0] + args[1];
    return args.reduce((a: number, b) => num(a) + num(b), 0);
  },
  "*": (...args: unknown[]) => {
    if (args.length === 2 && typeof args[0] === "number" && typeof args[1] === "number") return (args[0] === 0 ? 0 : args[0]) * (args[1] === 0 ? 0 : args[1]);
    return args.reduce((a, b) => num(a) * num(b));
  },
  "-": (a: unknown, b?: unknown) => (b === undefined ? -(a as number) : (a as number) - (b as number)),
  "/": (a: unknown, b: unknown) => (a as number) / (b as number),
  min: (...args: unknown[]) => Math.min(...(args as number[])),
  max: (...args: unknown[]) => Math.max(...(args as number[])),
  var: function (this: unknown, a: unknown, b?: unknown) {
    return readVar(this, a, b);
  },
  missing: function (this: unknown, ...args: unknown[]) {
    const keys = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
    const missing: unknown[] = [];
    for (const key of keys) {
      const value = readVar(this, key);
      if (value === null || value === "") missing.push(key);
    }
    return missing;
  },
  missing_some: function (this: unknown, needCount: unknown, options: unknown) {
    const areMissing = OPERATIONS["missing"]?.call(this, options) as unknown[];
    return (options as unknown[]).length - areMissing.length >= (needCount as number) ? [] : areMissing;
  },
}));

/** Operations that evaluate their arguments lazily. */
export const LAZY_OPERATIONS: ReadonlySet<string> = new Set(["if", "?:", "and", "or"]);

/** True for a logic object (exactly one key); anything else is a literal. */
export function isLogicObject(logic: unknown): logic is Record<string, unknown> {
  return typeof logic === "object" && logic !== null && !Array.isArray(logic) && Object.keys(logic).length === 1;
}
