import type { EvaluationResult, EvaluationWarning, GroupResult, Issue, IndicatorResult, IndicatorVerdict, Lang, PackInfo, RulePack, Summary, Text, ValidationResult, Verdict } from "./types.js";
import { HuyenHocTapError, isHuyenHocTapError } from "./errors.js";
import { en } from "./explain/messages.en.js";
import { vi } from "./explain/messages.vi.js";
import { conclude, conclusionLabel, conclusionText, groupResults, summarize } from "./conclude.js";
import { evaluateIndicator, indicatorVerdict } from "./evaluate-indicator.js";
import type { EvalMode } from "./evaluate-indicator.js";
import type { ApplyLogic } from "./logic/apply-logic.js";
import type { PreparedIndicator, PreparedPack } from "./pack/prepared-pack.js";
import { judgementDate, selectPack } from "./pack/select-pack.js";
import { digestOf } from "./pack/canonical-json.js";
import { isIsoDate } from "./report/check-value.js";
import { INVALID } from "./report/compile-reader.js";
import { readReport } from "./report/read-report.js";
import { reportIssues, toValidationResult, withIssuesAtNewPaths } from "./report/validate-report.js";
import { ENGINE } from "./version.js";
import { defineLazy, LazyText, plainObjectBase } from "./lazy.js";
import { checkBoolean, checkChoice, invalidArgument, optionsObject, shown } from "./invalid-argument.js";

/**
 * Prepares a pack given as `options.pack` (checking it, unless this library made it), with the warnings about it
 * (`PACK_NOT_IN_FORCE` on the judgement day: `asOf`, else 31 December of the report's `year` when it is a whole
 * number): `resolveGivenPack`.
 */
export type PackResolver = (pack: object, year: number | null, asOf: string | undefined) => { pack: PreparedPack; warnings: EvaluationWarning[] };

/**
 * What `evaluate` and `validateReport` need that an entry point may leave out of its bundle. The main entry gives
 * everything; the CLI loads the pack checker only for `--pack` and has no reference engine; `huyen-hoc-tap/lite`
 * judges with its bundled packs only (no pack checker, no json-logic-js), and is the smallest browser build.
 */
export interface EvaluateParts {
  /** Prepares `options.pack` and warns about it (`resolveGivenPack`); null: this entry takes no pack (the option is refused). */
  resolve: PackResolver | null;
  /** The bundled packs, oldest first. */
  bundled: () => PreparedPack[];
  /** json-logic-js's `apply` for `engine: "reference"`; null: that engine is refused. */
  reference: ApplyLogic | null;
  /** The entry point, named in the error when an option needs a part it left out. */
  entry: string;
}

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

/** The options `evaluate` (and `evaluateMany`) knows. */
export const EVALUATE_OPTIONS: readonly (keyof EvaluateOptions)[] = ["pack", "asOf", "trace", "engine"];

/** Options of {@link validateReport}. */
export interface ValidateOptions {
  /** Validate against this pack instead of the bundled one in force for the report's year. */
  pack?: RulePack | object;
  /** Select the bundled pack in force on this date. */
  asOf?: string;
}

