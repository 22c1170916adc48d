import type { IndicatorResult, Lang, PackInfo, RulePack } from "../types.js";
import { bundledPacks } from "../pack/bundled-packs.js";
import { getPreparedPack } from "../pack/load-pack.js";
import type { PreparedIndicator, PreparedPack } from "../pack/prepared-pack.js";
import { traceLines } from "./trace-lines.js";
import { checkIndicatorResult } from "./check-result.js";
import { checkLang, invalidArgument, optionsObject } from "../invalid-argument.js";
import type { TraceLine } from "./trace-lines.js";

export { computationText, formatTraceValue, traceLines } from "./trace-lines.js";
export type { TraceLine } from "./trace-lines.js";

/** Options of {@link renderTrace}. */
export interface RenderTraceOptions {
  /** Language (default `vi`). */
  lang?: Lang;
  /** The pack that produced the result, for field and threshold labels (default: the newest bundled pack that has the indicator). */
  pack?: RulePack | object;
}

/**
 * Renders an indicator's evaluation tree (from `evaluate(report, { trace: true })`) as lines an auditor can check by
 * hand: the figures read, every computation step with its values (`good + fair = 12 + 1 = 13`,
 * `(good + fair) × 100 ÷ total = 13 × 100 ÷ 13 = 100`), the rounding, and the comparison (`100% ≥ 75% → đúng`).
 * An `if` shows each condition evaluated with its truth, then the branch taken (`còn lại: …`); `≈` marks a value
 * shown rounded. Returns no lines when the result carries no trace.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT` when `indicator` is not an indicator's result (each problem located) or
 * an option is malformed; `PACK_INVALID` when `options.pack` is not a valid pack.
 */
export function renderTrace(indicator: IndicatorResult, options: RenderTraceOptions = {}): TraceLine[] {
  checkIndicatorResult(indicator);
  options = optionsObject(options, ["lang", "pack"]);
  const lang = checkLang(options.lang);
  const packs = options.pack !== undefined ? [getPreparedPack(options.pack)] : [...bundledPacks()].reverse();
  let prepared: PreparedIndicator | null = null;
  let from: PreparedPack | null = null;
  for (const p of packs) {
    if (prepared) break;
    prepared = p.indicators.find((i) => i.indicator.id === indicator.id) ?? null;
    if (prepared) from = p;
  }
  return traceLines(indicator, prepared, lang, from);
}

/**
 * The pack that produced a result: the one given, else the bundled pack with the result's digest, else null. A given
 * pack that is not the one that judged the result (another digest) is refused: its wording would be printed beside
 * verdicts it did not reach.
 */
export function packForResult(info: PackInfo, pack?: RulePack | object): PreparedPack | null {
  if (pack === undefined) return bundledPacks().find((p) => p.info.digest === info.digest) ?? null;
  const prepared = getPreparedPack(pack);
  if (prepared.info.digest !== info.digest) {
    throw invalidArgument(
      `options.pack (${prepared.info.id} ${prepared.info.version}, ${prepared.info.digest}) không phải bộ quy tắc đã đánh giá kết quả này (${info.id} ${info.version}, ${info.digest})`,
      `options.pack (${prepared.info.id} ${prepared.info.version}, ${prepared.info.digest}) is not the rule pack that judged this result (${info.id} ${info.version}, ${info.digest})`,
    );
  }
  return prepared;
}

