import type { JsonValue, TraceNode } from "../types.js";
import { isLogicObject, LAZY_OPERATIONS, OPERATIONS, truthy } from "./operations.js";


/** Evaluates a rule like {@link compileLogic} and records every sub-expression with its value. */
export function traceLogic(logic: unknown, data: unknown): { value: unknown; trace: TraceNode } {
  if (Array.isArray(logic)) {
    const items = logic.map((l) => traceLogic(l, data));
    const value = items.map((i) => i.value);
    return { value, trace: { op: null, args: items.map((i) => i.trace), value: toJson(value) } };
  }
  if (!isLogicObject(logic)) return { value: logic, trace: { op: null, args: [], value: toJson(logic) } };
  const op = Object.keys(logic)[0] as string;
  const raw = logic[op];
  const values: unknown[] = Array.isArray(raw) ? raw : [raw];
  const args: TraceNode[] = [];
  const run = (l: unknown): unknown => {
    const r = traceLogic(l, data);
    args.push(r.trace);
    return r.value;
  };
  let value: unknown;
  if (LAZY_OPERATIONS.has(op)) {
    value = lazy(op, values, run);
  } else {
    const impl = Object.prototype.hasOwnProperty.call(OPERATIONS, op) ? OPERATIONS[op] : undefined;
    if (!impl) throw new Error(`Unrecognized operation ${op}`);
    value = impl.apply(data, values.map(run));
  }
  const node: TraceNode = { op, args, value: toJson(value) };
  if (op === "var" && typeof values[0] === "string") node.var = values[0];
  return { value, trace: node };
}

function lazy(op: string, values: unknown[], run: (l: unknown) => unknown): unknown {
  let current: unknown;
  if (op === "and" || op === "or") {
    for (const v of values) {
      current = run(v);
      if (truthy(current) === (op === "or")) return current;
    }
    return current;
  }
  let i = 0;
  for (; i < values.length - 1; i += 2) if (truthy(run(values[i]))) return run(values[i + 1]);
  if (values.length === i + 1) return run(values[i]);
  return null;
}

/** A JSON-safe copy of a value for a trace. */
function toJson(value: unknown): JsonValue {
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (value === undefined) return null;
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === "object") {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: toJson(v), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return String(value);
}
