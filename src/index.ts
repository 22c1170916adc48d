/**
 * huyen-hoc-tap: judge whether a Vietnamese district is a "huyện học tập" (learning district) against versioned,
 * declarative rule packs. The core is pure and runs in browsers and in Node.
 *
 * @packageDocumentation
 */
export { evaluate, validateReport } from "./evaluate.js";
export type { EvaluateOptions, ValidateOptions } from "./evaluate.js";
export { evaluateMany } from "./batch/evaluate-many.js";
export type { BatchError, BatchFailure, BatchItem, BatchSuccess, EvaluateManyOptions } from "./batch/evaluate-many.js";
export { simulate } from "./batch/simulate.js";
export type { IndicatorCounts, NamedPack, SimulationVariant } from "./batch/simulate.js";
export { loadPack, SUPPORTED_FORMAT_VERSION } from "./pack/load-pack.js";
export type { LoadPackOptions } from "./pack/load-pack.js";
export { listPacks } from "./pack/list-packs.js";
export type { PackSummary } from "./pack/list-packs.js";
export { canonicalBytes, canonicalJson, digestOf } from "./pack/canonical-json.js";
export { diffPacks } from "./pack/diff-packs.js";
export type { PackChange, PackChangeKind, PackDiff, PackHeaderChangeKind, PackIdentity } from "./pack/diff-packs.js";
export { runPackTests } from "./pack/run-pack-tests.js";
export type { PackTestProblem, PackTestProblemCode, PackTestResult, PackTestRun } from "./pack/run-pack-tests.js";
export { generateKeyPair } from "./signature/generate-key-pair.js";
export type { KeyPair } from "./signature/generate-key-pair.js";
export { signPack } from "./signature/sign-pack.js";
export type { PackSignature } from "./signature/sign-pack.js";
export { verifyPack } from "./signature/verify-pack.js";
export type { VerifiedPack } from "./signature/verify-pack.js";
export type { PrivateJwk, PublicJwk } from "./signature/jwk.js";
export { parseJson } from "./pack/parse-json.js";
export type { JsonProblem, ParseResult } from "./pack/parse-json.js";
export { HuyenHocTapError, isHuyenHocTapError } from "./errors.js";
export type { ErrorCode } from "./errors.js";
export { formatNumber } from "./explain/format-number-checked.js";
export { explainPack } from "./explain/explain-pack.js";
export type {
  ConclusionExplanation,
  ExplainOptions,
  FieldExplanation,
  GroupExplanation,
  IndicatorExplanation,
  LegalBasisExplanation,
  MeasureExplanation,
  PackExplanation,
  ThresholdExplanation,
} from "./explain/explain-pack.js";
export { renderReport } from "./explain/render-report.js";
export type { RenderReportOptions } from "./explain/render-report.js";
export { renderTrace } from "./explain/render-trace.js";
export type { RenderTraceOptions, TraceLine } from "./explain/render-trace.js";
export { renderIndicatorReference } from "./explain/indicator-reference.js";
export type { FieldUnit } from "./explain/messages.js";
export { ENGINE } from "./version.js";
export type {
  AssessedUnit,
  Comparison,
  ConclusionRule,
  Constraint,
  Criterion,
  EvaluationResult,
  EvaluationWarning,
  FlagCode,
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
  TraceMethod,
  TraceNode,
  Unit,
  UsedThreshold,
  ValidationResult,
  Verdict,
} from "./types.js";
export type { Limits } from "./pack/check-limits.js";
