import type { AppendixMessages, ExplainMessages, LogicMessages, Messages } from "./messages.js";

const s = (v: unknown): string => String(v);
const lbl = (p: Record<string, unknown>): string => (p["labelEn"] ? ` (${s(p["labelEn"])})` : "");

const enArgs = (a: string[]): string => a.join(", ");
const enIf = (a: string[]): string => {
  const parts: string[] = [];
  let i = 0;
  for (; i + 1 < a.length; i += 2) parts.push(`if ${a[i] ?? ""} then ${a[i + 1] ?? ""}`);
  if (i < a.length) parts.push(parts.length ? `otherwise ${a[i] ?? ""}` : (a[i] ?? ""));
  return parts.join(", ");
};

/** English words for rules, explanations and the appendix. */
const logicEn: LogicMessages = {
  op: {
    var: (a) => (a.length > 1 ? `${a[0] ?? ""} (default ${a[1] ?? ""})` : (a[0] ?? "")),
    missing: (a) => `the fields missing among (${enArgs(a)})`,
    missing_some: (a) => `the fields missing when fewer than ${a[0] ?? ""} of (${enArgs(a.slice(1))}) are given`,
    if: enIf,
    "?:": enIf,
    and: (a) => a.join(" and "),
    or: (a) => a.join(" or "),
    "!": (a) => `not ${a[0] ?? ""}`,
    "!!": (a) => `${a[0] ?? ""} is true`,
    "==": (a) => `${a[0] ?? ""} = ${a[1] ?? ""}`,
    "===": (a) => `${a[0] ?? ""} = ${a[1] ?? ""}`,
    "!=": (a) => `${a[0] ?? ""} ≠ ${a[1] ?? ""}`,
    "!==": (a) => `${a[0] ?? ""} ≠ ${a[1] ?? ""}`,
    ">": (a) => a.join(" > "),
    ">=": (a) => a.join(" ≥ "),
    "<": (a) => a.join(" < "),
    "<=": (a) => a.join(" ≤ "),
    "+": (a) => a.join(" + "),
    "-": (a) => (a.length === 1 ? `−${a[0] ?? ""}` : `${a[0] ?? ""} − ${a[1] ?? ""}`),
    "*": (a) => a.join(" × "),
    "/": (a) => `${a[0] ?? ""} ÷ ${a[1] ?? ""}`,
    "%": (a) => `the remainder of ${a[0] ?? ""} divided by ${a[1] ?? ""}`,
    min: (a) => `the smallest of (${enArgs(a)})`,
    max: (a) => `the largest of (${enArgs(a)})`,
    cat: (a) => `the text joined from (${enArgs(a)})`,
    substr: (a) => `the part of ${a[0] ?? ""} from position ${a[1] ?? ""}${a[2] !== undefined ? `, length ${a[2]}` : ""}`,
    in: (a) => `${a[0] ?? ""} is in ${a[1] ?? ""}`,
  },
  atLeastOne: (label) => `the list of ${label} has at least one item`,
  none: (label) => `the list of ${label} is empty`,
  given: (label) => `${label} is given`,
  notGiven: (label) => `${label} is not given`,
  allGiven: (labels) => `all of (${labels}) are given`,
  someMissing: (labels) => `at least one of (${labels}) is missing`,
  sep: ", ",
  null: "no value",
  true: "true",
  false: "false",
  items: (count) => `${count} item${count === 1 ? "" : "s"}`,
  wholeData: "all the figures",
};

