/** Public data types of huyen-hoc-tap. Everything here is plain, JSON-serialisable data. */

/** A text shown to people, in Vietnamese first and in English. */
export interface Text {
  /** Vietnamese. */
  vi: string;
  /** English. */
  en: string;
}

/** A language of the texts shown to people. */
export type Lang = "vi" | "en";

/** The verdict on one indicator. */
export type IndicatorVerdict = "met" | "not_met" | "not_applicable" | "insufficient_data";

/** The overall verdict (and the verdict on a criterion or a standard). */
export type Verdict = "met" | "not_met" | "insufficient_data";

/** A JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * A JSON-logic expression (https://jsonlogic.com). Defined here so that the published types do not depend on
 * `@types/json-logic-js`.
 */
export type Logic = JsonValue;

/** The unit of a threshold or of a computed measure; it decides how numbers are shown. */
export type Unit = "percent" | "percentagePoints" | "count" | "number" | "boolean";

/** How a rule compares its measure with its threshold. `truthy`: met when the measure is true (no threshold). */
export type Comparison = ">=" | ">" | "<=" | "<" | "==" | "truthy";

/** An act a pack or an indicator rests on. */
export interface LegalAct {
  /** Document number, e.g. `5196/BGDĐT-GDTX`. */
  ref: string;
  /** Date of the act, `YYYY-MM-DD`. */
  date: string;
  /** Who issued it. */
  issuer?: Text;
  /** What it is about. */
  title: Text;
  /** Where it can be read. */
  url?: string;
}

/** A named threshold: the one number a ministry edits to change a requirement. */
export interface Threshold {
  /** The number, in `unit` (75 means 75% when the unit is `percent`). */
  value: number;
  /** Unit of the value. */
  unit: Unit;
  /** What the threshold is, for people. */
  label: Text;
}

/** One way of computing an indicator's measure from the figures of its report block. */
export interface Measure {
  /** Name of the method, e.g. `counts` or `percent`. */
  id: string;
  /** Fields of the indicator's report block that must all be present for this method to be used. */
  requires: string[];
  /** JSON-logic: when it is falsy, the indicator is not applicable (e.g. an empty population). */
  applicable?: Logic;
  /** Text shown when `applicable` is falsy. */
  notApplicable?: Text;
  /** JSON-logic computing the measure from the block's fields. */
  value: Logic;
  /** Template describing the value for people: `{value}` and `{field}` placeholders. */
  describe?: Text;
  /**
   * Template used instead of `describe` when the value is a number below zero (e.g. "rose by" for a fall that went the
   * other way); in it `{value}` is the magnitude, written without its sign. Same placeholders as `describe`.
   */
  describeNegative?: Text;
}

/** A check of a report block that makes the report invalid when it fails (e.g. parts above their total). */
export interface Constraint {
  /** Stable issue code reported when the check fails, e.g. `COUNT_EXCEEDS_TOTAL`. */
  code: string;
  /** Fields that must be present for the check to run. */
  requires: string[];
  /** The field the issue's path points to. */
  field: string;
  /** JSON-logic that must be truthy. */
  check: Logic;
  /** Message template with `{field}` placeholders. */
  message: Text;
}

/** The rule of one indicator. */
export interface Rule {
  /** Methods tried in order; the first whose required fields are all present is used. */
  measures: Measure[];
  /** Unit of the measure. */
  unit: Unit;
  /** Decimal places the measure is rounded to before it is compared (exact decimal comparison). */
  decimals?: number;
  /** How the measure is compared with the threshold. */
  compare: Comparison;
  /** Name of a threshold in the pack's `thresholds` (required unless `compare` is `truthy`). */
  threshold?: string;
  /** Template of the requirement for people (`{threshold}` placeholder); generated from `compare` when absent. */
  requirement?: Text;
  /** Checks that make a report invalid. */
  constraints?: Constraint[];
}

