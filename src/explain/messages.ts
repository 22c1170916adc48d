import type { FlagCode, JsonValue, Text } from "../types.js";

/** Parameters of a message. */
export type Params = Record<string, JsonValue>;

/**
 * Every text the engine itself writes when it judges, checks and signs. `messages.vi.ts` and `messages.en.ts` must
 * define every key. The texts of documents about rules (rendered logic, `explainPack`, traces, the appendix) are in
 * `document-messages.ts`.
 */
export interface Messages {
  verdict: Record<"met" | "not_met" | "not_applicable" | "insufficient_data", string>;
  conclusionLabel: Record<"met" | "not_met" | "insufficient_data", string>;
  /** Messages of report and pack issues, by code. */
  issue: Record<ReportIssueCode, (p: Params) => string>;
  /** Flags for auditors, by code. */
  flag: Record<FlagCode, (p: Params) => string>;
  /** Requirement sentence by comparison, `{threshold}` already formatted. */
  requirement: Record<">=" | ">" | "<=" | "<" | "==" | "truthy", (threshold: string) => string>;
  /** Comparison word used in formulas and traces. */
  compareWord: Record<">=" | ">" | "<=" | "<" | "==" | "truthy", string>;
  missingFigures: (missing: string, alternatives: string) => string;
  /**
   * Field labels as a list people can read although labels hold commas ("tổng số cơ quan, đơn vị"): `a; b và c`. A
   * list of alternatives: `a hoặc b`.
   */
  fieldList: (labels: readonly string[]) => string;
  alternativeList: (lists: readonly string[]) => string;
  notComputable: string;
  notApplicableDefault: string;
  measureDefault: (value: string) => string;
  /** After a value that rounding to the rule's decimals changed: the value computed (`raw`) and the decimals. */
  rounded: (raw: string, decimals: number) => string;
  unitPoints: (value: string) => string;
  yes: string;
  no: string;
  evidenceNone: string;
  evidenceList: (count: number, list: string) => string;
  evidenceDated: (ref: string, date: string) => string;
  indicatorsWord: (ids: string) => string;
  summaryLines: (met: string, notMet: string, notMetIds: string, notApplicable: string, notApplicableIds: string, insufficient: string, insufficientIds: string) => string[];
  conclusion: Record<"met" | "not_met" | "insufficient_data", (ids: string) => string>;
  /** Not met because of indicators not applicable, under a pack that counts them as failing (`notApplicable: "fail"`); `notMet` may be "". */
  conclusionNotApplicableFails: (notMet: string, notApplicable: string) => string;
  noPackForYear: (year: number, covered: string) => string;
  /** No pack in force on the date the caller chose (`asOf`, shown `DD/MM/YYYY`); `periods`: each pack's period in force. */
  noPackOnDate: (date: string, periods: string) => string;
  reportInvalid: (count: number) => string;
  invalidArgument: (what: string) => string;
}

/** Codes of issues about reports (and JSON input) whose message the engine writes, in `messages.*.ts`. */
export type ReportIssueCode =
  | "MISSING_FIELD"
  | "MISSING_ONE_OF"
  | "UNKNOWN_FIELD"
  | "UNKNOWN_INDICATOR"
  | "WRONG_TYPE"
  | "NUMBER_AS_STRING"
  | "NOT_FINITE"
  | "OUT_OF_RANGE"
  | "TOO_MANY_DECIMALS"
  | "TOO_LONG"
  | "TOO_SHORT"
  | "BLANK_STRING"
  | "TOO_MANY_ITEMS"
  | "TOO_FEW_ITEMS"
  | "INVALID_VALUE"
  | "INVALID_DATE"
  | "FORBIDDEN_KEY"
  | "TOO_DEEP"
  | "TOO_LARGE"
  | "DUPLICATE_KEY"
  | "UNREADABLE_VALUE"
  | "UNRESOLVED_REF"
  | "REF_CYCLE";

