import { evaluate, validateReport } from "../evaluate.js";
import type { EvaluateOptions } from "../evaluate.js";
import { EVALUATE_OPTIONS } from "../evaluate-core.js";
import { isHuyenHocTapError } from "../errors.js";
import type { ErrorCode } from "../errors.js";
import { loadPack } from "../pack/load-pack.js";
import { withReportIssues } from "../report/validate-report.js";
import type { EvaluationResult, Issue, Text } from "../types.js";
import { invalidArgument, optionsObject, readArgument, shown } from "../invalid-argument.js";

/** Options of {@link evaluateMany}: those of `evaluate`, applied to every report. */
export type EvaluateManyOptions = EvaluateOptions;

/**
 * Why one report of a batch was not judged. `code` is the code `evaluate` would have thrown (`REPORT_INVALID`,
 * `NO_PACK_FOR_YEAR`), or `UNEXPECTED_ERROR` for an error that is not this library's (a bug: please report it).
 */
export interface BatchError {
  /** Stable code, listed in `docs/errors.md`. */
  code: ErrorCode | "UNEXPECTED_ERROR";
  /** Every problem found in the report, each with a JSON-pointer `path` (empty when the error is not about a field). */
  issues: Issue[];
  /** The message in Vietnamese and English. */
  message: Text;
}

/** A report of a batch that was judged. */
export interface BatchSuccess {
  /** Position of the report in the input, from 0. */
  index: number;
  /** The report was judged. */
  ok: true;
  /** What `evaluate` returned. */
  result: EvaluationResult;
}

/** A report of a batch that could not be judged. */
export interface BatchFailure {
  /** Position of the report in the input, from 0. */
  index: number;
  /** The report was not judged. */
  ok: false;
  /** Why, located by the issues' paths. */
  error: BatchError;
}

/** The outcome for one report of {@link evaluateMany}, in input order. */
export type BatchItem = BatchSuccess | BatchFailure;

/**
 * Judges many reports with the same options: the pack (when given) is checked and prepared once, then every report
 * is judged like `evaluate` would. One bad report never stops the batch: it gets `{ ok: false, error }` with its
 * issues and the others are judged.
 *
 * @throws HuyenHocTapError only for what concerns the whole batch: `PACK_INVALID` when `options.pack` is not a valid
 * pack, `INVALID_ARGUMENT` when `reports` is not iterable or an option is malformed.
 */
export function evaluateMany(reports: Iterable<unknown> | unknown[], options: EvaluateManyOptions = {}): BatchItem[] {
  checkReports(reports);
  const shared = withPreparedPack(optionsObject(options, EVALUATE_OPTIONS)); // like evaluate, null options are no options (JavaScript callers)
  const items: BatchItem[] = [];
  let index = 0;
  // Only the caller's iterable can throw here (evaluateOne never does): the batch cannot go on, said as this library's error.
  readArgument("reports", () => {
    for (const report of reports) {
      items.push(evaluateOne(report, index, shared));
      index += 1;
    }
  });
  return items;
}

/** `INVALID_ARGUMENT` unless `reports` is an array or an iterable (a string is neither, here). */
export function checkReports(reports: unknown): asserts reports is Iterable<unknown> {
  const iterable = readArgument("reports", () => reports !== null && typeof reports === "object" && typeof (reports as Partial<Iterable<unknown>>)[Symbol.iterator] === "function");
  if (iterable) return;
  throw invalidArgument(`reports phải là một mảng hoặc một iterable các báo cáo, nhưng nhận được ${shown(reports)}`, `reports must be an array or an iterable of reports, got ${shown(reports)}`);
}

/**
 * The options with the pack checked and prepared once (`loadPack` returns the prepared, frozen copy, which `evaluate`
 * then finds in its cache instead of comparing the caller's object with the one it saw last).
 */
export function withPreparedPack(options: EvaluateManyOptions): EvaluateManyOptions {
  const { pack } = options;
  if (pack === null || typeof pack !== "object") return options;
  return { ...options, pack: loadPack(pack) };
}

/** Judges one report of a batch: the outcome, or the error that concerns this report only. */
export function evaluateOne(report: unknown, index: number, options: EvaluateManyOptions): BatchItem {
  try {
    return { index, ok: true, result: evaluate(report, options) };
  } catch (error) {
    return { index, ok: false, error: toBatchError(error) };
  }
}

/**
 * A report of a batch whose text has problems in its values only (a key written twice, a number that reads two ways):
 * its error, with the report's other problems added, as `validateReport` finds them with the batch's pack — all at
 * once, as for one report read from a file. `value` is the report as read (undefined when the text could not be read).
 */
export function unreadableOne(error: BatchError, value: unknown, index: number, options: EvaluateManyOptions): BatchItem {
  if (value === undefined) return { index, ok: false, error };
  const issues = withReportIssues(error.issues, () => {
    const checked = validateReport(value, { ...(options.pack !== undefined ? { pack: options.pack } : {}), ...(options.asOf !== undefined ? { asOf: options.asOf } : {}) });
    return checked.ok ? [] : checked.issues;
  });
  return { index, ok: false, error: { ...error, issues } };
}

/** Errors about the options or the pack concern every report: they stop the batch (they are the caller's mistake). */
const BATCH_WIDE: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["INVALID_ARGUMENT", "PACK_INVALID", "PACK_DIGEST_MISMATCH"]);

function toBatchError(error: unknown): BatchError {
  if (isHuyenHocTapError(error)) {
    if (BATCH_WIDE.has(error.code)) throw error;
    return { code: error.code, issues: error.issues, message: error.text };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: "UNEXPECTED_ERROR", issues: [], message: { vi: `Lỗi không lường trước: ${detail}`, en: `Unexpected error: ${detail}` } };
}