/** An indicator (chỉ báo): the unit that is judged. */
export interface Indicator {
  /** Id (dotted, such as `x.y.z`); the indicator reads `report.indicators[id]`. */
  id: string;
  /** Official wording. */
  text: Text;
  /** The `ref` of one of the pack's legal acts. */
  legalBasis: string;
  /** A short note by the rule's author, shown beside the generated explanation. */
  note?: Text;
  /** The rule. */
  rule: Rule;
}

/** A criterion (tiêu chí): a group of indicators. */
export interface Criterion {
  /** Id, e.g. `2.1`. */
  id: string;
  /** Title. */
  title: Text;
  /** Its indicators. */
  indicators: Indicator[];
}

/** A standard (tiêu chuẩn): a group of criteria. */
export interface Standard {
  /** Id, e.g. `2`. */
  id: string;
  /** Title. */
  title: Text;
  /** Its criteria. */
  criteria: Criterion[];
}

/** How the overall conclusion is reached. */
export interface ConclusionRule {
  /** `allIndicators`: met only when no indicator is not met and none lacks data. */
  method: "allIndicators";
  /** Whether a not-applicable indicator is ignored (default) or counts as a failure. */
  notApplicable?: "ignore" | "fail";
}

/** The noun of the unit a pack assesses, singular and plural, in both languages. */
export interface AssessedUnit {
  /** "xã" / "commune". */
  name: Text;
  /** "xã" / "communes": in counts ("Số xã đạt", "Communes meeting"). */
  plural: Text;
}

/** A test case carried by a pack. */
export interface PackTest {
  /** What the case checks. */
  name: string;
  /** A report. */
  report: Record<string, unknown>;
  /** What is expected. */
  expect: {
    /** Overall verdict. */
    verdict?: Verdict;
    /** Verdicts by indicator id. */
    indicators?: Record<string, IndicatorVerdict>;
    /** The report is expected to be invalid with these issues (path, and code when given). */
    invalid?: {
      /** JSON pointer of an expected issue. */
      path: string;
      /** Its code, when checked. */
      code?: string;
    }[];
  };
}

/** A schema node of the restricted JSON Schema dialect that packs use for the report. */
export type ReportSchemaNode = { [keyword: string]: unknown };

/** A rule pack (formatVersion 1). See `docs/rule-packs.md` and `rules/schemas/pack.schema.json`. */
export interface RulePack {
  /** Path or URL of the pack schema, for editors. */
  $schema?: string;
  /** Version of the pack format. */
  formatVersion: number;
  /** The framework this pack is a version of. */
  id: string;
  /** Version of the pack. */
  version: string;
  /** Title. */
  title: Text;
  /** Description. */
  description?: Text;
  /** First day in force, `YYYY-MM-DD`. */
  effectiveFrom: string;
  /** Last day in force, `YYYY-MM-DD`, if it has ended. */
  effectiveTo?: string;
  /** True for an illustration that is not a real act. */
  illustration?: boolean;
  /**
   * The noun of the unit the pack assesses (xã, huyện, tỉnh…), for documents: written before a place's name that does
   * not start with its own word, in the appendix's title and in counts. Default: huyện / district.
   */
  assessedUnit?: AssessedUnit;
  /** The acts the pack rests on. */
  legalBasis: LegalAct[];
  /** Named thresholds. */
  thresholds: Record<string, Threshold>;
  /** How the overall conclusion is reached. */
  conclusion: ConclusionRule;
  /** JSON Schema (restricted dialect) of the report. */
  reportSchema: ReportSchemaNode;
  /** Standards → criteria → indicators. */
  standards: Standard[];
  /** Test cases. */
  tests?: PackTest[];
}

/** A problem found in a report or a pack: data, with texts in both languages. */
export interface Issue {
  /** Stable code, e.g. `MISSING_FIELD`. Listed in `docs/errors.md`. */
  code: string;
  /** JSON pointer (RFC 6901) to the offending field itself, e.g. `/indicators/<id>/good`. */
  path: string;
  /** What the message was built from. */
  params: Record<string, JsonValue>;
  /** The message. */
  message: Text;
}

