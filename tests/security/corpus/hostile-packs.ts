/**
 * The attack corpus for rule packs: every hostile pack, the category it belongs to, and exactly how it must be refused
 * (always `PACK_INVALID`; the first issue's code and JSON path). Each attack starts from the bundled pilot pack, so
 * that only the hostile part is wrong. docs/security.md summarises this list (a test keeps the summary in step).
 */
import { readFileSync } from "node:fs";
import { repoPath } from "../../helpers.js";

export const PILOT_TEXT = readFileSync(repoPath("rules/huyen-hoc-tap/2021.json"), "utf8");

/** A fresh, mutable copy of the pilot pack. */
export function pilot(): Record<string, any> {
  return JSON.parse(PILOT_TEXT) as Record<string, any>;
}

/** Categories, in the order docs/security.md lists them. */
export const PACK_CATEGORIES = [
  "prototype access through var",
  "computed or prototype variable paths",
  "forbidden operators and resource bombs",
  "malformed logic objects",
  "nesting and size",
  "prototype keys in pack data",
  "report schema references",
  "meaning checks",
  "pack objects JSON cannot hold",
  "text input",
] as const;
export type PackCategory = (typeof PACK_CATEGORIES)[number];

export interface HostilePack {
  name: string;
  category: PackCategory;
  /** The attack, as JSON text or as an object (objects are also passed to `evaluate(report, { pack })`). */
  make: () => string | object;
  /** Code of the first issue of the `PACK_INVALID` error. */
  issue: string;
  /** JSON pointer of the first issue: the offending node. */
  path: string;
}

/** Indicator 2.1.1 (counts of agencies rated good and fair) and its first measure. */
export const IND = "/standards/1/criteria/0/indicators/0";
export const M = `${IND}/rule/measures/0`;
const BLOCK = "/reportSchema/properties/indicators/properties/2.1.1";

