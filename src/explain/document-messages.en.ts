import type { AppendixMessages, DocumentMessages, ExplainMessages, LogicWords } from "./document-messages.js";
import type { PlaceName } from "./messages.js";
import { SIGN_OPERATORS } from "./logic-symbols.js";

const enArgs = (a: string[]): string => a.join(", ");
const enIf = (a: string[]): string => {
  const parts: string[] = [];
  let i = 0;
  // A later condition is tested only when the earlier ones are false: "otherwise, if …".
  for (; i + 1 < a.length; i += 2) parts.push(`${i === 0 ? "if" : "otherwise, if"} ${a[i] ?? ""} then ${a[i + 1] ?? ""}`);
  if (i < a.length) parts.push(parts.length ? `otherwise ${a[i] ?? ""}` : (a[i] ?? ""));
  return parts.join(", ");
};

/* `missing` is true when a listed field is not given (absent, null or ""); `!` and `!!` follow JsonLogic's truthiness. */
const enSomeMissing = (labels: string): string => `at least one of (${labels}) is missing`;
const enAllGiven = (labels: string): string => `all of (${labels}) are given`;
const enFalsy = (x: string): string => `${x} is not given, 0, empty or false`;
const enTruthy = (x: string): string => `${x} is given and is not 0, empty or false`;

/** English words for rules, explanations and the appendix. */
const logicEn: LogicWords = {
  op: {
    var: (a) => (a.length > 1 ? `${a[0] ?? ""} (default ${a[1] ?? ""})` : (a[0] ?? "")),
    missing: (a) => (a.length === 1 ? `${a[0] ?? ""} is missing` : enSomeMissing(enArgs(a))),
    missing_some: (a) => `fewer than ${a[0] ?? ""} of (${enArgs(a.slice(1))}) are given`,
    if: enIf,
    "?:": enIf,
    and: (a) => a.join(" and "),
    or: (a) => a.join(" or "),
    "!": (a) => `not ${a[0] ?? ""}`,
    "!!": (a) => `${a[0] ?? ""} is true`,
    ...SIGN_OPERATORS,
    "%": (a) => `the remainder of ${a[0] ?? ""} divided by ${a[1] ?? ""}`,
    min: (a) => `the smallest of (${enArgs(a)})`,
    max: (a) => `the largest of (${enArgs(a)})`,
    cat: (a) => `the text joined from (${enArgs(a)})`,
    substr: (a) => `the part of ${a[0] ?? ""} from position ${a[1] ?? ""}${a[2] !== undefined ? `, length ${a[2]}` : ""}`,
    in: (a) => `${a[0] ?? ""} is in ${a[1] ?? ""}`,
  },
  atLeastOne: (label) => `the list of ${label} has at least one item`,
  oneOf: (item, values) => `${item} is one of ${values.join(", ")}`,
  none: (label) => `the list of ${label} is empty`,
  given: enTruthy,
  notGiven: enFalsy,
  allGiven: enAllGiven,
  someMissing: enSomeMissing,
  falsy: {
    number: (x) => `${x} is 0 or not given`,
    text: (x) => `${x} is empty or not given`,
    boolean: (x) => `${x} is false or not given`,
    computed: (x) => `${x} is 0 or cannot be computed`,
    any: enFalsy,
  },
  truthy: {
    number: (x) => `${x} is given and not 0`,
    text: (x) => `${x} is given and not empty`,
    boolean: (x) => `${x} is true`,
    computed: (x) => `${x} can be computed and is not 0`,
    any: enTruthy,
  },
  givenFields: (labels) => (labels.length === 1 ? `${labels[0] ?? ""} is given` : enAllGiven(enArgs(labels))),
  enoughGiven: (count, labels) => `at least ${count} of (${enArgs(labels)}) are given`,
  stepsLeftOut: (count) => `… (${count} more step${count === 1 ? "" : "s"} left out)`,
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
    lazy: { then: "then", else: "otherwise", none: "no condition holds" },
    unusable: (method, fields) => `method ${method}: missing ${fields} → cannot be computed`,
  },
  legalAct: (ref, date, title) => `${ref} of ${date}: ${title}`,
  conclusion: (na) =>
    "Not met when any indicator is not met; otherwise cannot conclude when any indicator lacks data; otherwise met. " +
    (na === "fail"
      ? "A not-applicable indicator counts as not met: a single one makes the overall verdict not met."
      : "Not-applicable indicators are ignored.") +
    " Criteria and standards are concluded the same way from their own indicators.",
  conclusionHeading: "Conclusion rule",
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const appendixEn: AppendixMessages = {
  documentTitle: (district, year, unit) => `Learning ${unit} evaluation appendix: ${placeEn(district)}, ${year}`,
  title: "Appendix",
  subtitle: (packTitle) => `Evaluation against the ${packTitle}`,
  packByName: (id, version) => `rule pack ${id} ${version}`,
  place: (district, province, year) => `${capitalizeEn(placeEn(district))}, ${placeEn(province)}, year ${year}`,
  packMissing: (id, version, digest) =>
    `The rule pack that judged this result (${id} ${version}, ${digest}) is not available, so the appendix shows no indicator wordings, figure labels or computations, and requirements give only the threshold; pass that pack (options.pack).`,
  attachedTo: (number, date) => `(Attached to report${number ? ` No. ${number}` : ""}${date ? ` of ${longDateEn(date)}` : ""})`,
  caption: (count) => (count === 1 ? "Evaluation of the indicator" : `Evaluation of the ${count} indicators`),
  columns: { no: "No.", indicator: "Indicator", requirement: "Requirement", figures: "Figures and evidence", computed: "Computed", self: "Self-assessment", verdict: "Verdict" },
  missing: (fields, alternatives) => `Not stated in the report: ${fields}${alternatives ? ` (or ${alternatives})` : ""}`,
  notStated: "Not stated",
  summaryHeading: "Summary",
  conclusionVerdict: { met: "Met", not_met: "Not met", insufficient_data: "Cannot conclude" },
  traceHeading: "How each value was computed",
  traceMissing: "This result carries no trace of its computations; to get this section, evaluate again with evaluate(report, { trace: true }), or with the command huyen-hoc-tap evaluate --trace.",
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

const UNIT_EN: Record<PlaceName["unit"], string> = {
  district: "district",
  urbanDistrict: "district",
  town: "town",
  city: "city",
  province: "province",
  commune: "commune",
  ward: "ward",
  township: "township",
};

/**
 * "Tháp Mười district", "Hà Nội city", "District 1" (quận with a number), "Ward 5" (phường with a number), whether or
 * not the report wrote "Huyện"; "Tân Hội commune" for a name without its word under a pack whose noun is xã / commune.
 */
function placeEn(p: PlaceName): string {
  if (/^\d+$/.test(p.name) && (p.unit === "urbanDistrict" || p.unit === "ward")) return `${p.unit === "ward" ? "Ward" : "District"} ${p.name}`;
  return `${p.name} ${p.noun?.en ?? UNIT_EN[p.unit]}`;
}

const capitalizeEn = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function longDateEn(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : iso;
}

/** English texts of rules, explanations, traces and the appendix. */
export const enDocument: DocumentMessages = { logic: logicEn, explain: explainEn, appendix: appendixEn };