/** The outcome of `validateReport`. */
export type ValidationResult =
  | {
      /** The report is valid. */
      ok: true;
    }
  | {
      /** The report is invalid. */
      ok: false;
      /** Every problem found. */
      issues: Issue[];
    };

/** Figures an indicator used, by field name. */
export type Inputs = Record<string, JsonValue>;

/** The threshold an indicator was compared with. */
export interface UsedThreshold {
  /** Its name in the pack. */
  name: string;
  /** Its value. */
  value: number;
  /** Its unit. */
  unit: Unit;
}

/** The result for one indicator. */
export interface IndicatorResult {
  /** Indicator id. */
  id: string;
  /** Criterion id. */
  criterion: string;
  /** Standard id. */
  standard: string;
  /** The verdict. */
  verdict: IndicatorVerdict;
  /** The verdict's label for people ("Đạt", "Chưa đạt", …): shared by all results, frozen. */
  readonly label: Readonly<Text>;
  /** Why, with the figures used: an own, enumerable getter that builds the sentence when first read (read-only). */
  readonly reason: Text;
  /** The measure method that was used (e.g. `counts` or `percent`), or null when none could be. */
  method: string | null;
  /** The figures the rule used. */
  inputs: Inputs;
  /** The computed measure (rounded to the rule's decimals), or null. */
  value: number | boolean | null;
  /** Unit of the measure. */
  unit: Unit;
  /** The comparison. */
  compare: Comparison;
  /** The threshold compared with, or null for `truthy` rules: shared by all results, frozen. */
  readonly threshold: Readonly<UsedThreshold> | null;
  /** Fields that are missing (for `insufficient_data`); an empty list is shared and frozen. */
  readonly missing: readonly string[];
  /** The district's own verdict, when the report gives one. */
  selfAssessment?: "met" | "not_met";
  /** What an auditor should look at (self-assessment differs, figures disagree, evidence dates); an empty list is shared and frozen. */
  readonly flags: readonly IndicatorFlag[];
  /** The evaluation tree, when `evaluate(report, { trace: true })`. */
  trace?: IndicatorTrace;
}

/** The codes of {@link IndicatorFlag}: what an auditor should look at. */
export type FlagCode =
  | "SELF_ASSESSMENT_DIFFERS"
  | "SELF_ASSESSED_WITHOUT_FIGURES"
  | "MEASURES_DISAGREE"
  | "PREFERRED_MEASURE_INCOMPLETE"
  | "EVIDENCE_AFTER_REPORT"
  | "EVIDENCE_BEFORE_PERIOD";

/** Something an auditor should look at in an indicator's block. */
export interface IndicatorFlag {
  /** What kind of thing to look at (see docs/errors.md). */
  code: FlagCode;
  /** JSON pointer of what the flag is about. */
  path: string;
  /** What it was built from. */
  params: Record<string, JsonValue>;
  /** For people: an own, enumerable getter that builds the text when first read (read-only). */
  readonly message: Text;
}

/** One evaluated sub-expression of a rule with the value it produced. */
export interface TraceNode {
  /** The operator, or null for a literal (or a list). */
  op: string | null;
  /** For `var`: the variable read. */
  var?: string;
  /** Traces of the arguments that were evaluated (lazy operators skip some). */
  args: TraceNode[];
  /** The value produced (non-finite numbers appear as strings such as "Infinity"). */
  value: JsonValue;
}

/** A measure method that could not be used: the figures it requires that the report does not give. */
export interface TraceMethod {
  /** Id of the method. */
  measure: string;
  /** The fields it requires that are absent or null, in the order the rule lists them (never empty). */
  missing: string[];
}

/**
 * How an indicator's verdict was computed, step by step. When the report lacks figures of every method of the rule
 * (insufficient data), nothing was computed: `measure` is null and `methods` says what each method lacked.
 */
