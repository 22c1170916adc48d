/**
 * The corpus of malformed reports: what hand-filled forms, spreadsheets and careless host code send. Each starts from
 * the valid Tháp Mười 2022 report and breaks one thing; the expected first issue (code and JSON path) is exact.
 * Text cases are JSON text (read with `parseJson` and `readReportFile`); the others are objects.
 * docs/security.md summarises this list (a test keeps the summary in step).
 */
import { thapMuoi } from "../../helpers.js";

export const REPORT_CATEGORIES = [
  "wrong types",
  "numbers written as text",
  "out of range",
  "counts above their totals",
  "non-finite numbers",
  "size limits",
  "deep nesting",
  "prototype keys",
  "unknown ids and fields",
  "duplicate keys in text",
  "report objects JSON cannot hold",
  "evidence that proves nothing",
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export interface MalformedReport {
  name: string;
  category: ReportCategory;
  /** The report: an object, or JSON text when `text` is set. */
  make: () => unknown;
  text?: true;
  /** Code and JSON pointer of the first issue. */
  issue: string;
  path: string;
  /** When `evaluate` refuses it for another documented reason first (no pack for a year before 2000). */
  evaluateError?: "NO_PACK_FOR_YEAR";
}

type Report = ReturnType<typeof thapMuoi> & Record<string, any>;
/** The Tháp Mười report after `f` (whatever `f` returns is ignored). */
const edit = (f: (r: Report) => unknown) => (): unknown => {
  const r = thapMuoi() as Report;
  f(r);
  return r;
};
/** The report as JSON text, after `f`, with every `"__KEY__"` key renamed to `key` (an own `__proto__` needs text). */
const asText = (f: (r: Report) => void, key = "__proto__") => (): string => {
  const r = thapMuoi() as Report;
  f(r);
  return JSON.stringify(r).replaceAll('"__KEY__"', JSON.stringify(key));
};
const ind = (r: Report, id: string): Record<string, any> => r.indicators[id] as Record<string, any>;
const nest = (levels: number): unknown => {
  let x: unknown = 0;
  for (let i = 0; i < levels; i++) x = { a: x };
  return x;
};
const EVIDENCED = ["1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3", "3.2.1"];
const TOO_DEEP_NOTE = `/indicators/2.1.1/note${"/a".repeat(13)}`;

export const MALFORMED_REPORTS: MalformedReport[] = [
  { category: "wrong types", name: "district is a number", make: edit((r) => (r.district = 42)), issue: "WRONG_TYPE", path: "/district" },
  { category: "wrong types", name: "year has a fraction", make: edit((r) => (r.year = 2022.5)), issue: "WRONG_TYPE", path: "/year" },
  { category: "wrong types", name: "indicators is a list", make: edit((r) => (r.indicators = [] as never)), issue: "WRONG_TYPE", path: "/indicators" },
  { category: "wrong types", name: "indicators is null", make: edit((r) => (r.indicators = null as never)), issue: "MISSING_FIELD", path: "/indicators" },
  { category: "wrong types", name: "district is missing", make: edit((r) => delete r.district), issue: "MISSING_FIELD", path: "/district" },
  { category: "wrong types", name: "an indicator block is a list", make: edit((r) => (r.indicators["2.1.1"] = [33, 33, 0] as never)), issue: "WRONG_TYPE", path: "/indicators/2.1.1" },
  { category: "wrong types", name: "an indicator block is a string", make: edit((r) => (r.indicators["2.1.1"] = "đạt" as never)), issue: "WRONG_TYPE", path: "/indicators/2.1.1" },
  { category: "wrong types", name: "a count is true", make: edit((r) => (ind(r, "2.1.1")["total"] = true)), issue: "WRONG_TYPE", path: "/indicators/2.1.1/total" },
  { category: "wrong types", name: "a count has a fraction", make: edit((r) => (ind(r, "2.1.1")["total"] = 33.5)), issue: "WRONG_TYPE", path: "/indicators/2.1.1/total" },
  { category: "wrong types", name: "the report document is a list", make: edit((r) => (r.report = ["417/BC-UBND"] as never)), issue: "WRONG_TYPE", path: "/report" },
  { category: "wrong types", name: "the report is null", make: () => null, issue: "WRONG_TYPE", path: "" },
  { category: "wrong types", name: "the report is a list", make: () => [thapMuoi()], issue: "WRONG_TYPE", path: "" },
  { category: "wrong types", name: "the report is a string", make: () => JSON.stringify(thapMuoi()), issue: "WRONG_TYPE", path: "" },
  { category: "wrong types", name: "selfAssessment in Vietnamese", make: edit((r) => (ind(r, "2.1.1")["selfAssessment"] = "đạt")), issue: "INVALID_VALUE", path: "/indicators/2.1.1/selfAssessment" },
  { category: "wrong types", name: "a date written dd/mm/yyyy", make: edit((r) => ((r.report as Record<string, unknown>)["date"] = "13/01/2023")), issue: "INVALID_DATE", path: "/report/date" },
  { category: "wrong types", name: "30 February", make: edit((r) => ((r.report as Record<string, unknown>)["date"] = "2023-02-30")), issue: "INVALID_DATE", path: "/report/date" },

  { category: "numbers written as text", name: 'a decimal comma ("1,83")', make: edit((r) => (ind(r, "3.1.1")["previousRate"] = "1,83")), issue: "NUMBER_AS_STRING", path: "/indicators/3.1.1/previousRate" },
  { category: "numbers written as text", name: 'a percent sign ("92,3%")', make: edit((r) => (ind(r, "3.1.2")["percent"] = "92,3%")), issue: "NUMBER_AS_STRING", path: "/indicators/3.1.2/percent" },
  { category: "numbers written as text", name: 'a count as text ("33")', make: edit((r) => (ind(r, "2.1.1")["total"] = "33")), issue: "NUMBER_AS_STRING", path: "/indicators/2.1.1/total" },
  { category: "numbers written as text", name: 'a full percent as text ("100")', make: edit((r) => (ind(r, "2.2.4")["percent"] = "100")), issue: "NUMBER_AS_STRING", path: "/indicators/2.2.4/percent" },
  { category: "numbers written as text", name: 'a thousands separator ("1.000")', make: edit((r) => (ind(r, "3.2.2")["students"] = "1.000")), issue: "NUMBER_AS_STRING", path: "/indicators/3.2.2/students" },
  { category: "numbers written as text", name: 'the year as text ("2022")', make: edit((r) => (r.year = "2022")), issue: "NUMBER_AS_STRING", path: "/year" },

  { category: "out of range", name: "a negative count", make: edit((r) => (ind(r, "2.1.1")["fair"] = -1)), issue: "OUT_OF_RANGE", path: "/indicators/2.1.1/fair" },
  { category: "out of range", name: "a total of 0 where the population may not be empty", make: edit((r) => (r.indicators["2.1.1"] = { total: 0, good: 0, fair: 0 })), issue: "OUT_OF_RANGE", path: "/indicators/2.1.1/total" },
  { category: "out of range", name: "0 pupils", make: edit((r) => (r.indicators["3.2.2"] = { students: 0, affected: 0 })), issue: "OUT_OF_RANGE", path: "/indicators/3.2.2/students" },
  { category: "out of range", name: "a percent above 100", make: edit((r) => (ind(r, "2.2.4")["percent"] = 100.5)), issue: "OUT_OF_RANGE", path: "/indicators/2.2.4/percent" },
  { category: "out of range", name: "a negative percent", make: edit((r) => (ind(r, "3.2.2")["percent"] = -0.01)), issue: "OUT_OF_RANGE", path: "/indicators/3.2.2/percent" },
  { category: "out of range", name: "a percent with more than 12 decimals", make: edit((r) => (ind(r, "2.2.4")["percent"] = 92.1234567890123)), issue: "TOO_MANY_DECIMALS", path: "/indicators/2.2.4/percent" },
  { category: "out of range", name: "a rate with too many decimals", make: edit((r) => (ind(r, "3.1.1")["previousRate"] = 1.834)), issue: "TOO_MANY_DECIMALS", path: "/indicators/3.1.1/previousRate" },
  { category: "out of range", name: "a year before 2000", make: edit((r) => (r.year = 1999)), issue: "OUT_OF_RANGE", path: "/year", evaluateError: "NO_PACK_FOR_YEAR" },
  { category: "out of range", name: "a count above a billion", make: edit((r) => (ind(r, "2.1.1")["total"] = 1e12)), issue: "OUT_OF_RANGE", path: "/indicators/2.1.1/total" },

  { category: "counts above their totals", name: "good + fair above the total", make: edit((r) => (ind(r, "2.1.1")["fair"] = 1)), issue: "COUNT_EXCEEDS_TOTAL", path: "/indicators/2.1.1/good" },
  { category: "counts above their totals", name: "more pupils affected than pupils", make: edit((r) => (r.indicators["3.2.2"] = { students: 10, affected: 11 })), issue: "COUNT_EXCEEDS_TOTAL", path: "/indicators/3.2.2/affected" },
  { category: "counts above their totals", name: "more centres with resources than centres", make: edit((r) => (ind(r, "2.2.3")["withOpenResources"] = 3)), issue: "COUNT_EXCEEDS_TOTAL", path: "/indicators/2.2.3/withOpenResources" },
  { category: "counts above their totals", name: "parts above a total of 0", make: edit((r) => (r.indicators["2.2.3"] = { total: 0, withOpenResources: 1 })), issue: "COUNT_EXCEEDS_TOTAL", path: "/indicators/2.2.3/withOpenResources" },

  { category: "non-finite numbers", name: "NaN", make: edit((r) => (ind(r, "2.1.1")["total"] = Number.NaN)), issue: "NOT_FINITE", path: "/indicators/2.1.1/total" },
  { category: "non-finite numbers", name: "Infinity", make: edit((r) => (ind(r, "2.2.4")["percent"] = Number.POSITIVE_INFINITY)), issue: "NOT_FINITE", path: "/indicators/2.2.4/percent" },
  { category: "non-finite numbers", name: "-Infinity", make: edit((r) => (ind(r, "3.1.1")["currentRate"] = Number.NEGATIVE_INFINITY)), issue: "NOT_FINITE", path: "/indicators/3.1.1/currentRate" },
  { category: "non-finite numbers", name: "NaN as the year", make: edit((r) => (r.year = Number.NaN)), issue: "NOT_FINITE", path: "/year" },

  { category: "size limits", name: "a district name of a million characters", make: edit((r) => (r.district = "x".repeat(1_000_000))), issue: "TOO_LONG", path: "/district" },
  { category: "size limits", name: "a note longer than its field allows", make: edit((r) => (ind(r, "2.1.1")["note"] = "ư".repeat(4_001))), issue: "TOO_LONG", path: "/indicators/2.1.1/note" },
  { category: "size limits", name: "201 evidence items", make: edit((r) => (ind(r, "1.1.1")["evidence"] = Array.from({ length: 201 }, (_, i) => ({ ref: `${i}/KH` })))), issue: "TOO_MANY_ITEMS", path: "/indicators/1.1.1/evidence" },
  { category: "size limits", name: "5 000 evidence items", make: edit((r) => (ind(r, "1.1.1")["evidence"] = Array.from({ length: 5_000 }, (_, i) => ({ ref: `${i}/KH` })))), issue: "TOO_MANY_ITEMS", path: "/indicators/1.1.1/evidence" },
  { category: "size limits", name: "a sparse list of a billion items", make: edit((r) => (ind(r, "1.1.1")["evidence"] = new Array(1e9))), issue: "TOO_MANY_ITEMS", path: "/indicators/1.1.1/evidence" },
  { category: "size limits", name: "1 001 keys in a block", make: edit((r) => { for (let i = 0; i <= 1_000; i++) ind(r, "2.1.1")[`k${i}`] = i; }), issue: "TOO_LARGE", path: "/indicators/2.1.1" },
  { category: "size limits", name: "60 000 values in all", make: edit((r) => (ind(r, "2.1.1")["note"] = Array.from({ length: 60 }, () => new Array(1_000).fill(0)))), issue: "TOO_LARGE", path: "" },
  {
    category: "size limits",
    name: "2,4 million characters in all",
    make: edit((r) => { for (const id of EVIDENCED) ind(r, id)["evidence"] = Array.from({ length: 200 }, (_, i) => ({ ref: `${i}/KH`, description: "y".repeat(2_000) })); }),
    issue: "TOO_LARGE",
    path: "",
  },
  { category: "size limits", name: "JSON text over 2 000 000 characters", text: true, make: () => JSON.stringify(thapMuoi()) + " ".repeat(2_000_000), issue: "TOO_LARGE", path: "" },

  { category: "deep nesting", name: "100 000 levels (object)", make: edit((r) => (ind(r, "2.1.1")["note"] = nest(100_000))), issue: "TOO_DEEP", path: TOO_DEEP_NOTE },
  { category: "deep nesting", name: "one level past the depth limit of 16 (object)", make: edit((r) => (ind(r, "2.1.1")["note"] = nest(14))), issue: "TOO_DEEP", path: TOO_DEEP_NOTE },
  { category: "deep nesting", name: "at the depth limit: then the schema refuses it", make: edit((r) => (ind(r, "2.1.1")["note"] = nest(13))), issue: "WRONG_TYPE", path: "/indicators/2.1.1/note" },
  { category: "deep nesting", name: "100 000 levels (JSON text)", text: true, make: asText((r) => (ind(r, "2.1.1")["note"] = "__NEST__")), issue: "TOO_DEEP", path: TOO_DEEP_NOTE },

  { category: "prototype keys", name: "__proto__ at the top (JSON text)", text: true, make: asText((r) => Object.assign(r, { __KEY__: { verdict: "met" } })), issue: "FORBIDDEN_KEY", path: "/__proto__" },
  { category: "prototype keys", name: "__proto__ among the indicators (JSON text)", text: true, make: asText((r) => (r.indicators["__KEY__"] = { total: 1, good: 1 })), issue: "FORBIDDEN_KEY", path: "/indicators/__proto__" },
  { category: "prototype keys", name: "__proto__ in a block (JSON text)", text: true, make: asText((r) => (r.indicators["2.1.1"] = { __KEY__: { total: 1, good: 1, fair: 0 } })), issue: "FORBIDDEN_KEY", path: "/indicators/2.1.1/__proto__" },
  { category: "prototype keys", name: "__proto__ in an evidence item (JSON text)", text: true, make: asText((r) => (ind(r, "1.1.1")["evidence"] = [{ __KEY__: { ref: "1/KH" } }])), issue: "FORBIDDEN_KEY", path: "/indicators/1.1.1/evidence/0/__proto__" },
  { category: "prototype keys", name: "__proto__ made by JSON.parse (an own property)", make: () => JSON.parse(asText((r) => (r.indicators["3.1.1"] = { __KEY__: { previousRate: 3, currentRate: 1 } }))()), issue: "FORBIDDEN_KEY", path: "/indicators/3.1.1/__proto__" },
  { category: "prototype keys", name: "constructor in a block", make: edit((r) => (ind(r, "2.1.1")["constructor"] = { total: 1 })), issue: "FORBIDDEN_KEY", path: "/indicators/2.1.1/constructor" },
  { category: "prototype keys", name: "prototype at the top", make: edit((r) => (r["prototype"] = {})), issue: "FORBIDDEN_KEY", path: "/prototype" },
  { category: "prototype keys", name: "constructor in an evidence item", make: edit((r) => (ind(r, "1.2.1")["evidence"] = [{ ref: "1/KH", constructor: "x" }])), issue: "FORBIDDEN_KEY", path: "/indicators/1.2.1/evidence/0/constructor" },
  { category: "prototype keys", name: "a block whose prototype carries the figures", make: edit((r) => (r.indicators["2.1.1"] = Object.create({ total: 10, good: 10, fair: 0 }) as never)), issue: "WRONG_TYPE", path: "/indicators/2.1.1" },

  { category: "unknown ids and fields", name: "an indicator id not in the pack", make: edit((r) => (r.indicators["9.9.9"] = { evidence: [{ ref: "1" }] })), issue: "UNKNOWN_INDICATOR", path: "/indicators/9.9.9" },
  { category: "unknown ids and fields", name: "an id with a trailing space", make: edit((r) => (r.indicators["3.1.2 "] = { percent: 95 })), issue: "UNKNOWN_INDICATOR", path: "/indicators/3.1.2 " },
  { category: "unknown ids and fields", name: "a field the block does not have", make: edit((r) => (ind(r, "2.1.1")["excellent"] = 5)), issue: "UNKNOWN_FIELD", path: "/indicators/2.1.1/excellent" },
  { category: "unknown ids and fields", name: "a verdict smuggled in at the top", make: edit((r) => (r["verdict"] = "met")), issue: "UNKNOWN_FIELD", path: "/verdict" },
  { category: "unknown ids and fields", name: "a verdict smuggled into a block", make: edit((r) => (ind(r, "3.1.1")["verdict"] = "met")), issue: "UNKNOWN_FIELD", path: "/indicators/3.1.1/verdict" },

  { category: "duplicate keys in text", name: "year twice", text: true, make: () => JSON.stringify(thapMuoi()).replace('"year":2022', '"year":2022,"year":2021'), issue: "DUPLICATE_KEY", path: "/year" },
  { category: "duplicate keys in text", name: "a count twice in a block", text: true, make: () => JSON.stringify(thapMuoi()).replace('"total":33,', '"total":33,"total":3,'), issue: "DUPLICATE_KEY", path: "/indicators/2.1.1/total" },
  { category: "duplicate keys in text", name: "an indicator twice", text: true, make: () => JSON.stringify(thapMuoi()).replace('"3.1.1":{', '"3.1.1":{"previousRate":9,"currentRate":1},"3.1.1":{'), issue: "DUPLICATE_KEY", path: "/indicators/3.1.1" },

  { category: "report objects JSON cannot hold", name: "a getter that throws", make: edit((r) => Object.defineProperty(ind(r, "2.1.1"), "total", { enumerable: true, get: () => { throw new Error("boom"); } })), issue: "UNREADABLE_VALUE", path: "/indicators/2.1.1/total" },
  { category: "report objects JSON cannot hold", name: "a proxy whose get trap throws", make: edit((r) => (r.indicators = new Proxy(r.indicators, { get: () => { throw new Error("boom"); } }))), issue: "UNREADABLE_VALUE", path: "/indicators/1.1.1" },
  { category: "report objects JSON cannot hold", name: "a revoked proxy", make: edit((r) => { const p = Proxy.revocable({}, {}); p.revoke(); r.indicators["2.1.1"] = p.proxy as never; }), issue: "UNREADABLE_VALUE", path: "/indicators/2.1.1" },
  { category: "report objects JSON cannot hold", name: "a class instance", make: edit((r) => (r.indicators["2.1.1"] = new (class Block { total = 33; good = 33; fair = 0; })() as never)), issue: "WRONG_TYPE", path: "/indicators/2.1.1" },
  { category: "report objects JSON cannot hold", name: "a Date", make: edit((r) => ((r.report as Record<string, unknown>)["date"] = new Date(0))), issue: "WRONG_TYPE", path: "/report/date" },
  { category: "report objects JSON cannot hold", name: "a Map of indicators", make: edit((r) => (r.indicators = new Map() as never)), issue: "WRONG_TYPE", path: "/indicators" },
  { category: "report objects JSON cannot hold", name: "a cycle", make: edit((r) => (ind(r, "2.1.1")["note"] = r)), issue: "WRONG_TYPE", path: "/indicators/2.1.1/note" },
  { category: "report objects JSON cannot hold", name: "a function", make: edit((r) => (ind(r, "2.1.1")["total"] = () => 33)), issue: "WRONG_TYPE", path: "/indicators/2.1.1/total" },
  { category: "report objects JSON cannot hold", name: "a symbol", make: edit((r) => (r.district = Symbol("Tháp Mười"))), issue: "WRONG_TYPE", path: "/district" },
  { category: "report objects JSON cannot hold", name: "a bigint", make: edit((r) => (ind(r, "2.1.1")["total"] = 33n)), issue: "WRONG_TYPE", path: "/indicators/2.1.1/total" },

  { category: "evidence that proves nothing", name: "[{}]", make: edit((r) => (ind(r, "1.1.1")["evidence"] = [{}])), issue: "MISSING_ONE_OF", path: "/indicators/1.1.1/evidence/0" },
  { category: "evidence that proves nothing", name: "an item with only a title", make: edit((r) => (ind(r, "1.1.1")["evidence"] = [{ title: "Kế hoạch" }])), issue: "MISSING_ONE_OF", path: "/indicators/1.1.1/evidence/0" },
  { category: "evidence that proves nothing", name: "[null]", make: edit((r) => (ind(r, "1.1.1")["evidence"] = [null])), issue: "WRONG_TYPE", path: "/indicators/1.1.1/evidence/0" },
  { category: "evidence that proves nothing", name: "a sparse list [ , ]", make: edit((r) => (ind(r, "1.1.1")["evidence"] = new Array(1))), issue: "WRONG_TYPE", path: "/indicators/1.1.1/evidence/0" },
  { category: "evidence that proves nothing", name: 'the word "có" (yes)', make: edit((r) => (ind(r, "1.1.1")["evidence"] = "có")), issue: "WRONG_TYPE", path: "/indicators/1.1.1/evidence" },
  { category: "evidence that proves nothing", name: "true", make: edit((r) => (ind(r, "1.1.1")["evidence"] = true)), issue: "WRONG_TYPE", path: "/indicators/1.1.1/evidence" },
  { category: "evidence that proves nothing", name: "an object instead of a list", make: edit((r) => (ind(r, "1.1.1")["evidence"] = { ref: "1/KH" })), issue: "WRONG_TYPE", path: "/indicators/1.1.1/evidence" },
  { category: "evidence that proves nothing", name: "an empty document number", make: edit((r) => (ind(r, "1.1.1")["evidence"] = [{ ref: "" }])), issue: "TOO_SHORT", path: "/indicators/1.1.1/evidence/0/ref" },
  { category: "evidence that proves nothing", name: "a list inside the list", make: edit((r) => (ind(r, "1.1.1")["evidence"] = [["915/KH-UBND"]])), issue: "WRONG_TYPE", path: "/indicators/1.1.1/evidence/0" },
  { category: "evidence that proves nothing", name: "an item dated month 13", make: edit((r) => (ind(r, "1.1.1")["evidence"] = [{ ref: "1/KH", date: "2022-13-01" }])), issue: "INVALID_DATE", path: "/indicators/1.1.1/evidence/0/date" },
];

/** The "100 000 levels (JSON text)" case needs raw text: the placeholder string is replaced by nesting. */
export function reportText(c: MalformedReport): string {
  const text = c.make() as string;
  return text.replace('"__NEST__"', `${'{"a":'.repeat(100_000)}0${"}".repeat(100_000)}`);
}
