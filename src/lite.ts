/**
 * `huyen-hoc-tap/lite`: `evaluate` and `validateReport` with the bundled packs only — the smallest build, for a page
 * that judges reports (under 30 KB minified and gzipped with the bundled pilot pack, against about 58 KB for `evaluate` from
 * the main entry; see docs/performance.md). Results, errors and reasons are exactly those of the main entry.
 *
 * What it leaves out: judging with another pack (`options.pack`, which needs the pack checker) and the `reference`
 * engine (json-logic-js). Both are refused with `INVALID_ARGUMENT`; use `huyen-hoc-tap` for them.
 *
 * @packageDocumentation
 */
import type { EvaluationResult, ValidationResult } from "./types.js";
import { evaluateWith, validateReportWith } from "./evaluate-core.js";
import type { EvaluateParts } from "./evaluate-core.js";
import { litePacks } from "./pack/lite-packs.js";

/** Options of the lite {@link evaluate}: those of the main entry's, without `pack` and the `reference` engine. */
export interface LiteEvaluateOptions {
  /** Select the bundled pack in force on this date (`YYYY-MM-DD`) instead of 31 December of the report's year. */
  asOf?: string;
  /** Record the evaluation tree of every indicator in `indicator.trace`. */
  trace?: boolean;
}

/** Options of the lite {@link validateReport}. */
export interface LiteValidateOptions {
  /** Select the bundled pack in force on this date. */
  asOf?: string;
}

/**
 * Judges a district's report against the bundled pack in force on 31 December of `report.year` (or on `asOf`).
 * Synchronous and pure: the report is never changed. The same result as `evaluate` from `huyen-hoc-tap`.
 *
 * @throws HuyenHocTapError `NO_PACK_FOR_YEAR` when no bundled pack covers the year, `REPORT_INVALID` with every issue
 * when the report is invalid, `INVALID_ARGUMENT` for a malformed option, a `pack` or `engine: "reference"`.
 */
export function evaluate(report: unknown, options?: LiteEvaluateOptions): EvaluationResult {
  return evaluateWith(report, options, LITE);
}

/** Checks a report against the bundled pack for its year without judging it: `{ ok: true }` or `{ ok: false, issues }`. */
export function validateReport(report: unknown, options?: LiteValidateOptions): ValidationResult {
  return validateReportWith(report, options, LITE);
}

const LITE: EvaluateParts = { resolve: null, bundled: litePacks, reference: null, entry: "huyen-hoc-tap/lite" };

export { HuyenHocTapError, isHuyenHocTapError } from "./errors.js";
export type { ErrorCode } from "./errors.js";
export { ENGINE } from "./version.js";
export type {
  Comparison,
  EvaluationResult,
  EvaluationWarning,
  FlagCode,
  GroupResult,
  IndicatorFlag,
  IndicatorResult,
  IndicatorTrace,
  IndicatorVerdict,
  Inputs,
  Issue,
  JsonValue,
  Lang,
  PackInfo,
  Summary,
  Text,
  ValidationResult,
  Verdict,
} from "./types.js";
