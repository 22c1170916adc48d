import type { JsonValue, TraceNode } from "../types.js";
import { isLogicObject, LAZY_OPERATIONS, OPERATIONS, truthy } from "./operations.js";

/**
 * How long a value may be where it is quoted (a text, or the JSON of a list or an object): in a rendered rule, in a
 * line of a trace, and in a trace's record once its budget is spent. A longer one is shown by its start and "…".
 */
export const SHORT_VALUE_LENGTH = 60;

/**
 * Characters of long values a trace records in full besides twice the size of the figures its rule reads. A rule may
 * read one field 40 000 times: the value is recorded in full while the budget lasts, then shortened (docs/security.md).
 */
const FULL_VALUES_BASE = 10000;

/** Evaluates a rule like {@link compileLogic} and records every sub-expression with its value. */
export function traceLogic(logic: unknown, data: unknown): { value: unknown; trace: TraceNode } {
  const sizes = new WeakMap<object, number>();
  let budget = FULL_VALUES_BASE + 2 * jsonSize(data, sizes);
  /* A short value is recorded as it is; a long one in full while the budget lasts, else by the start of its text. */
  const record = (value: unknown): JsonValue => {
    const size = jsonSize(value, sizes);
    if (size <= SHORT_VALUE_LENGTH) return toJson(value);
    if (size <= budget) {
      budget -= size;
      return toJson(value);
    }
    return typeof value === "string" ? shortText(value) : `${cutText(jsonStart(value), SHORT_VALUE_LENGTH)}…`;
  };
  return traceNode(logic, data, record);
}

function traceNode(logic: unknown, data: unknown, record: (value: unknown) => JsonValue): { value: unknown; trace: TraceNode } {
  if (Array.isArray(logic)) {
    const items = logic.map((l) => traceNode(l, data, record));
    const value = items.map((i) => i.value);
    return { value, trace: { op: null, args: items.map((i) => i.trace), value: record(value) } };
  }
  if (!isLogicObject(logic)) return { value: logic, trace: { op: null, args: [], value: record(logic) } };
  const op = Object.keys(logic)[0] as string;
  const raw = logic[op];
  const values: unknown[] = Array.isArray(raw) ? raw : [raw];
  const args: TraceNode[] = [];
  const run = (l: unknown): unknown => {
    const r = traceNode(l, data, record);
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
  const node: TraceNode = { op, args, value: record(value) };
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

/**
 * About the length of a value's JSON (a text's escapes not counted), each list and object measured once: the same
 * list read again costs nothing to measure.
 */
function jsonSize(value: unknown, sizes: WeakMap<object, number>): number {
  if (typeof value === "string") return value.length + 2;
  if (value === null || value === undefined) return 4;
  if (typeof value !== "object") return String(value).length;
  const known = sizes.get(value);
  if (known !== undefined) return known;
  let size = 2;
  if (Array.isArray(value)) {
    for (const item of value) size += jsonSize(item, sizes) + 1;
  } else {
    for (const [k, v] of Object.entries(value)) size += k.length + 4 + jsonSize(v, sizes);
  }
  sizes.set(value, size);
  return size;
}

/** A text cut to at most `max` characters, never inside a surrogate pair. */
function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** A text as it is when it has at most `max` characters (60 unless told), else its first `max` and "…". */
export function shortText(text: string, max: number = SHORT_VALUE_LENGTH): string {
  return text.length <= max ? text : `${cutText(text, max)}…`;
}

/** A value's JSON as it is when it has at most 60 characters, else its first 60 and "…" (never written whole). */
export function shortJson(value: unknown): string {
  return shortText(jsonStart(value));
}

/** The start of a value's JSON: whole when it is short, else a little over 60 characters of it. */
function jsonStart(value: unknown): string {
  let out = "";
  const full = (): boolean => out.length > SHORT_VALUE_LENGTH;
  const write = (v: unknown): void => {
    if (Array.isArray(v)) {
      out += "[";
      for (let i = 0; i < v.length && !full(); i++) {
        if (i > 0) out += ",";
        write(v[i]);
      }
      out += "]";
    } else if (typeof v === "object" && v !== null) {
      out += "{";
      let first = true;
      for (const k in v) {
        if (full()) break;
        if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
        out += `${first ? "" : ","}${JSON.stringify(k.slice(0, SHORT_VALUE_LENGTH + 1))}:`;
        first = false;
        write((v as Record<string, unknown>)[k]);
      }
      out += "}";
    } else {
      out += JSON.stringify(typeof v === "string" ? v.slice(0, SHORT_VALUE_LENGTH + 1) : toJson(v));
    }
  };
  write(value);
  return out;
}
