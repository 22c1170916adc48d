import type { EvaluationResult, EvaluationWarning, IndicatorResult, RulePack, ValidationResult } from "./types.js";
import { HuyenHocTapError } from "./errors.js";
import { en } from "./explain/messages.en.js";
import { vi } from "./explain/messages.vi.js";
import { defineLazy } from "./explain/define-lazy.js";
import { conclude, conclusionLabel, conclusionText, groupResults, summarize } from "./conclude.js";
import { evaluateIndicator } from "./evaluate-indicator.js";
import type { EvalMode } from "./evaluate-indicator.js";
import { bundledPacks } from "./pack/bundled-packs.js";
import { getPreparedPack } from "./pack/load-pack.js";
import type { PreparedPack } from "./pack/prepared-pack.js";
import { isInForce, judgementDate, selectPack } from "./pack/select-pack.js";
import { digestOf } from "./pack/canonical-json.js";
import { isIsoDate } from "./report/check-value.js";
import { checkReport, toValidationResult } from "./report/validate-report.js";
import { ENGINE } from "./version.js";

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** A pack to judge with instead of the bundled one in force (e.g. a ministry's new version, from `loadPack`). */
  pack?: RulePack | object;
  /** Select the bundled pack in force on this date (`YYYY-MM-DD`) instead of 31 December of the report's year. */
  asOf?: string;
  /** Record the evaluation tree of every indicator in `indicator.trace`. */
  trace?: boolean;
  /**
   * `compiled` (default): rules compiled once into closures. `reference`: every rule run by json-logic-js's own
   * `apply`, for cross-checking; both give the same results (a differential test checks it).
   */
  engine?: "compiled" | "reference";
}

/** Options of {@link validateReport}. */
export interface ValidateOptions {
  /** Validate against this pack instead of the bundled one in force for the report's year. */
  pack?: RulePack | object;
  /** Select the bundled pack in force on this date. */
  asOf?: string;
}

/**
 * Judges a district's report against a rule pack: the bundled pack in force on 31 December of `report.year` unless
 * `pack` is given. Synchronous and pure: the report is never changed.
 *
 * @throws HuyenHocTapError `NO_PACK_FOR_YEAR` when no bundled pack covers the year (checked first, unless a pack is
 * given), `REPORT_INVALID` with every issue when the report is invalid, `PACK_INVALID` when the given pack is.
 */
export function evaluate(report: unknown, options: EvaluateOptions = {}): EvaluationResult {
  const { pack, warnings } = choosePack(report, options);
  const issues = checkReport(report, pack);
  if (issues.length > 0) {
    throw new HuyenHocTapError("REPORT_INVALID", { vi: vi.reportInvalid(issues.length), en: en.reportInvalid(issues.length) }, issues);
  }
  return judge(report as Record<string, unknown>, pack, warnings, options);
}

/** Checks a report without judging it: `{ ok: true }` or `{ ok: false, issues }`. Never throws for a bad report. */
export function validateReport(report: unknown, options: ValidateOptions = {}): ValidationResult {
  let pack: PreparedPack;
  try {
    pack = choosePack(report, options).pack;
  } catch (error) {
    // No pack for the year: validate against the newest bundled pack so that every other problem is still reported.
    if (options.pack !== undefined || !(error instanceof HuyenHocTapError) || error.code !== "NO_PACK_FOR_YEAR") throw error;
    const packs = bundledPacks();
    pack = packs[packs.length - 1] as PreparedPack;
  }
  return toValidationResult(checkReport(report, pack));
}

/** Picks the pack: the given one (warning when it was not in force), or the bundled one in force. */
export function choosePack(report: unknown, options: EvaluateOptions): { pack: PreparedPack; warnings: EvaluationWarning[] } {
  if (options.asOf !== undefined && (typeof options.asOf !== "string" || !isIsoDate(options.asOf))) {
    const what = `asOf must be a date YYYY-MM-DD, got ${JSON.stringify(options.asOf)}`;
    throw new HuyenHocTapError("INVALID_ARGUMENT", { vi: vi.invalidArgument(what), en: en.invalidArgument(what) });
  }
  const year = report !== null && typeof report === "object" ? (report as Record<string, unknown>)["year"] : undefined;
  const validYear = typeof year === "number" && Number.isInteger(year) ? year : null;
  const date = options.asOf ?? (validYear !== null ? judgementDate(validYear) : null);
  if (options.pack !== undefined) {
    if (options.pack === null || typeof options.pack !== "object") {
      const what = "pack must be a rule pack object";
      throw new HuyenHocTapError("INVALID_ARGUMENT", { vi: vi.invalidArgument(what), en: en.invalidArgument(what) });
    }
    const pack = getPreparedPack(options.pack);
    const warnings: EvaluationWarning[] = [];
    if (date !== null && validYear !== null && !isInForce(pack, date)) {
      const name = `${pack.info.id} ${pack.info.version}`;
      const to = pack.info.effectiveTo ?? "…";
      warnings.push({
        code: "PACK_NOT_IN_FORCE",
        message: { vi: vi.packNotInForce(name, validYear, pack.info.effectiveFrom, to), en: en.packNotInForce(name, validYear, pack.info.effectiveFrom, to) },
      });
    }
    return { pack, warnings };
  }
  const packs = bundledPacks();
  if (date === null || validYear === null) return { pack: packs[packs.length - 1] as PreparedPack, warnings: [] };
  return { pack: selectPack(packs, validYear, date), warnings: [] };
}

/** Judges a valid report. */
export function judge(report: Record<string, unknown>, pack: PreparedPack, warnings: EvaluationWarning[], options: EvaluateOptions = {}): EvaluationResult {
  const blocks = (report["indicators"] ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const meta = report["report"] as { number?: string; date?: string } | undefined;
  const mode: EvalMode = { engine: options.engine === "reference" ? "reference" : "compiled", trace: options.trace === true, reportDate: meta?.date };
  const indicators: IndicatorResult[] = pack.indicators.map((prepared) => {
    const id = prepared.indicator.id;
    const block = Object.prototype.hasOwnProperty.call(blocks, id) ? (blocks[id] ?? undefined) : undefined;
    return evaluateIndicator(prepared, pack, block, mode);
  });
  const rule = pack.pack.conclusion;
  const verdict = conclude(indicators.map((r) => r.verdict), rule);
  const byId = new Map(indicators.map((r) => [r.id, r]));
  const standards = pack.pack.standards;
  const result = {
    verdict,
    label: conclusionLabel(verdict),
    district: report["district"] as string,
    province: report["province"] as string,
    year: report["year"] as number,
    ...(meta ? { report: { ...meta } } : {}),
    indicators,
    criteria: groupResults(
      standards.flatMap((s) => s.criteria.map((c) => ({ id: c.id, title: c.title, indicatorIds: c.indicators.map((i) => i.id) }))),
      byId,
      rule,
    ),
    standards: groupResults(
      standards.map((s) => ({ id: s.id, title: s.title, indicatorIds: s.criteria.flatMap((c) => c.indicators.map((i) => i.id)) })),
      byId,
      rule,
    ),
    summary: summarize(indicators),
  } as EvaluationResult;
  defineLazy(result, "conclusion", () => ({ vi: conclusionText(verdict, indicators, rule, "vi"), en: conclusionText(verdict, indicators, rule, "en") }));
  result.pack = { ...pack.info };
  // The digest of the report is computed from a private copy, on first read.
  const snapshot = JSON.parse(JSON.stringify(report)) as unknown;
  defineLazy(result, "reportDigest", () => digestOf(snapshot));
  result.engine = { ...ENGINE };
  result.warnings = warnings;
  return result;
}