/** Codes of issues about packs, keys and signatures, whose messages are in `pack-messages.*.ts`. */
export type PackIssueCode =
  | "SCHEMA_VIOLATION"
  /** A field the pack format does not have (reports share the code, with their own wording). */
  | "UNKNOWN_FIELD"
  | "DUPLICATE_ID"
  | "UNKNOWN_VARIABLE"
  | "UNKNOWN_THRESHOLD"
  | "MISSING_THRESHOLD"
  | "UNUSED_THRESHOLD"
  | "THRESHOLD_NAME_CLASH"
  | "FORBIDDEN_OPERATOR"
  | "INVALID_VAR_PATH"
  | "INVALID_OPERATOR_OBJECT"
  | "TOO_FEW_ARGUMENTS"
  | "TOO_MANY_ARGUMENTS"
  /** A rule reads a field that its method (or check) does not list in `requires`: a missing figure would be read as null. */
  | "VARIABLE_NOT_REQUIRED"
  /** The pack's digest is not the one expected (`loadPack`'s `expectedDigest`). */
  | "DIGEST_MISMATCH"
  /** A `{name}` in a text template that nothing fills. */
  | "UNKNOWN_PLACEHOLDER"
  /** A `{name}` that appears twice in one text template. */
  | "PLACEHOLDER_REPEATED"
  | "UNKNOWN_LEGAL_BASIS"
  | "INDICATOR_BLOCK_MISSING"
  | "INVALID_DATE_RANGE"
  | "UNIT_MISMATCH"
  /** A `truthy` rule that names a threshold: it compares with none. */
  | "THRESHOLD_NOT_COMPARED"
  | "MISSING_LABEL"
  | "MISSING_DECIMALS"
  | "OPEN_OBJECT"
  | "UNTYPED_FIELD"
  | "CORE_FIELD"
  | "FORMAT_UNSUPPORTED"
  | "UNKNOWN_BLOCK"
  | "INVALID_BASE64URL"
  | "PRIVATE_KEY_NOT_ALLOWED"
  | "KEY_MISMATCH"
  | "UNSUPPORTED_ALGORITHM";

/** Codes of issues whose message the engine writes (pack constraint codes bring their own message). */
export type IssueMessageCode = ReportIssueCode | PackIssueCode;

/** Codes of the flags raised for auditors. */
/** The codes of flags (the public type is in types.ts). */
export type { FlagCode } from "../types.js";

/** The JSON-logic operators a rule may use (`logic/operators.ts`): each has a rendering in every language. */
export type LogicOperator =
  | "var" | "missing" | "missing_some"
  | "if" | "?:" | "and" | "or" | "!" | "!!"
  | "==" | "===" | "!=" | "!==" | ">" | ">=" | "<" | "<="
  | "+" | "-" | "*" | "/" | "%" | "min" | "max"
  | "cat" | "substr" | "in";

/** Words for rendering a rule: each operator from its already rendered arguments, and the special readings. */
export interface LogicMessages {
  /** Every allowed operator, from its rendered arguments. */
  op: Record<LogicOperator, (args: string[]) => string>;
  /** `!!` of a list field: "có ít nhất một văn bản, minh chứng". */
  atLeastOne: (label: string) => string;
  /** `in` with a list written in the rule: one of these values (not "in [1; 2]", which reads as an interval). */
  oneOf: (item: string, values: string[]) => string;
  /** `!` of a list field. */
  none: (label: string) => string;
  /** `!!` of a single field. */
  given: (label: string) => string;
  /** `!` of a single field. */
  notGiven: (label: string) => string;
  /** `!` of `missing`: every listed field is given. */
  allGiven: (labels: string) => string;
  /** `!!` of `missing`: some listed field is missing. */
  someMissing: (labels: string) => string;
  /** Separator of a list of arguments (`;` in Vietnamese, where the comma is the decimal mark). */
  sep: string;
  /** The JSON `null`. */
  null: string;
  /** `true` as a literal. */
  true: string;
  /** `false` as a literal. */
  false: string;
  /** A list value in a trace: "8 mục". */
  items: (count: number) => string;
  /** The whole data (`{"var": ""}`). */
  wholeData: string;
}

/** Units of report fields, as `x-unit` declares them. */
export type FieldUnit = "count" | "percent" | "percentagePoints" | "number" | "evidence" | "text" | "date" | "boolean";

/** Texts of `explainPack`, traces and `docs/indicators.md`. */
export interface ExplainMessages {
  metWhen: (condition: string) => string;
  /** Joins an alternative measure: "hoặc, nếu không có số liệu trên:". */
  orElse: string;
  notApplicableWhen: (condition: string) => string;
  rounding: (decimals: number) => string;
  threshold: (name: string, value: string, label: string) => string;
  unknownIndicator: (id: string, pack: string, known: string) => string;
  unitName: Record<FieldUnit, string>;
  /** Headings of the plain-text and Markdown explanations. */
  heading: {
    rule: string;
    formula: string;
    threshold: string;
    rounding: string;
    note: string;
    legalBasis: string;
    fields: string;
    field: string;
    label: string;
    unit: string;
    decimals: string;
    standard: (id: string, title: string) => string;
    criterion: (id: string, title: string) => string;
  };
  /** Trace lines. */
  trace: {
    input: string;
    applicable: string;
    value: string;
    rounded: (decimals: number, value: string) => string;
    comparison: string;
    /** Words of the lines of `if`: the branch taken (`then`, `else`), or no branch taken. */
    lazy: { then: string; else: string; none: string };
    /** A method of the rule that could not be used, and the figures it lacks (insufficient data: nothing computed). */
    unusable: (method: string, fields: string) => string;
  };
  legalAct: (ref: string, date: string, title: string) => string;
  /**
   * The pack's conclusion rule (`conclusion`, method `allIndicators`) in words, with what a not-applicable indicator
   * does to the verdict (`notApplicable`: ignored, or counted as not met, which makes the whole verdict not met).
   */
  conclusion: (notApplicable: "ignore" | "fail") => string;
  /** Heading of the conclusion rule in the plain-text explanation. */
  conclusionHeading: string;
}