/** `evaluate` (see evaluate.ts), with the parts the entry point gives. */
export function evaluateWith(report: unknown, given: EvaluateOptions | undefined, parts: EvaluateParts): EvaluationResult {
  // No options (the usual call) costs nothing: `evaluate(report)` passes undefined, not an object to copy.
  const options = optionsObject(given, EVALUATE_OPTIONS);
  checkChoice("engine", options.engine, ENGINES);
  checkBoolean("trace", options.trace);
  if (options.engine === "reference" && parts.reference === null) {
    throw invalidArgument(`${parts.entry} không có engine "reference" (json-logic-js); hãy dùng evaluate của "huyen-hoc-tap"`, `engine "reference" (json-logic-js) is not part of ${parts.entry}; use evaluate from "huyen-hoc-tap"`);
  }
  // Fast path, for valid reports: one pass checks the report and makes the private copy that is judged and digested.
  let chosen: ReturnType<typeof choosePack> | null = null;
  try {
    chosen = choosePack(report, options, parts);
  } catch (error) {
    if (isHuyenHocTapError(error)) throw error;
    // A report whose fields throw when read: the slow path reports it.
  }
  const copy = chosen ? chosen.pack.read(report) : INVALID;
  // The year is read twice (to choose the pack, then in the copy): a report answering differently takes the slow path.
  if (chosen && copy !== INVALID && (copy as Record<string, unknown>)["year"] === chosen.year) {
    return judge(copy as Record<string, unknown>, chosen.pack, chosen.warnings, options, parts.reference);
  }
  // Slow path: from here on only the private copy is read (see readReport); it finds every problem, with its path.
  const input = readReport(report);
  report = input.value;
  const { pack, warnings } = choosePack(report, options, parts);
  const issues = reportIssues(input, pack);
  if (issues.length > 0) {
    throw new HuyenHocTapError("REPORT_INVALID", { vi: vi.reportInvalid(issues.length), en: en.reportInvalid(issues.length) }, issues);
  }
  return judge(report as Record<string, unknown>, pack, warnings, options, parts.reference);
}

/** `validateReport` (see evaluate.ts), with the parts the entry point gives. */
export function validateReportWith(report: unknown, given: ValidateOptions | undefined, parts: EvaluateParts): ValidationResult {
  const options = optionsObject(given, ["pack", "asOf"]);
  const input = readReport(report);
  report = input.value;
  let pack: PreparedPack;
  let yearIssues: Issue[] = [];
  try {
    pack = choosePack(report, options, parts).pack;
  } catch (error) {
    // No pack for the year: validate against the newest bundled pack so that every other problem is still reported,
    // and report the year itself (at `/year`), as `evaluate` refuses it: both agree on what is invalid.
    // (A date chosen with `asOf` is the caller's: refused as evaluate refuses it.)
    if (options.pack !== undefined || options.asOf !== undefined || !(error instanceof HuyenHocTapError) || error.code !== "NO_PACK_FOR_YEAR") throw error;
    const packs = parts.bundled();
    pack = packs[packs.length - 1] as PreparedPack;
    yearIssues = error.issues;
  }
  // The year's own problem (its type, its range in the newest pack) says more than "no pack": it is kept alone.
  return toValidationResult(withIssuesAtNewPaths(reportIssues(input, pack), yearIssues));
}

/** Picks the pack: the given one (warning when it was not in force), or the bundled one in force. */
export function choosePack(report: unknown, options: EvaluateOptions, parts: EvaluateParts): { pack: PreparedPack; warnings: EvaluationWarning[]; year: number | null } {
  if (options.asOf !== undefined && (typeof options.asOf !== "string" || !isIsoDate(options.asOf))) {
    throw invalidArgument(`asOf phải là một ngày dạng YYYY-MM-DD, nhưng nhận được ${shown(options.asOf)}`, `asOf must be a date YYYY-MM-DD, got ${shown(options.asOf)}`);
  }
  const year = report !== null && typeof report === "object" ? (report as Record<string, unknown>)["year"] : undefined;
  const validYear = typeof year === "number" && Number.isInteger(year) ? year : null;
  if (options.pack !== undefined) {
    if (options.pack === null || typeof options.pack !== "object") {
      throw invalidArgument(`pack phải là một bộ quy tắc (đối tượng), nhưng nhận được ${shown(options.pack)}`, `pack must be a rule pack object, got ${shown(options.pack)}`);
    }
    if (parts.resolve === null) {
      throw invalidArgument(`${parts.entry} chỉ đánh giá theo các bộ quy tắc đi kèm; để đánh giá theo bộ quy tắc khác hãy dùng evaluate của "huyen-hoc-tap"`, `${parts.entry} judges with its bundled packs only; to judge with another pack use evaluate from "huyen-hoc-tap"`);
    }
    const { pack, warnings } = parts.resolve(options.pack, validYear, options.asOf);
    return { pack, warnings, year: validYear };
  }
  const packs = parts.bundled();
  if (validYear === null) return { pack: packs[packs.length - 1] as PreparedPack, warnings: [], year: validYear };
  if (options.asOf === undefined) {
    let byYear = inForce.get(packs);
    if (byYear === undefined) inForce.set(packs, (byYear = new Map()));
    let pack = byYear.get(validYear);
    if (pack === undefined) {
      pack = selectPack(packs, validYear, judgementDate(validYear));
      byYear.set(validYear, pack);
    }
    return { pack, warnings: [], year: validYear };
  }
  return { pack: selectPack(packs, validYear, options.asOf, true), warnings: [], year: validYear };
}

