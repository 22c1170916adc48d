/*
 * The shape of an evaluation result given back to the library (`renderReport`, `renderTrace`): what `evaluate`
 * returned, or its JSON read back from storage. Rendering reads many fields; a value of another shape gets
 * `INVALID_ARGUMENT` with each problem located (JSON pointer), instead of a TypeError from deep inside the renderer.
 */
import type { HuyenHocTapError } from "../errors.js";
import { invalidArgument, readArgument } from "../invalid-argument.js";
import { makeIssue } from "../report/make-issue.js";
import type { Issue } from "../types.js";

type Value = Record<string, unknown>;
type Check = (value: unknown, path: string, issues: Issue[]) => void;

const MAX_ISSUES = 20;
/** Deepest trace tree accepted (a pack's logic is at most 40 deep, see PACK_LIMITS). */
const MAX_TRACE_DEPTH = 64;

const isObject = (v: unknown): v is Value => v !== null && typeof v === "object" && !Array.isArray(v);
const kindOf = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/** Records a problem at `path`: a missing field when `value` is undefined, else `other()`. */
function problem(issues: Issue[], path: string, value: unknown, other: () => Issue): void {
  // The whole argument missing (`renderReport(undefined)`) is of the wrong type, not a field "" that is missing.
  if (issues.length < MAX_ISSUES) issues.push(value === undefined && path !== "" ? makeIssue("MISSING_FIELD", path, { field: path.slice(path.lastIndexOf("/") + 1) }) : other());
}

function wrong(issues: Issue[], path: string, expected: string, value: unknown): void {
  problem(issues, path, value, () => makeIssue("WRONG_TYPE", path, { expected, actual: kindOf(value) }));
}

const string: Check = (v, path, issues) => {
  if (typeof v !== "string") wrong(issues, path, "string", v);
};
const number: Check = (v, path, issues) => {
  if (typeof v !== "number") wrong(issues, path, "number", v);
};
const boolean: Check = (v, path, issues) => {
  if (typeof v !== "boolean") wrong(issues, path, "boolean", v);
};
const optional = (check: Check): Check => (v, path, issues) => {
  if (v !== undefined) check(v, path, issues);
};
const nullable = (check: Check): Check => (v, path, issues) => {
  if (v !== null) check(v, path, issues);
};
const oneOf = (...allowed: string[]): Check => (v, path, issues) => {
  if (typeof v !== "string" || !allowed.includes(v)) problem(issues, path, v, () => makeIssue("INVALID_VALUE", path, { allowed: allowed.join(", ") }));
};
const object = (fields: Record<string, Check>): Check => (v, path, issues) => {
  if (!isObject(v)) return wrong(issues, path, "object", v);
  for (const [name, check] of Object.entries(fields)) check(v[name], `${path}/${name}`, issues);
};
const array = (item: Check): Check => (v, path, issues) => {
  if (!Array.isArray(v)) return wrong(issues, path, "array", v);
  for (let i = 0; i < v.length && issues.length < MAX_ISSUES; i++) item(v[i], `${path}/${i}`, issues);
};

const text = object({ vi: string, en: string });
/** A value as results hold it: a number, a yes/no, or nothing (null). */
const measured: Check = (v, path, issues) => {
  if (v !== null && typeof v !== "number" && typeof v !== "boolean") wrong(issues, path, "number", v);
};
/** What a node of a trace evaluated to: a JSON scalar or a list (a rule computes nothing else). */
const traceValue: Check = (v, path, issues) => {
  if (v !== null && typeof v !== "number" && typeof v !== "boolean" && typeof v !== "string" && !Array.isArray(v)) wrong(issues, path, "JSON value", v);
};
const verdict = oneOf("met", "not_met", "insufficient_data");
const indicatorVerdict = oneOf("met", "not_met", "not_applicable", "insufficient_data");
const unit = oneOf("percent", "percentagePoints", "count", "number", "boolean");
const comparison = oneOf(">=", ">", "<=", "<", "==", "truthy");

function traceNode(depth: number): Check {
  return (v, path, issues) => {
    if (depth > MAX_TRACE_DEPTH) {
      if (issues.length < MAX_ISSUES) issues.push(makeIssue("TOO_DEEP", path, { max: MAX_TRACE_DEPTH }));
      return;
    }
    object({ op: nullable(string), var: optional(string), args: array(traceNode(depth + 1)), value: traceValue })(v, path, issues);
  };
}

const trace = object({
  // null with `methods` when no method could be used (insufficient data): nothing was computed.
  measure: nullable(string),
  methods: optional(array(object({ measure: string, missing: array(string) }))),
  applicable: optional(traceNode(0)),
  value: optional(traceNode(0)),
  rounded: optional(object({ decimals: number, value: number })),
  comparison: optional(object({ compare: comparison, value: number, threshold: number })),
});

/** What `renderTrace` and each row of `renderReport` read of an indicator's result. */
const indicator = object({
  id: string,
  criterion: string,
  standard: string,
  verdict: indicatorVerdict,
  label: text,
  method: nullable(string),
  inputs: object({}),
  value: measured,
  unit,
  compare: comparison,
  threshold: nullable(object({ value: number, unit })),
  missing: array(string),
  selfAssessment: optional(oneOf("met", "not_met")),
  flags: array(object({ message: text })),
  trace: optional(trace),
});

const group = object({ id: string, title: text, verdict });

/** What `renderReport` reads of a result. */
const result = object({
  verdict,
  label: text,
  district: string,
  province: string,
  year: number,
  report: optional(object({ number: optional(string), date: optional(string) })),
  indicators: array(indicator),
  criteria: array(group),
  standards: array(group),
  summary: object({ text }),
  conclusion: text,
  pack: object({ id: string, version: string, digest: string, verified: boolean, keyId: nullable(string) }),
  reportDigest: string,
  engine: object({ name: string, version: string }),
  warnings: array(object({ message: text })),
});

function refuse(what: { vi: string; en: string }, check: Check, value: unknown): HuyenHocTapError | null {
  const issues: Issue[] = [];
  check(value, "", issues);
  return issues.length === 0 ? null : invalidArgument(what.vi, what.en, issues);
}

/** Throws `INVALID_ARGUMENT`, with every problem located, unless `value` has the shape of an evaluation result. */
export function checkResult(value: unknown): void {
  const error = readArgument("result", () => refuse({ vi: "result phải là kết quả do evaluate trả về (hoặc JSON của nó)", en: "result must be what evaluate returns (or its JSON)" }, result, value));
  if (error) throw error;
}

/** Throws `INVALID_ARGUMENT`, with every problem located, unless `value` has the shape of an indicator's result. */
export function checkIndicatorResult(value: unknown): void {
  const error = readArgument("indicator", () => refuse({ vi: "indicator phải là kết quả của một chỉ báo (một phần tử của result.indicators)", en: "indicator must be an indicator's result (an element of result.indicators)" }, indicator, value));
  if (error) throw error;
}
