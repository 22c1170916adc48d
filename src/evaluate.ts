import type { EvaluationResult, ValidationResult } from "./types.js";
import { evaluateWith, validateReportWith } from "./evaluate-core.js";
import type { EvaluateOptions, EvaluateParts, ValidateOptions } from "./evaluate-core.js";
import { applyLogic } from "./logic/apply-logic.js";
import { bundledPacks } from "./pack/bundled-packs.js";
import { resolveGivenPack } from "./pack/resolve-given-pack.js";

export type { EvaluateOptions, ValidateOptions };

/**
 * Judges a district's report against a rule pack: the bundled pack in force on 31 December of `report.year` unless
 * `pack` is given. Synchronous and pure: the report is never changed.
 *
 * @throws HuyenHocTapError `NO_PACK_FOR_YEAR` when no bundled pack covers the year (checked first, unless a pack is
 * given), `REPORT_INVALID` with every issue when the report is invalid, `PACK_INVALID` when the given pack is,
 * `INVALID_ARGUMENT` when an option is malformed (`asOf` not a date, an unknown `engine`, `trace` not a boolean).
 */
export function evaluate(report: unknown, options?: EvaluateOptions): EvaluationResult {
  return evaluateWith(report, options, PARTS);
}

/**
 * Checks a report without judging it: `{ ok: true }` or `{ ok: false, issues }`. Never throws for a bad report.
 *
 * @throws HuyenHocTapError only for bad options: `PACK_INVALID` when the given pack is invalid, `INVALID_ARGUMENT`
 * when an option is malformed.
 */
export function validateReport(report: unknown, options?: ValidateOptions): ValidationResult {
  return validateReportWith(report, options, PARTS);
}

/** Everything: any pack given is checked, and the reference engine is there. */
const PARTS: EvaluateParts = { resolve: resolveGivenPack, bundled: bundledPacks, reference: applyLogic, entry: "huyen-hoc-tap" };