/** For each list of bundled packs, the pack in force for each year already asked for (bundled packs never change). */
const inForce = new WeakMap<PreparedPack[], Map<number, PreparedPack>>();

const ENGINES = ["compiled", "reference"] as const;

/** The result of `evaluate`: plain fields, and the conclusion and report digest computed when first read. */
class EvaluationResultObject extends plainObjectBase() implements EvaluationResult {
  declare verdict: Verdict;
  declare label: Text;
  declare district: string;
  declare province: string;
  declare year: number;
  declare report?: { number?: string; date?: string };
  declare indicators: IndicatorResult[];
  declare criteria: GroupResult[];
  declare standards: GroupResult[];
  declare summary: Summary;
  declare conclusion: Text;
  declare pack: PackInfo;
  declare reportDigest: string;
  declare engine: { name: string; version: string };
  declare warnings: EvaluationWarning[];
  #report: Record<string, unknown>;
  #verdicts: IndicatorVerdict[];
  #pack: PreparedPack;
  #conclusion: Text | undefined;
  #reportDigest: string | undefined;

  /**
   * Own, enumerable getters that compute once and cache (see IndicatorResultObject). The conclusion is written from
   * the engine's own verdicts, not from the result's fields, which the caller may have changed before reading it.
   */
  static readonly #CONCLUSION = function (this: EvaluationResultObject): Text {
    return (this.#conclusion ??= new LazyText(conclusionOf, this.#verdicts, this.#pack));
  };

  /** The conclusion of a result, for its summary's text (a static function: no closure per result). */
  static readonly #conclusionOf = (result: EvaluationResultObject): Text => EvaluationResultObject.#CONCLUSION.call(result);

  /** The digest of the engine's private copy of the report: it cannot change after evaluation. */
  static readonly #REPORT_DIGEST = function (this: EvaluationResultObject): string {
    return (this.#reportDigest ??= digestOf(this.#report));
  };