export interface IndicatorTrace {
  /** Id of the measure method used, or null when none could be used (see `methods`). */
  measure: string | null;
  /**
   * Only when `measure` is null: every method of the rule, in the order they are tried, with the figures it lacks.
   * No rule was evaluated (an applicability condition that held on the figures given is not recorded).
   */
  methods?: TraceMethod[];
  /** The `applicable` condition, when the method has one. */
  applicable?: TraceNode;
  /** The measure's computation. */
  value?: TraceNode;
  /** The measure rounded to the rule's decimals. */
  rounded?: {
    /** Decimal places of the rule. */
    decimals: number;
    /** The rounded measure. */
    value: number;
  };
  /** The comparison with the threshold. */
  comparison?: {
    /** The comparison. */
    compare: Comparison;
    /** Left side: the rounded measure. */
    value: number;
    /** Right side: the threshold. */
    threshold: number;
  };
  /** The outcome of the comparison (or of the truthy test). */
  result?: boolean;
}

/** The summary of a group (criterion or standard). */
export interface GroupResult {
  /** Group id. */
  id: string;
  /** Title: the pack's own, shared by all results, frozen. */
  readonly title: Readonly<Text>;
  /** Verdict of the group, reached like the overall one. */
  verdict: Verdict;
  /** Ids of its indicators: the pack's own list, shared by all results, frozen. */
  readonly indicators: readonly string[];
}

/** Counts of indicator verdicts. */
export interface Summary {
  /** Number of indicators. */
  total: number;
  /** Met. */
  met: number;
  /** Not met. */
  notMet: number;
  /** Not applicable. */
  notApplicable: number;
  /** Lacking data. */
  insufficientData: number;
  /** Ids not met. */
  notMetIds: string[];
  /** Ids lacking data. */
  insufficientDataIds: string[];
  /** The summary lines, as in the district's report, the conclusion last, joined by "; " ("Số chỉ báo đạt: 13; …; Kết luận: …"). */
  readonly text: Text;
}

/** A warning about the evaluation itself (not about the district). */
export interface EvaluationWarning {
  /** Stable code: `PACK_NOT_IN_FORCE` (the only warning so far). */
  code: "PACK_NOT_IN_FORCE";
  /** Message. */
  message: Text;
}

/** Which rules produced a result. */
export interface PackInfo {
  /** Framework id. */
  id: string;
  /** Version. */
  version: string;
  /** `sha256:` + hex SHA-256 of the pack's canonical JSON. */
  digest: string;
  /** In force from. */
  effectiveFrom: string;
  /** In force to, if ended. */
  effectiveTo?: string;
  /** Whether a signature of the pack was verified with a trusted key (`verifyPack`). */
  verified: boolean;
  /** The key that verified it, or null. */
  keyId: string | null;
}

/** The result of `evaluate`. */
export interface EvaluationResult {
  /** Overall verdict. */
  verdict: Verdict;
  /** Label of the overall verdict ("Đạt", "Không đạt", "Chưa đủ căn cứ kết luận"). */
  label: Text;
  /** District. */
  district: string;
  /** Province. */
  province: string;
  /** Assessment year. */
  year: number;
  /** The district's report document, when given. */
  report?: {
    /** Document number, e.g. `417/BC-UBND`. */
    number?: string;
    /** Date of the report, `YYYY-MM-DD`. */
    date?: string;
  };
  /** One entry per indicator, in pack order. */
  indicators: IndicatorResult[];
  /** One entry per criterion. */
  criteria: GroupResult[];
  /** One entry per standard. */
  standards: GroupResult[];
  /** Counts and summary lines. */
  summary: Summary;
  /** The conclusion line ("Kết luận: Không đạt, do chỉ báo … chưa đạt."): an own, enumerable getter (read-only). */
  readonly conclusion: Text;
  /** The pack that judged. */
  pack: PackInfo;
  /** `sha256:` digest of the report's canonical JSON: an own, enumerable getter that computes it when first read (read-only). */
  readonly reportDigest: string;
  /** This library and its version. */
  engine: {
    /** `huyen-hoc-tap`. */
    name: string;
    /** The library's version. */
    version: string;
  };
  /** Warnings about the evaluation. */
  warnings: EvaluationWarning[];
}