/**
 * A district's or province's name as the appendix writes it. `name` is the bare name ("Tháp Mười"); `prefixed` tells
 * whether the report already wrote the administrative word ("Huyện Tháp Mười", "TP. Hồ Chí Minh"), in which case the
 * Vietnamese text writes `given` as is instead of adding the word.
 */
export interface PlaceName {
  /** The name as the report gives it (NFC, trimmed). */
  given: string;
  /** The name without its administrative word. */
  name: string;
  /** The administrative unit: huyện, quận, thị xã, thành phố, tỉnh; xã, phường, thị trấn. */
  unit: "district" | "urbanDistrict" | "town" | "city" | "province" | "commune" | "ward" | "township";
  /** Whether `given` starts with the unit's word. */
  prefixed: boolean;
  /** For a name without its word, the pack's noun for the unit it assesses (`assessedUnit.name`), written instead of the unit's. */
  noun?: Text;
}

/** Texts of the evaluation appendix. */
export interface AppendixMessages {
  /** `unit`: the pack's noun for the unit it assesses, in this language (`assessedUnit.name`: huyện, xã). */
  documentTitle: (district: PlaceName, year: number, unit: string) => string;
  title: string;
  subtitle: (packTitle: string) => string;
  /** The pack named in the subtitle when its title is not at hand (the pack is missing): `bộ quy tắc huyen-hoc-tap 2021.1.0`. */
  packByName: (id: string, version: string) => string;
  place: (district: PlaceName, province: PlaceName, year: number) => string;
  /** Shown under the heading when the pack that judged the result is neither given nor bundled. */
  packMissing: (id: string, version: string, digest: string) => string;
  attachedTo: (number: string | null, date: string | null) => string;
  caption: (count: number) => string;
  columns: { no: string; indicator: string; requirement: string; figures: string; computed: string; self: string; verdict: string };
  missing: (fields: string, alternatives: string) => string;
  notStated: string;
  summaryHeading: string;
  /**
   * The words of the conclusion line (`messages.conclusion`) that name the verdict, set in bold: "Không đạt", "Cannot
   * conclude". Not always the verdict's label: the English label "Cannot conclude: insufficient data" is not in the line.
   */
  conclusionVerdict: Record<"met" | "not_met" | "insufficient_data", string>;
  traceHeading: string;
  /** Under the trace heading when the result carries no trace: how to get one. */
  traceMissing: string;
  footHeading: string;
  pack: (title: string, id: string, version: string) => string;
  packDigest: string;
  signature: (verified: boolean, keyId: string | null) => string;
  reportDigest: string;
  engine: (name: string, version: string) => string;
  warnings: string;
  reproduce: string;
  /** Page number label in the printed footer ("Trang"). */
  page: string;
}

/** What the pack checker and the signature code write (kept apart so that judging alone does not ship them). */
export interface PackMessages {
  /** Messages of pack, key and signature issues, by code. */
  issue: Record<PackIssueCode, (p: Params) => string>;
  packInvalid: (count: number) => string;
  formatUnsupported: (found: number, supported: number) => string;
  digestMismatch: (expected: string, actual: string) => string;
  signatureInvalid: (keyId: string) => string;
  signatureUnknownKey: (keyId: string, trusted: string) => string;
  signatureMalformed: (count: number) => string;
  keyInvalid: (count: number) => string;
  /** A pack whose period in force shares a day with another version of its framework (dates as written for people). */
  versionOverlaps: (id: string, version: string, period: string, other: string, otherPeriod: string) => string;
  /** A pack given to `evaluate` that was not in force at the end of the report's year (PACK_NOT_IN_FORCE). */
  packNotInForce: (pack: string, year: number, from: string, to: string) => string;
  /** The same, for the `asOf` date the caller gave (dd/mm/yyyy). */
  packNotInForceOn: (pack: string, date: string, from: string, to: string) => string;
}