const explainEn: ExplainMessages = {
  metWhen: (condition) => `Met when ${condition}`,
  orElse: "or, if those figures are not given:",
  notApplicableWhen: (condition) => `Not applicable when ${condition}`,
  rounding: (decimals) => `The value is rounded to ${decimals} decimal place${decimals === 1 ? "" : "s"} before it is compared`,
  threshold: (name, value, label) => `${name} = ${value} (${label})`,
  unknownIndicator: (id, pack, known) => `there is no indicator “${id}” in rule pack ${pack}; indicators: ${known}`,
  unitName: {
    count: "count (integer)",
    percent: "percent (%)",
    percentagePoints: "percentage points",
    number: "number",
    evidence: "list of documents and evidence",
    text: "text",
    date: "date (YYYY-MM-DD)",
    boolean: "true/false",
  },
  heading: {
    rule: "Rule",
    formula: "Formula",
    threshold: "Threshold",
    rounding: "Rounding",
    note: "Rule author's note",
    legalBasis: "Legal basis",
    fields: "Report figures",
    field: "Field",
    label: "Label",
    unit: "Unit",
    decimals: "Decimal places",
    standard: (id, title) => `Standard ${id}. ${title}`,
    criterion: (id, title) => `Criterion ${id}. ${title}`,
  },
  trace: {
    input: "Figures",
    applicable: "Applicability",
    value: "Computation",
    rounded: (decimals, value) => `rounded to ${decimals} decimal place${decimals === 1 ? "" : "s"}: ${value}`,
    comparison: "Comparison",
  },
  legalAct: (ref, date, title) => `${ref} of ${date}: ${title}`,
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const appendixEn: AppendixMessages = {
  documentTitle: (district, year) => `Learning district evaluation appendix: ${district} district, ${year}`,
  title: "Appendix",
  subtitle: (packTitle) => `Evaluation against the ${packTitle}`,
  place: (district, province, year) => `${district} district, ${province} province, year ${year}`,
  attachedTo: (number, date) => `(Attached to report${number ? ` No. ${number}` : ""}${date ? ` of ${longDateEn(date)}` : ""})`,
  caption: (count) => `Evaluation of the ${count} indicators`,
  columns: { no: "No.", indicator: "Indicator", requirement: "Requirement", figures: "Figures and evidence", computed: "Computed", self: "Self-assessment", verdict: "Verdict" },
  missing: (fields, alternatives) => `Not stated in the report: ${fields}${alternatives ? ` (or ${alternatives})` : ""}`,
  notStated: "Not stated",
  summaryHeading: "Summary",
  traceHeading: "How each value was computed",
  footHeading: "Basis of the evaluation",
  pack: (title, id, version) => `Rule pack: ${title} (${id}, version ${version})`,
  packDigest: "Rule pack digest",
  signature: (verified, keyId) => (verified ? `Rule pack signature: verified (key ${keyId ?? "?"})` : "Rule pack signature: not verified"),
  reportDigest: "Report data digest",
  engine: (name, version) => `Evaluated by: ${name} ${version}`,
  warnings: "Warnings",
  reproduce: "The same report data (same digest), the same rule pack (same digest) and the same software version always give the same result.",
  page: "Page",
};

function longDateEn(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : iso;
}

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
    NUMBER_AS_STRING: (p) => `a number must be written as a number, not as the string “${s(p["value"])}”${lbl(p)} (JSON uses a decimal point, e.g. 1.83)`,
    NOT_FINITE: () => "non-finite numbers (NaN or infinity) are not accepted",
    OUT_OF_RANGE: (p) => `value ${s(p["value"])}${lbl(p)} is outside the allowed range ${s(p["min"] ?? "−∞")}–${s(p["max"] ?? "+∞")}`,
    TOO_MANY_DECIMALS: (p) => `value ${s(p["value"])}${lbl(p)} has more than ${s(p["decimals"])} decimal places`,
    TOO_LONG: (p) => `string is longer than ${s(p["max"])} characters`,
    TOO_SHORT: (p) => `string must have at least ${s(p["min"])} characters`,
    TOO_MANY_ITEMS: (p) => `list has more than ${s(p["max"])} items`,
    TOO_FEW_ITEMS: (p) => `list must have at least ${s(p["min"])} items`,
    INVALID_VALUE: (p) => `invalid value; allowed: ${s(p["allowed"])}`,
    INVALID_DATE: (p) => `“${s(p["value"])}” is not a valid date (YYYY-MM-DD)`,
    FORBIDDEN_KEY: (p) => `key “${s(p["field"])}” is forbidden for safety`,
    TOO_DEEP: (p) => `nested more than ${s(p["max"])} levels deep`,
    TOO_LARGE: (p) => `input too large (${s(p["what"])}: limit ${s(p["max"])})`,
    INVALID_JSON: (p) => `not valid JSON: ${s(p["detail"])}`,
    DUPLICATE_KEY: (p) => `key “${s(p["field"])}” appears twice`,
    UNREADABLE_VALUE: () => "this value cannot be read (a getter or proxy threw when read); pass plain JSON data",
    SCHEMA_VIOLATION: (p) => `does not fit the pack schema: ${s(p["detail"])}`,
    DUPLICATE_ID: (p) => `id “${s(p["id"])}” is used twice`,
    UNKNOWN_VARIABLE: (p) => `variable “${s(p["name"])}” is neither a field of the indicator's report block nor a named threshold`,
    UNKNOWN_THRESHOLD: (p) => `threshold “${s(p["name"])}” is not declared`,
    MISSING_THRESHOLD: () => "a comparing rule needs a named threshold",
    UNUSED_THRESHOLD: (p) => `threshold “${s(p["name"])}” is not used by any rule`,
    THRESHOLD_NAME_CLASH: (p) => `threshold name “${s(p["name"])}” is also the name of a report field`,
    FORBIDDEN_OPERATOR: (p) => `operator “${s(p["operator"])}” is not allowed`,
    INVALID_VAR_PATH: (p) =>
      p["reason"] === "dotted"
        ? `invalid variable path: “${s(p["name"])}” is a dotted path, and a rule reads whole fields only`
        : "invalid variable path: it must be a field name written out, not computed",
    INVALID_OPERATOR_OBJECT: () => "every logic object must have exactly one operator",
    TOO_FEW_ARGUMENTS: (p) => `operator “${s(p["operator"])}” needs at least ${s(p["min"])} argument${p["min"] === 1 ? "" : "s"}`,
    UNKNOWN_LEGAL_BASIS: (p) => `legal basis “${s(p["ref"])}” is not in the pack's legalBasis list`,
    INDICATOR_BLOCK_MISSING: (p) => `the report schema declares no block for indicator “${s(p["id"])}”`,
    UNRESOLVED_REF: (p) => `definition “${s(p["ref"])}” not found`,
    REF_CYCLE: (p) => `definition “${s(p["ref"])}” refers to itself`,
    INVALID_DATE_RANGE: (p) => `end date ${s(p["to"])} is before start date ${s(p["from"])}`,
    UNIT_MISMATCH: (p) => `the threshold's unit (${s(p["threshold"])}) differs from the rule's unit (${s(p["rule"])})`,
    MISSING_LABEL: () => "a report field needs a Vietnamese and an English label (x-label)",
    MISSING_DECIMALS: () => "a decimal field must declare its decimal places (x-decimals)",
    FORMAT_UNSUPPORTED: (p) => `pack format version ${s(p["found"])} is newer than this library understands (${s(p["supported"])}); upgrade the library`,
    UNKNOWN_BLOCK: (p) => `the report schema has a block “${s(p["id"])}” but the criteria set has no such indicator`,
    INVALID_BASE64URL: (p) => `must be base64url (without “=” padding) of exactly ${s(p["bytes"])} bytes`,
    PRIVATE_KEY_NOT_ALLOWED: () => "a trusted key must be a public key: remove the private member “d”",
    KEY_MISMATCH: () => "the private key “d” does not match the public key “x”",
    UNSUPPORTED_ALGORITHM: (p) => `“${s(p["value"])}” is not supported; expected ${s(p["expected"])}`,
  },
  flag: {
    SELF_ASSESSMENT_DIFFERS: (p) => `the district assessed itself “${s(p["selfEn"])}” but the computed verdict is “${s(p["engineEn"])}”`,
    SELF_ASSESSED_WITHOUT_FIGURES: (p) => `the district assessed itself “${s(p["selfEn"])}” but the report gives no figures to check it`,
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
  missingFigures: (missing, alternatives) => `Insufficient data: missing ${missing}${alternatives ? ` (or give ${alternatives})` : ""}.`,
  notComputable: "no value could be computed from the figures given",
  notApplicableDefault: "there is nothing to assess",
  measureDefault: (value) => `the computed value is ${value}`,
  unitPoints: (value) => `${value} percentage points`,
  yes: "true",
  no: "false",
  evidenceNone: "no document or evidence",
  evidenceList: (count, list) => `${count} document${count === 1 ? "" : "s"}: ${list}`,
  evidenceDated: (ref, date) => `${ref} of ${date}`,
  indicatorsWord: (ids) => `indicator${ids.includes(",") ? "s" : ""} ${ids}`,
  summaryLines: (met, notMet, notMetIds, notApplicable, insufficient, insufficientIds) => [
    `Indicators met: ${met}`,
    `Indicators not met: ${notMet}${notMetIds ? ` (${notMetIds})` : ""}`,
    ...(notApplicable !== "00" ? [`Indicators not applicable: ${notApplicable}`] : []),
    ...(insufficient !== "00" ? [`Indicators with insufficient data: ${insufficient} (${insufficientIds})`] : []),
  ],
  conclusion: {
    met: () => "Conclusion: Met.",
    not_met: (ids) => `Conclusion: Not met, because ${ids} ${ids.includes(",") ? "are" : "is"} not met.`,
    insufficient_data: (ids) => `Conclusion: Cannot conclude, because ${ids} ${ids.includes(",") ? "lack" : "lacks"} data.`,
  },
  packNotInForce: (pack, year, from, to) => `Rule pack ${pack} (in force ${from} – ${to}) was not in force on 31 December ${year}, the end of the assessment year.`,
  noPackForYear: (year, covered) => `No rule pack is in force for year ${year}. Years with a rule pack: ${covered}.`,
  reportInvalid: (count) => `The report is invalid: ${count} problem${count === 1 ? "" : "s"}.`,
  packInvalid: (count) => `The rule pack is invalid: ${count} problem${count === 1 ? "" : "s"}.`,
  formatUnsupported: (found, supported) => `The rule pack uses format version ${found}, newer than this library understands (${supported}). Upgrade the library.`,
  invalidArgument: (what) => `Invalid argument: ${what}.`,
  digestMismatch: (expected, actual) => `The rule pack's digest does not match: expected ${expected}, got ${actual}.`,
  logic: logicEn,
  explain: explainEn,
  appendix: appendixEn,
  signatureInvalid: (keyId) => `The rule pack's signature does not verify with key “${keyId}”: the pack was changed after it was signed, or it was signed with another key.`,
  signatureUnknownKey: (keyId, trusted) => `The rule pack is signed with key “${keyId}”, which is not one of the trusted keys (${trusted}).`,
  signatureMalformed: (count) => `The signature file is malformed: ${count} problem${count === 1 ? "" : "s"}.`,
  keyInvalid: (count) => `The key (JWK) is invalid: ${count} problem${count === 1 ? "" : "s"}.`,
};

function article(t: string): string {
  const names: Record<string, string> = { string: "a string", number: "a number", integer: "an integer", boolean: "true or false", object: "an object", array: "a list", null: "null", "JSON value": "a JSON value", cycle: "a cycle", "non-plain object": "an object that is not plain data (a class instance, Map, Date…)", function: "a function", symbol: "a symbol", bigint: "a bigint" };
  return names[t] ?? t;
}
