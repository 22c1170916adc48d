import type { JsonValue } from "../types.js";

/** Parameters of a message. */
export type Params = Record<string, JsonValue>;

/** Every text the engine itself writes. `messages.vi.ts` and `messages.en.ts` must define every key. */
export interface Messages {
  verdict: Record<"met" | "not_met" | "not_applicable" | "insufficient_data", string>;
  conclusionLabel: Record<"met" | "not_met" | "insufficient_data", string>;
  /** Messages of report and pack issues, by code. */
  issue: Record<IssueMessageCode, (p: Params) => string>;
  /** Flags for auditors, by code. */
  flag: Record<FlagCode, (p: Params) => string>;
  /** Requirement sentence by comparison, `{threshold}` already formatted. */
  requirement: Record<">=" | ">" | "<=" | "<" | "==" | "truthy", (threshold: string) => string>;
  /** Comparison word used in formulas and traces. */
  compareWord: Record<">=" | ">" | "<=" | "<" | "==" | "truthy", string>;
  missingFigures: (missing: string, alternatives: string) => string;
  notComputable: string;
  notApplicableDefault: string;
  measureDefault: (value: string) => string;
  unitPoints: (value: string) => string;
  yes: string;
  no: string;
  evidenceNone: string;
  evidenceList: (count: number, list: string) => string;
  evidenceDated: (ref: string, date: string) => string;
  indicatorsWord: (ids: string) => string;
  summaryLines: (met: string, notMet: string, notMetIds: string, notApplicable: string, insufficient: string, insufficientIds: string) => string[];
  conclusion: Record<"met" | "not_met" | "insufficient_data", (ids: string) => string>;
  packNotInForce: (pack: string, year: number, from: string, to: string) => string;
  noPackForYear: (year: number, covered: string) => string;
  reportInvalid: (count: number) => string;
  packInvalid: (count: number) => string;
  formatUnsupported: (found: number, supported: number) => string;
  invalidArgument: (what: string) => string;
  digestMismatch: (expected: string, actual: string) => string;
  signatureInvalid: (keyId: string) => string;
  signatureUnknownKey: (keyId: string, trusted: string) => string;
  signatureMalformed: (count: number) => string;
  keyInvalid: (count: number) => string;
}

/** Codes of issues whose message the engine writes (pack constraint codes bring their own message). */
export type IssueMessageCode =
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
  | "TOO_MANY_ITEMS"
  | "TOO_FEW_ITEMS"
  | "INVALID_VALUE"
  | "INVALID_DATE"
  | "FORBIDDEN_KEY"
  | "TOO_DEEP"
  | "TOO_LARGE"
  | "INVALID_JSON"
  | "DUPLICATE_KEY"
  | "SCHEMA_VIOLATION"
  | "DUPLICATE_ID"
  | "UNKNOWN_VARIABLE"
  | "UNKNOWN_THRESHOLD"
  | "MISSING_THRESHOLD"
  | "UNUSED_THRESHOLD"
  | "THRESHOLD_NAME_CLASH"
  | "FORBIDDEN_OPERATOR"
  | "INVALID_VAR_PATH"
  | "INVALID_OPERATOR_OBJECT"
  | "UNKNOWN_LEGAL_BASIS"
  | "INDICATOR_BLOCK_MISSING"
  | "UNRESOLVED_REF"
  | "REF_CYCLE"
  | "INVALID_DATE_RANGE"
  | "UNIT_MISMATCH"
  | "MISSING_LABEL"
  | "MISSING_DECIMALS"
  | "FORMAT_UNSUPPORTED"
  | "UNKNOWN_BLOCK"
  | "INVALID_BASE64URL"
  | "PRIVATE_KEY_NOT_ALLOWED"
  | "KEY_MISMATCH"
  | "UNSUPPORTED_ALGORITHM";

/** Codes of the flags raised for auditors. */
export type FlagCode =
  | "SELF_ASSESSMENT_DIFFERS"
  | "SELF_ASSESSED_WITHOUT_FIGURES"
  | "MEASURES_DISAGREE"
  | "EVIDENCE_AFTER_REPORT"
  | "EVIDENCE_BEFORE_PERIOD";