  constructor(report: Record<string, unknown>, verdicts: IndicatorVerdict[], indicators: IndicatorResult[], pack: PreparedPack, warnings: EvaluationWarning[]) {
    super();
    const rule = pack.pack.conclusion;
    this.#report = report;
    this.#verdicts = verdicts;
    this.#pack = pack;
    this.#conclusion = undefined;
    this.#reportDigest = undefined;
    const verdict = conclude(verdicts, rule);
    // Fields in the order of the EvaluationResult type (and of the JSON).
    this.verdict = verdict;
    this.label = conclusionLabel(verdict);
    this.district = report["district"] as string;
    this.province = report["province"] as string;
    this.year = report["year"] as number;
    const meta = report["report"] as { number?: string; date?: string } | undefined;
    if (meta) this.report = copyMeta(meta);
    this.indicators = indicators;
    this.criteria = groupResults(pack.groups.criteria, verdicts, rule);
    this.standards = groupResults(pack.groups.standards, verdicts, rule);
    this.summary = summarize(indicators, this, EvaluationResultObject.#conclusionOf);
    defineLazy(this, "conclusion", EvaluationResultObject.#CONCLUSION);
    this.pack = copyInfo(pack.info);
    defineLazy(this, "reportDigest", EvaluationResultObject.#REPORT_DIGEST);
    this.engine = { name: ENGINE.name, version: ENGINE.version };
    this.warnings = warnings;
  }
}

/** The conclusion line of a result in one language, from its verdicts (in pack order). */
function conclusionOf(verdicts: IndicatorVerdict[], pack: PreparedPack, lang: Lang): string {
  const rule = pack.pack.conclusion;
  return conclusionText(conclude(verdicts, rule), pack.indicatorIds, verdicts, rule, lang);
}

/**
 * A copy of the report's number and date, keys in their order (a spread is slow in V8's hot paths). A `null` means
 * "not given" in a report, and is left out: the result's `report.number` and `report.date` are strings when present.
 */
function copyMeta(meta: { number?: string | null; date?: string | null }): { number?: string; date?: string } {
  const out: Record<string, unknown> = {};
  for (const key in meta) {
    if (!Object.prototype.hasOwnProperty.call(meta, key)) continue;
    const value = (meta as Record<string, unknown>)[key];
    if (value !== null && value !== undefined) out[key] = value;
  }
  return out as { number?: string; date?: string };
}

/** A copy of the pack's identity. */
function copyInfo(info: PackInfo): PackInfo {
  // Written out twice to keep the keys in the order of PackInfo, with effectiveTo only when the pack has one.
  if (info.effectiveTo === undefined) return { id: info.id, version: info.version, digest: info.digest, effectiveFrom: info.effectiveFrom, verified: info.verified, keyId: info.keyId };
  return { id: info.id, version: info.version, digest: info.digest, effectiveFrom: info.effectiveFrom, effectiveTo: info.effectiveTo, verified: info.verified, keyId: info.keyId };
}

/** Judges a valid report. */
export function judge(report: Record<string, unknown>, pack: PreparedPack, warnings: EvaluationWarning[], options: EvaluateOptions = {}, reference: ApplyLogic | null = null): EvaluationResult {
  const meta = report["report"] as { number?: string; date?: string } | undefined;
  const mode: EvalMode = { apply: options.engine === "reference" ? reference : null, trace: options.trace === true, reportDate: typeof meta?.date === "string" ? meta.date : undefined };
  const prepared = pack.indicators;
  const n = prepared.length;
  const indicators: IndicatorResult[] = new Array<IndicatorResult>(n);
  const verdicts: IndicatorVerdict[] = new Array<IndicatorVerdict>(n);
  const blocks = blocksOf(report, pack);
  for (let i = 0; i < n; i++) {
    const result = evaluateIndicator(prepared[i] as PreparedIndicator, pack, blocks[i] ?? undefined, mode);
    indicators[i] = result;
    verdicts[i] = result.verdict;
  }
  return new EvaluationResultObject(report, verdicts, indicators, pack, warnings);
}

/**
 * The verdicts alone, for `simulate`: each indicator's into `verdicts` (pack order), and the conclusion returned; or
 * null when the fast reader refuses the report (the caller then lets `evaluate` say why). Decided by the same code
 * as `judge`, without building results, reasons or flags.
 */
export function judgeVerdicts(report: unknown, pack: PreparedPack, verdicts: IndicatorVerdict[]): Verdict | null {
  const copy = pack.read(report);
  if (copy === INVALID) return null;
  const prepared = pack.indicators;
  const blocks = blocksOf(copy as Record<string, unknown>, pack);
  for (let i = 0; i < prepared.length; i++) verdicts[i] = indicatorVerdict(prepared[i] as PreparedIndicator, pack, blocks[i] ?? undefined);
  return conclude(verdicts, pack.pack.conclusion);
}

/** The blocks of a valid report's copy in the pack's order: read by the generated code when the pack has it. */
function blocksOf(report: Record<string, unknown>, pack: PreparedPack): (Record<string, unknown> | null | undefined)[] {
  return pack.rules !== null ? pack.rules.blocks(report, new Array(pack.indicators.length)) : blocksByName(report, pack.indicators);
}

/** The blocks of a valid report's copy in the pack's order (undefined when absent). */
function blocksByName(report: Record<string, unknown>, prepared: PreparedPack["indicators"]): (Record<string, unknown> | null | undefined)[] {
  const blocks = (report["indicators"] ?? {}) as Record<string, Record<string, unknown> | null | undefined>;
  return prepared.map((p) => (Object.prototype.hasOwnProperty.call(blocks, p.indicator.id) ? blocks[p.indicator.id] : undefined));
}