const share = (p: Record<string, any>): Record<string, any> => p["standards"][1].criteria[0].indicators[0];
const mutate = (f: (p: Record<string, any>) => void) => (): Record<string, any> => {
  const p = pilot();
  f(p);
  return p;
};
/** The pilot pack with the value of 2.1.1's first measure replaced. */
const measure = (logic: () => unknown) => mutate((p) => (share(p)["rule"].measures[0].value = logic()));
/** The pilot pack as text, with `"__KEY__"` keys renamed (JSON text is the only way to write an own `__proto__` key). */
const asText = (f: (p: Record<string, any>) => void, key: string) => (): string => {
  const p = pilot();
  f(p);
  return JSON.stringify(p).replaceAll('"__KEY__"', JSON.stringify(key));
};
const label = { vi: "nhãn", en: "label" };
const threshold = { value: 1, unit: "percent", label };
const nest = (levels: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown => {
  let x = leaf;
  for (let i = 0; i < levels; i++) x = wrap(x);
  return x;
};
const nestText = (levels: number, op: string): string => `${`{"${op}":[`.repeat(levels)}1${"]}".repeat(levels)}`;
/** The pilot pack's text with 2.1.1's first measure written as raw text (for nesting no object could hold). */
const measureText = (logic: string) => (): string => {
  const p = pilot();
  share(p)["rule"].measures[0].value = "__LOGIC__";
  return JSON.stringify(p).replace('"__LOGIC__"', logic);
};
/** The pointer at which nesting `op` inside 2.1.1's first measure exceeds the depth limit (40): the value is at depth 10. */
export const tooDeepPath = (op: string): string => `${M}/value${`/${op}/0`.repeat(15)}`;

/** json-logic-js: a 151-byte rule that doubles an array 38 times (1.6 GB at the 30th step). */
export const REDUCE_MERGE_BOMB = '{"reduce":[[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1],{"merge":[{"var":"accumulator"},{"var":"accumulator"}]},[10]]}';
/** json-logic-js: 11 nested `some` over 200-item lists, 4,5 KB: 200^11 steps. */
export const NESTED_SOME = JSON.stringify(nest(11, { var: "" }, (inner) => ({ some: [new Array(200).fill(1), inner] })));
/** Our own finding: `cat` joining a report's 4 000-character note 32 400 times (470 KB) builds a 260 MB string. */
export const CAT_BOMB = (): unknown => ({
  substr: [{ cat: Array.from({ length: 90 }, () => ({ cat: Array.from({ length: 90 }, () => ({ cat: [{ var: "note" }, { var: "note" }, { var: "note" }, { var: "note" }] })) })) }, 0, 1],
});

export const HOSTILE_PACKS: HostilePack[] = [
  // json-logic-js's `var` walks the prototype chain.
  { category: "prototype access through var", name: '{"var": "constructor.constructor"} (Function)', make: measure(() => ({ var: "constructor.constructor" })), issue: "INVALID_VAR_PATH", path: `${M}/value/var` },
  { category: "prototype access through var", name: '{"var": "__proto__"} (Object.prototype)', make: measure(() => ({ var: "__proto__" })), issue: "UNKNOWN_VARIABLE", path: `${M}/value/var` },
  { category: "prototype access through var", name: '{"var": "prototype"}', make: measure(() => ({ var: "prototype" })), issue: "UNKNOWN_VARIABLE", path: `${M}/value/var` },
  { category: "prototype access through var", name: '{"var": "constructor"}', make: measure(() => ({ var: "constructor" })), issue: "UNKNOWN_VARIABLE", path: `${M}/value/var` },
  { category: "prototype access through var", name: '{"var": ["__proto__", 0]} (with a default)', make: measure(() => ({ var: ["__proto__", 0] })), issue: "UNKNOWN_VARIABLE", path: `${M}/value/var` },
  { category: "prototype access through var", name: '{"var": "toString"} (inherited method)', make: measure(() => ({ var: "toString" })), issue: "UNKNOWN_VARIABLE", path: `${M}/value/var` },
  { category: "prototype access through var", name: '{"var": ""} (the whole data object)', make: measure(() => ({ var: "" })), issue: "UNKNOWN_VARIABLE", path: `${M}/value/var` },
  { category: "prototype access through var", name: '{"var": "note.length"} (a dotted path into a real field)', make: measure(() => ({ var: "note.length" })), issue: "INVALID_VAR_PATH", path: `${M}/value/var` },
  {
    category: "prototype access through var",
    name: 'a report field named "note.constructor" read by var (String\'s constructor)',
    make: mutate((p) => {
      p["reportSchema"].properties.indicators.properties["2.1.1"].properties["note.constructor"] = { type: "string", "x-label": label };
      share(p)["rule"].measures[0].value = { var: "note.constructor" };
    }),
    issue: "INVALID_VAR_PATH",
    path: `${M}/value/var`,
  },
  { category: "prototype access through var", name: "var in a constraint check", make: mutate((p) => (share(p)["rule"].constraints[0].check = { var: "constructor.constructor" })), issue: "INVALID_VAR_PATH", path: `${IND}/rule/constraints/0/check/var` },
  { category: "prototype access through var", name: "var in `applicable`", make: mutate((p) => (share(p)["rule"].measures[0].applicable = { var: "__proto__" })), issue: "UNKNOWN_VARIABLE", path: `${M}/applicable/var` },
  { category: "prototype access through var", name: "requires: [\"__proto__\"]", make: mutate((p) => (share(p)["rule"].measures[0].requires = ["__proto__"])), issue: "UNKNOWN_VARIABLE", path: `${M}/requires/0` },

  // Paths computed at run time, or names that reach prototypes, in var / missing / missing_some.
  { category: "computed or prototype variable paths", name: '{"var": {"cat": ["con", "structor"]}}', make: measure(() => ({ var: { cat: ["con", "structor"] } })), issue: "INVALID_VAR_PATH", path: `${M}/value/var` },
  { category: "computed or prototype variable paths", name: '{"var": [{"var": "total"}]}', make: measure(() => ({ var: [{ var: "total" }] })), issue: "INVALID_VAR_PATH", path: `${M}/value/var` },
  { category: "computed or prototype variable paths", name: '{"var": ["total", {"var": "good"}]} (computed default)', make: measure(() => ({ var: ["total", { var: "good" }] })), issue: "INVALID_VAR_PATH", path: `${M}/value/var` },
  { category: "computed or prototype variable paths", name: '{"var": 0} (a number as a path)', make: measure(() => ({ var: 0 })), issue: "INVALID_VAR_PATH", path: `${M}/value/var` },
  { category: "computed or prototype variable paths", name: '{"missing": [{"cat": ["to", "tal"]}]}', make: measure(() => ({ missing: [{ cat: ["to", "tal"] }] })), issue: "INVALID_VAR_PATH", path: `${M}/value/missing` },
  { category: "computed or prototype variable paths", name: '{"missing": ["__proto__"]}', make: measure(() => ({ missing: ["__proto__"] })), issue: "UNKNOWN_VARIABLE", path: `${M}/value/missing` },
  { category: "computed or prototype variable paths", name: '{"missing": "constructor.name"}', make: measure(() => ({ missing: "constructor.name" })), issue: "INVALID_VAR_PATH", path: `${M}/value/missing` },
  { category: "computed or prototype variable paths", name: '{"missing_some": [1, ["constructor"]]}', make: measure(() => ({ missing_some: [1, ["constructor"]] })), issue: "UNKNOWN_VARIABLE", path: `${M}/value/missing_some` },
  { category: "computed or prototype variable paths", name: '{"missing_some": [1, {"var": "total"}]} (computed list)', make: measure(() => ({ missing_some: [1, { var: "total" }] })), issue: "INVALID_VAR_PATH", path: `${M}/value/missing_some` },
  { category: "computed or prototype variable paths", name: '{"missing_some": [{"var": "total"}, ["total"]]} (computed count)', make: measure(() => ({ missing_some: [{ var: "total" }, ["total"]] })), issue: "INVALID_VAR_PATH", path: `${M}/value/missing_some` },

  // Operators outside the allow-list: side effects, iteration over data, concatenation.
  { category: "forbidden operators and resource bombs", name: '{"log": "x"} (writes to the console)', make: measure(() => ({ log: "x" })), issue: "FORBIDDEN_OPERATOR", path: `${M}/value/log` },
  { category: "forbidden operators and resource bombs", name: "log nested three levels down", make: measure(() => ({ "+": [1, { "*": [2, { log: 3 }] }] })), issue: "FORBIDDEN_OPERATOR", path: `${M}/value/+/1/*/1/log` },
  { category: "forbidden operators and resource bombs", name: "log in `applicable`", make: mutate((p) => (share(p)["rule"].measures[0].applicable = { log: true })), issue: "FORBIDDEN_OPERATOR", path: `${M}/applicable/log` },
  { category: "forbidden operators and resource bombs", name: "the 151-byte reduce + merge memory bomb", make: measure(() => JSON.parse(REDUCE_MERGE_BOMB)), issue: "FORBIDDEN_OPERATOR", path: `${M}/value/reduce` },
  { category: "forbidden operators and resource bombs", name: "the 4,5 KB nested some (blocks the event loop)", make: measure(() => JSON.parse(NESTED_SOME)), issue: "FORBIDDEN_OPERATOR", path: `${M}/value/some` },
  { category: "forbidden operators and resource bombs", name: "the 470 KB cat bomb (a 260 MB string)", make: measure(CAT_BOMB), issue: "FORBIDDEN_OPERATOR", path: `${M}/value/substr/0/cat` },
  { category: "forbidden operators and resource bombs", name: "map", make: measure(() => ({ map: [[1, 2], { "*": [{ var: "" }, 2] }] })), issue: "FORBIDDEN_OPERATOR", path: `${M}/value/map` },
  { category: "forbidden operators and resource bombs", name: "filter", make: measure(() => ({ filter: [[1, 2], true] })), issue: "FORBIDDEN_OPERATOR", path: `${M}/value/filter` },
  { category: "forbidden operators and resource bombs", name: "all", make: measure(() => ({ all: [[1, 2], true] })), issue: "FORBIDDEN_OPERATOR", path: `${M}/value/all` },
  { category: "forbidden operators and resource bombs", name: "none", make: measure(() => ({ none: [[1, 2], false] })), issue: "FORBIDDEN_OPERATOR", path: `${M}/value/none` },
  { category: "forbidden operators and resource bombs", name: "merge", make: measure(() => ({ merge: [[1], [2]] })), issue: "FORBIDDEN_OPERATOR", path: `${M}/value/merge` },
  { category: "forbidden operators and resource bombs", name: "cat", make: measure(() => ({ cat: ["a", { var: "note" }] })), issue: "FORBIDDEN_OPERATOR", path: `${M}/value/cat` },
  { category: "forbidden operators and resource bombs", name: 'a dotted operator "Math.max" (json-logic-js calls methods of its table)', make: measure(() => ({ "Math.max": [1, 2] })), issue: "FORBIDDEN_OPERATOR", path: `${M}/value/Math.max` },
  { category: "forbidden operators and resource bombs", name: 'a dotted operator "a.b"', make: measure(() => ({ "a.b": 1 })), issue: "FORBIDDEN_OPERATOR", path: `${M}/value/a.b` },
  { category: "forbidden operators and resource bombs", name: 'an inherited name as operator ("toString")', make: measure(() => ({ toString: [] })), issue: "FORBIDDEN_OPERATOR", path: `${M}/value/toString` },
  { category: "forbidden operators and resource bombs", name: "an unknown operator", make: measure(() => ({ exec: ["rm -rf /"] })), issue: "FORBIDDEN_OPERATOR", path: `${M}/value/exec` },
  {
    category: "forbidden operators and resource bombs",
    name: '"__proto__" as an operator (JSON text)',
    make: asText((p) => (share(p)["rule"].measures[0].value = { __KEY__: [1] }), "__proto__"),
    issue: "FORBIDDEN_OPERATOR",
    path: `${M}/value/__proto__`,
  },

  // Objects that json-logic-js returns as literals (truthy: a silent pass).
  { category: "malformed logic objects", name: '{">=": [0, 1], "x": 1} (two keys)', make: measure(() => ({ ">=": [0, 1], x: 1 })), issue: "INVALID_OPERATOR_OBJECT", path: `${M}/value` },
  { category: "malformed logic objects", name: "{} (no operator)", make: measure(() => ({})), issue: "INVALID_OPERATOR_OBJECT", path: `${M}/value` },
  { category: "malformed logic objects", name: "two keys nested in an argument", make: measure(() => ({ "!!": [{ var: "total", x: 1 }] })), issue: "INVALID_OPERATOR_OBJECT", path: `${M}/value/!!/0` },
  { category: "malformed logic objects", name: "{} as a constraint check (always passes)", make: mutate((p) => (share(p)["rule"].constraints[0].check = {})), issue: "INVALID_OPERATOR_OBJECT", path: `${IND}/rule/constraints/0/check` },
  { category: "malformed logic objects", name: '{"*": []} (json-logic-js throws a TypeError; found by fuzzing)', make: measure(() => ({ "/": [{ "*": [] }, 1] })), issue: "TOO_FEW_ARGUMENTS", path: `${M}/value/~1/0/*` },
  { category: "malformed logic objects", name: '{">=": [a, b, 5]} (json-logic-js ignores the 5: a rule that says what it does not compute)', make: measure(() => ({ "!!": [{ ">=": [{ var: "total" }, 1, 5] }] })), issue: "TOO_MANY_ARGUMENTS", path: `${M}/value/!!/0/>=` },
  { category: "malformed logic objects", name: '{"-": [a, b, c]} (c ignored)', make: measure(() => ({ "-": [{ var: "total" }, 1, 2] })), issue: "TOO_MANY_ARGUMENTS", path: `${M}/value/-` },
  { category: "malformed logic objects", name: "a list of 101 arguments", make: measure(() => ({ "+": new Array(101).fill(1) })), issue: "TOO_MANY_ITEMS", path: `${M}/value/+` },

  // Limits, checked without recursion before the pack schema (whose validator recurses) sees the pack.
  { category: "nesting and size", name: "2 000 levels of nested objects", make: measure(() => nest(2_000, 1, (x) => ({ "+": [x] }))), issue: "TOO_DEEP", path: tooDeepPath("+") },
  { category: "nesting and size", name: "100 000 levels of nested objects", make: measure(() => nest(100_000, 1, (x) => ({ "!": [x] }))), issue: "TOO_DEEP", path: tooDeepPath("!") },
  { category: "nesting and size", name: "2 000 levels of nesting in JSON text", make: measureText(nestText(2_000, "+")), issue: "TOO_DEEP", path: tooDeepPath("+") },
  { category: "nesting and size", name: "100 000 levels of nesting in JSON text", make: measureText(nestText(100_000, "!")), issue: "TOO_DEEP", path: tooDeepPath("!") },
  { category: "nesting and size", name: "a list of 20 000 items", make: measure(() => ({ "+": new Array(20_000).fill(1) })), issue: "TOO_MANY_ITEMS", path: `${M}/value/+` },
  { category: "nesting and size", name: "a string of 20 000 characters", make: mutate((p) => (share(p)["rule"].measures[0].describe.vi = "x".repeat(20_000))), issue: "TOO_LONG", path: `${M}/describe/vi` },
  { category: "nesting and size", name: "20 000 keys in one object", make: mutate((p) => { for (let i = 0; i < 20_000; i++) p["thresholds"][`t${i}`] = 1; }), issue: "TOO_LARGE", path: "/thresholds" },
  { category: "nesting and size", name: "more than 100 000 values in all", make: mutate((p) => (p["x"] = Array.from({ length: 100 }, () => new Array(1_000).fill(0)))), issue: "TOO_LARGE", path: "" },
  { category: "nesting and size", name: "5,4 million characters of strings in an object", make: mutate((p) => (p["x"] = Array.from({ length: 600 }, () => "x".repeat(9_000)))), issue: "TOO_LARGE", path: "" },
  {
    category: "nesting and size",
    name: "a graph of shared objects that serialises to 2^30 values",
    make: mutate((p) => (p["x"] = nest(30, 0, (x) => ({ a: x, b: x })))),
    issue: "TOO_LARGE",
    path: "",
  },
  { category: "nesting and size", name: "JSON text over 5 000 000 characters", make: () => PILOT_TEXT + " ".repeat(5_000_000), issue: "TOO_LARGE", path: "" },
  { category: "nesting and size", name: "a 100 000-item list in JSON text (refused while parsing)", make: measureText(`{"+":[${"1,".repeat(99_999)}1]}`), issue: "TOO_MANY_ITEMS", path: `${M}/value/+` },

  // Names that could reach prototypes in code that merges objects.
  { category: "prototype keys in pack data", name: 'a threshold named "__proto__" (JSON text)', make: asText((p) => (p["thresholds"].__KEY__ = threshold), "__proto__"), issue: "FORBIDDEN_KEY", path: "/thresholds/__proto__" },
  { category: "prototype keys in pack data", name: 'a threshold named "constructor"', make: mutate((p) => (p["thresholds"].constructor = threshold)), issue: "FORBIDDEN_KEY", path: "/thresholds/constructor" },
  { category: "prototype keys in pack data", name: 'a threshold named "prototype"', make: mutate((p) => (p["thresholds"].prototype = threshold)), issue: "FORBIDDEN_KEY", path: "/thresholds/prototype" },
  { category: "prototype keys in pack data", name: "thresholds whose prototype was set (object input)", make: mutate((p) => Object.setPrototypeOf(p["thresholds"], { evil: threshold })), issue: "WRONG_TYPE", path: "/thresholds" },
  {
    category: "prototype keys in pack data",
    name: 'a report field named "__proto__" (JSON text)',
    make: asText((p) => (p["reportSchema"].properties.indicators.properties["2.1.1"].properties.__KEY__ = { type: "integer", "x-label": label }), "__proto__"),
    issue: "FORBIDDEN_KEY",
    path: `${BLOCK}/properties/__proto__`,
  },
  {
    category: "prototype keys in pack data",
    name: 'a report field named "constructor"',
    make: mutate((p) => (p["reportSchema"].properties.indicators.properties["2.1.1"].properties.constructor = { type: "integer", "x-label": label })),
    issue: "FORBIDDEN_KEY",
    path: `${BLOCK}/properties/constructor`,
  },
  { category: "prototype keys in pack data", name: 'a $defs entry named "__proto__" (JSON text)', make: asText((p) => (p["reportSchema"].$defs.__KEY__ = { type: "integer" }), "__proto__"), issue: "FORBIDDEN_KEY", path: "/reportSchema/$defs/__proto__" },
  { category: "prototype keys in pack data", name: 'a $defs entry named "prototype"', make: mutate((p) => (p["reportSchema"].$defs.prototype = { type: "integer" })), issue: "FORBIDDEN_KEY", path: "/reportSchema/$defs/prototype" },

  // The report schema's references.
  {
    category: "report schema references",
    name: "a $ref cycle a → b → a",
    make: mutate((p) => {
      p["reportSchema"].$defs.a = { $ref: "#/$defs/b" };
      p["reportSchema"].$defs.b = { $ref: "#/$defs/a" };
      p["reportSchema"].properties.indicators.properties["1.1.1"] = { $ref: "#/$defs/a" };
    }),
    issue: "REF_CYCLE",
    path: "/reportSchema/$defs/b",
  },
  {
    category: "report schema references",
    name: "a definition that contains itself",
    make: mutate((p) => {
      p["reportSchema"].$defs.loop = { type: "object", "x-label": label, properties: { again: { $ref: "#/$defs/loop" } } };
      p["reportSchema"].properties.indicators.properties["1.1.1"] = { $ref: "#/$defs/loop" };
    }),
    issue: "REF_CYCLE",
    path: "/reportSchema/$defs/loop/properties/again",
  },
  { category: "report schema references", name: "a $ref to nothing", make: mutate((p) => (p["reportSchema"].properties.indicators.properties["1.1.1"] = { $ref: "#/$defs/nope" })), issue: "UNRESOLVED_REF", path: "/reportSchema/properties/indicators/properties/1.1.1/$ref" },
  { category: "report schema references", name: "a $ref outside the pack", make: mutate((p) => (p["reportSchema"].properties.indicators.properties["1.1.1"] = { $ref: "https://evil.example/schema.json" })), issue: "SCHEMA_VIOLATION", path: "/reportSchema/properties/indicators/properties/1.1.1/$ref" },

  // What a rule may read and compare.
  { category: "meaning checks", name: "a threshold named like a report field", make: mutate((p) => (p["thresholds"].total = threshold)), issue: "THRESHOLD_NAME_CLASH", path: "/thresholds/total" },
  { category: "meaning checks", name: "a rule reading another indicator's field", make: measure(() => ({ var: "previousRate" })), issue: "UNKNOWN_VARIABLE", path: `${M}/value/var` },
  { category: "meaning checks", name: 'a threshold written as a string ("70")', make: mutate((p) => (p["thresholds"].minShareLearningUnits.value = "70")), issue: "SCHEMA_VIOLATION", path: "/thresholds/minShareLearningUnits/value" },
  { category: "meaning checks", name: "a rule naming a threshold that does not exist", make: mutate((p) => (share(p)["rule"].threshold = "constructor")), issue: "UNKNOWN_THRESHOLD", path: `${IND}/rule/threshold` },
  { category: "meaning checks", name: "a newer formatVersion", make: mutate((p) => (p["formatVersion"] = 2)), issue: "FORMAT_UNSUPPORTED", path: "/formatVersion" },

  // Objects given by a host app that JSON cannot hold.
  { category: "pack objects JSON cannot hold", name: "NaN as a threshold", make: mutate((p) => (p["thresholds"].minShareLearningUnits.value = Number.NaN)), issue: "SCHEMA_VIOLATION", path: "/thresholds/minShareLearningUnits/value" },
  { category: "pack objects JSON cannot hold", name: "Infinity as a threshold", make: mutate((p) => (p["thresholds"].minShareLearningUnits.value = Number.POSITIVE_INFINITY)), issue: "SCHEMA_VIOLATION", path: "/thresholds/minShareLearningUnits/value" },
  { category: "pack objects JSON cannot hold", name: "-Infinity inside a rule", make: measure(() => ({ ">": [{ var: "total" }, Number.NEGATIVE_INFINITY] })), issue: "NOT_FINITE", path: `${M}/value/>/1` },
  { category: "pack objects JSON cannot hold", name: "a function", make: mutate((p) => (p["thresholds"].minShareLearningUnits.label.vi = () => "nhãn")), issue: "WRONG_TYPE", path: "/thresholds/minShareLearningUnits/label/vi" },
  { category: "pack objects JSON cannot hold", name: "a class instance", make: mutate((p) => (p["thresholds"].minShareLearningUnits.label = new (class Label { vi = "nhãn"; en = "label"; })())), issue: "WRONG_TYPE", path: "/thresholds/minShareLearningUnits/label" },
  { category: "pack objects JSON cannot hold", name: "a Date", make: mutate((p) => (p["effectiveFrom"] = new Date(0))), issue: "WRONG_TYPE", path: "/effectiveFrom" },
  { category: "pack objects JSON cannot hold", name: "a Map", make: mutate((p) => (p["thresholds"] = new Map())), issue: "WRONG_TYPE", path: "/thresholds" },
  { category: "pack objects JSON cannot hold", name: "a symbol", make: mutate((p) => (p["id"] = Symbol("id"))), issue: "WRONG_TYPE", path: "/id" },
  { category: "pack objects JSON cannot hold", name: "a bigint", make: mutate((p) => (p["formatVersion"] = 1n)), issue: "WRONG_TYPE", path: "/formatVersion" },
  { category: "pack objects JSON cannot hold", name: "a cycle", make: mutate((p) => (share(p)["rule"].self = share(p))), issue: "WRONG_TYPE", path: `${IND}/rule/self` },
  {
    category: "pack objects JSON cannot hold",
    name: "a getter that throws",
    make: mutate((p) => Object.defineProperty(p["thresholds"].minShareLearningUnits, "value", { enumerable: true, get: () => { throw new Error("boom"); } })),
    issue: "UNREADABLE_VALUE",
    path: "/thresholds/minShareLearningUnits/value",
  },
  {
    category: "pack objects JSON cannot hold",
    name: "a proxy whose traps throw",
    make: mutate((p) => (p["standards"][0] = new Proxy({}, { ownKeys: () => { throw new Error("boom"); } }))),
    issue: "UNREADABLE_VALUE",
    path: "/standards/0",
  },

  // Text input: what JSON.parse would silently accept.
  { category: "text input", name: "a duplicate top-level key", make: () => PILOT_TEXT.replace('"formatVersion": 1', '"formatVersion": 1, "formatVersion": 1'), issue: "DUPLICATE_KEY", path: "/formatVersion" },
  {
    category: "text input",
    name: "a duplicate key inside a rule (a reviewer reads the first, JSON.parse keeps the last)",
    make: measureText('{"var": "total", "var": "good"}'),
    issue: "DUPLICATE_KEY",
    path: `${M}/value/var`,
  },
  { category: "text input", name: "90 000 duplicate keys (reported by the first 200)", make: () => `{"a":1${',"a":1'.repeat(90_000)}}`, issue: "DUPLICATE_KEY", path: "/a" },
  { category: "text input", name: "not JSON", make: () => "{ formatVersion: 1 }", issue: "INVALID_JSON", path: "" },
  { category: "text input", name: "a list, not an object", make: () => "[]", issue: "WRONG_TYPE", path: "" },
  { category: "text input", name: "JSON null", make: () => "null", issue: "WRONG_TYPE", path: "" },
];
