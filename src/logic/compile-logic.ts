import { isLogicObject, LAZY_OPERATIONS, OPERATIONS, truthy } from "./operations.js";

/** A compiled rule: a plain closure over the data (no `eval`, no `new Function`). */
export type CompiledLogic = (data: unknown) => unknown;

/**
 * Compiles a JSON-logic expression into closures once, so that evaluating it costs a few function calls instead of
 * re-reading the rule. Behaves like json-logic-js 2.0.5's `apply` for every operation in {@link OPERATIONS}; an unknown
 * operation throws, as json-logic-js does (packs never reach here with one: the pack gate refuses them first).
 * `constants` are names whose `var` always reads the same value (a pack's named thresholds, which never clash with
 * report fields), so the data passed at run time need not carry them.
 */
export function compileLogic(logic: unknown, constants?: Readonly<Record<string, unknown>>): CompiledLogic {
  const compile = (l: unknown): CompiledLogic => compileLogic(l, constants);
  if (Array.isArray(logic)) {
    const items = logic.map(compile);
    return (data) => items.map((f) => f(data));
  }
  if (!isLogicObject(logic)) return () => logic;
  const op = Object.keys(logic)[0] as string;
  const raw = logic[op];
  const values: unknown[] = Array.isArray(raw) ? raw : [raw];
  if (op === "var" && values.length === 1 && typeof values[0] === "string" && values[0] !== "" && !values[0].includes(".")) {
    const key = values[0];
    if (constants && Object.prototype.hasOwnProperty.call(constants, key)) {
      // A named threshold: the engine's data holds it under its name, so reading it is reading a constant.
      const constant = constants[key];
      return () => constant;
    }
    return (data) => {
      if (data === null || data === undefined) return null;
      const v = (data as Record<string, unknown>)[key];
      return v === undefined ? null : v;
    };
  }
  const args = values.map(compile);
  if (LAZY_OPERATIONS.has(op)) return compileLazy(op, args);
  const impl = Object.prototype.hasOwnProperty.call(OPERATIONS, op) ? OPERATIONS[op] : undefined;
  if (!impl) throw new Error(`Unrecognized operation ${op}`);
  if (args.length === 1) {
    const [a] = args as [CompiledLogic];
    return (data) => impl.call(data, a(data));
  }
  if (args.length === 2) {
    const [a, b] = args as [CompiledLogic, CompiledLogic];
    if (op === "+") {
      return (data) => {
        const x = a(data);
        const y = b(data);
        // Two numbers: what json-logic-js computes, without its argument list (see operations.ts).
        return typeof x === "number" && typeof y === "number" ? 0 + x + y : impl.call(data, x, y);
      };
    }
    if (op === "*") {
      return (data) => {
        const x = a(data);
        const y = b(data);
        return typeof x === "number" && typeof y === "number" ? (x === 0 ? 0 : x) * (y === 0 ? 0 : y) : impl.call(data, x, y);
      };
    }
    return (data) => impl.call(data, a(data), b(data));
  }
  return (data) => impl.apply(data, args.map((f) => f(data)));
}

function compileLazy(op: string, args: CompiledLogic[]): CompiledLogic {
  if (op === "and") {
    return (data) => {
      let current: unknown;
      for (const f of args) {
        current = f(data);
        if (!truthy(current)) return current;
      }
      return current;
    };
  }
  if (op === "or") {
    return (data) => {
      let current: unknown;
      for (const f of args) {
        current = f(data);
        if (truthy(current)) return current;
      }
      return current;
    };
  }
  // if / ?:
  return (data) => {
    let i = 0;
    for (; i < args.length - 1; i += 2) {
      if (truthy((args[i] as CompiledLogic)(data))) return (args[i + 1] as CompiledLogic)(data);
    }
    if (args.length === i + 1) return (args[i] as CompiledLogic)(data);
    return null;
  };
}
