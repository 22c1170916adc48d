import type { Messages } from "./messages.js";
import { formatShortest } from "./format-number.js";

const s = (v: unknown): string => String(v);
/** A number of a message written the English way (2,000,000; 100.5); anything else as it is. */
const n = (v: unknown): string => (typeof v === "number" ? formatShortest(v, "en") : String(v));
/** A count with its noun, singular for 1: `1 character`, `2 characters`. */
const counted = (v: unknown, noun: string): string => `${n(v)} ${noun}${v === 1 ? "" : "s"}`;
const lbl = (p: Record<string, unknown>): string => (p["labelEn"] ? ` (${s(p["labelEn"])})` : "");

/** English texts. */
export const en: Messages = {
  verdict: { met: "Met", not_met: "Not met", not_applicable: "Not applicable", insufficient_data: "Insufficient data" },
  conclusionLabel: { met: "Met", not_met: "Not met", insufficient_data: "Cannot conclude: insufficient data" },
  issue: {
    MISSING_FIELD: (p) => `required field “${s(p["field"])}”${lbl(p)} is missing`,
    MISSING_ONE_OF: (p) => `at least one of these fields is required: ${s(p["fields"])}`,
    UNKNOWN_FIELD: (p) => `field “${s(p["field"])}” is not in the report schema`,
    UNKNOWN_INDICATOR: (p) => `indicator “${s(p["field"])}” is not in the criteria set`,
    WRONG_TYPE: (p) => `must be ${article(s(p["expected"]))}${lbl(p)}, got ${article(s(p["actual"]))}`,
    NUMBER_AS_STRING: (p) =>
      p["integer"] === true
        ? `a number must be written as a number, not as the string “${s(p["value"])}”${lbl(p)} (a whole number, without thousands separators: ${p["suggested"] !== undefined ? s(p["suggested"]) : "e.g. 1210"})`
        : `a number must be written as a number, not as the string “${s(p["value"])}”${lbl(p)} (${p["suggested"] !== undefined ? `write the number ${s(p["suggested"])}: a decimal point, no %` : "JSON uses a decimal point, e.g. 1.83"})`,
    NOT_FINITE: () => "non-finite numbers (NaN or infinity) are not accepted",
    OUT_OF_RANGE: (p) => {
      // A year is written without a thousands separator (2022, not 2.022).
      const f = (v: unknown): string => (p["unit"] === "year" ? String(v) : n(v));
      return `value ${f(p["value"])}${lbl(p)} is outside the allowed range ${f(p["min"] ?? "−∞")}–${f(p["max"] ?? "+∞")}`;
    },
    TOO_MANY_DECIMALS: (p) => `value ${n(p["value"])}${lbl(p)} has more than ${counted(p["decimals"], "decimal place")}`,
    TOO_LONG: (p) => `string is longer than ${counted(p["max"], "character")}`,
    BLANK_STRING: (p) => `must not be blank${lbl(p)}: it holds only spaces or invisible characters`,
    TOO_SHORT: (p) => `string must have at least ${counted(p["min"], "character")}`,
    TOO_MANY_ITEMS: (p) => `list has more than ${counted(p["max"], "item")}`,
    TOO_FEW_ITEMS: (p) => `list must have at least ${counted(p["min"], "item")}`,
    INVALID_VALUE: (p) => `invalid value${lbl(p)}; allowed: ${s(p["allowed"])}`,
    INVALID_DATE: (p) => `“${s(p["value"])}”${lbl(p)} is not a valid date (YYYY-MM-DD)`,
    FORBIDDEN_KEY: (p) => `key “${s(p["field"])}” is forbidden for safety`,
    TOO_DEEP: (p) => `nested more than ${counted(p["max"], "level")} deep`,
    TOO_LARGE: (p) => `input too large (${s(p["what"])}: limit ${n(p["max"])})`,
    DUPLICATE_KEY: (p) => `key “${s(p["field"])}” appears twice`,
    UNREADABLE_VALUE: () => "this value cannot be read (a getter or proxy threw when read); pass plain JSON data",
    UNRESOLVED_REF: (p) => `definition “${s(p["ref"])}” not found`,
    REF_CYCLE: (p) => `definition “${s(p["ref"])}” refers to itself`,
  },
  flag: {
    SELF_ASSESSMENT_DIFFERS: (p) => `self-assessed “${s(p["selfEn"])}”, but the computed verdict is “${s(p["engineEn"])}”`,
    SELF_ASSESSED_WITHOUT_FIGURES: (p) => `self-assessed “${s(p["selfEn"])}”, but the report lacks the figures or evidence to check it`,
    PREFERRED_MEASURE_INCOMPLETE: (p) => `the report gives ${s(p["givenLabelEn"])} but not ${s(p["missingLabelEn"])}, so the result rests on ${s(p["usedLabelEn"])}, not on the figures it gives`,
    MEASURES_DISAGREE: (p) => `figures disagree: the figures give ${s(p["chosenTextEn"])}, but ${s(p["otherLabelEn"])} says ${s(p["otherTextEn"])} (beyond the rounding of the stated figure)`,
    EVIDENCE_AFTER_REPORT: (p) => `document ${s(p["ref"])} is dated ${s(p["date"])}, after the report's date ${s(p["reportDate"])}`,
    EVIDENCE_BEFORE_PERIOD: (p) => `document ${s(p["ref"])} is dated ${s(p["date"])}, before the criteria came into force on ${s(p["from"])}`,
  },
  requirement: {
    ">=": (t) => `at least ${t} is required`,
    ">": (t) => `more than ${t} is required`,
    "<=": (t) => `at most ${t} is allowed`,
    "<": (t) => `less than ${t} is required`,
    "==": (t) => `exactly ${t} is required`,
    truthy: () => "the condition must hold",
  },
  compareWord: { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "=", truthy: "is true" },
  fieldList: (labels) => (labels.length < 2 ? labels.join("") : `${labels.slice(0, -1).join("; ")} and ${labels[labels.length - 1] as string}`),
  alternativeList: (lists) => lists.join(" or "),
  missingFigures: (missing, alternatives) => `Insufficient data: missing ${missing}${alternatives ? ` (or give ${alternatives})` : ""}.`,
  notComputable: "no value could be computed from the figures given",
  notApplicableDefault: "there is nothing to assess",
  measureDefault: (value) => `the computed value is ${value}`,
  rounded: (raw, decimals) => `${raw} rounded to ${counted(decimals, "decimal place")} as the rule pack declares`,
  unitPoints: (value) => `${value} percentage point${value === "1" || value === "−1" ? "" : "s"}`,
  yes: "true",
  no: "false",
  evidenceNone: "no document or evidence",
  // “văn bản, minh chứng”: a narrative (a description) is evidence, not a document.
  evidenceList: (count, list) => `${count} ${count === 1 ? "document or piece of evidence" : "documents or pieces of evidence"}: ${list}`,
  evidenceDated: (ref, date) => `${ref} of ${date}`,
  indicatorsWord: (ids) => `indicator${ids.includes(",") ? "s" : ""} ${ids}`,
  summaryLines: (met, notMet, notMetIds, notApplicable, notApplicableIds, insufficient, insufficientIds) => [
    `Indicators met: ${met}`,
    ...(notApplicable !== "00" ? [`Indicators not applicable: ${notApplicable} (${notApplicableIds})`] : []),
    ...(insufficient !== "00" ? [`Indicators with insufficient data: ${insufficient} (${insufficientIds})`] : []),
    `Indicators not met: ${notMet}${notMetIds ? ` (${notMetIds})` : ""}`,
  ],
  conclusion: {
    met: () => "Conclusion: Met.",
    not_met: (ids) => `Conclusion: Not met, because ${ids} ${ids.includes(",") ? "are" : "is"} not met.`,
    insufficient_data: (ids) => `Conclusion: Cannot conclude, because ${ids} ${ids.includes(",") ? "lack" : "lacks"} data.`,
  },
  conclusionNotApplicableFails: (notMet, notApplicable) =>
    `Conclusion: Not met, because ${notMet ? `${notMet} ${notMet.includes(",") ? "are" : "is"} not met and ` : ""}${notApplicable} ${notApplicable.includes(",") ? "are" : "is"} not applicable (the rule pack counts an indicator that is not applicable as not met).`,
  noPackForYear: (year, covered) => `No rule pack is in force for year ${year}. Years with a rule pack: ${covered}.`,
  noPackOnDate: (date, periods) => `No rule pack is in force on ${date} (asOf). Periods in force of the rule packs: ${periods}.`,
  reportInvalid: (count) => `The report is invalid: ${count} problem${count === 1 ? "" : "s"}.`,
  invalidArgument: (what) => `Invalid argument: ${what}.`,
};

function article(t: string): string {
  const names: Record<string, string> = { string: "a string", number: "a number", decimal: "a decimal number", integer: "an integer", boolean: "true or false", object: "an object", array: "a list", null: "null", "JSON value": "a JSON value", cycle: "a cycle", "non-plain object": "an object that is not plain data (a class instance, Map, Date…)", function: "a function", symbol: "a symbol", bigint: "a bigint" };
  return names[t] ?? t;
}
