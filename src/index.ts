/**
 * huyen-hoc-tap: judge whether a Vietnamese district is a "huyện học tập" (learning district) against versioned,
 * declarative rule packs. The core is pure and runs in browsers and in Node.
 *
 * @packageDocumentation
 */
export { evaluate, validateReport } from "./evaluate.js";
export type { EvaluateOptions, ValidateOptions } from "./evaluate.js";
export { loadPack, SUPPORTED_FORMAT_VERSION } from "./pack/load-pack.js";
export type { LoadPackOptions } from "./pack/load-pack.js";
export { listPacks } from "./pack/list-packs.js";
export type { PackSummary } from "./pack/list-packs.js";
export { canonicalJson, digestOf } from "./pack/canonical-json.js";
export { parseJson } from "./pack/parse-json.js";
export type { ParseResult } from "./pack/parse-json.js";
export { HuyenHocTapError, isHuyenHocTapError } from "./errors.js";
export type { ErrorCode } from "./errors.js";
export { formatNumber } from "./explain/format-number.js";
export { ENGINE } from "./version.js";
export type {
  Comparison,
  ConclusionRule,
  Constraint,
  Criterion,
  EvaluationResult,
  EvaluationWarning,
  GroupResult,
  Indicator,
  IndicatorFlag,
  IndicatorResult,
  IndicatorTrace,
  IndicatorVerdict,
  Inputs,
  Issue,
  JsonValue,
  Lang,
  LegalAct,
  Logic,
  Measure,
  PackInfo,
  PackTest,
  ReportSchemaNode,
  Rule,
  RulePack,
  Standard,
  Summary,
  Text,
  Threshold,
  TraceNode,
  Unit,
  UsedThreshold,
  ValidationResult,
  Verdict,
} from "./types.js";
export type { Limits } from "./pack/check-limits.js";
