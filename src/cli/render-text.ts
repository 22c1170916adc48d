import type { EvaluationResult, Lang, RulePack } from "../types.js";
import type { traceLines } from "../explain/trace-lines.js";
import { documentMessagesFor } from "../explain/document-messages.js";
import { displayLine } from "../explain/display-text.js";
import { placeName, summaryLines } from "../explain/place-name.js";
import { assessedUnitOf } from "../explain/assessed-unit.js";
import { litePacks } from "../pack/lite-packs.js";
import type { PreparedPack } from "../pack/prepared-pack.js";
import { preparedPacks } from "../pack/prepared-packs.js";
import type { PackInfo } from "../types.js";

/** Options of {@link renderText}. */
export interface RenderTextOptions {
  /** Print each indicator's computation step by step (when the result carries traces). */
  trace?: boolean;
  /** The pack that produced the result, for field labels and the noun of the unit it assesses. */
  pack?: RulePack;
  /**
   * How a trace is written (`traceLines` of explain/trace-lines.ts), needed with `trace`: the CLI imports it only then,
   * so that the plain answer starts without the renderer of rules.
   */
  traceLines?: typeof traceLines;
}

/**
 * The result as plain text for a terminal: one line per indicator with its reason, the auditor's flags under it
 * (and its trace with `trace`), then the summary, the conclusion and the pack's identity. Texts of the report and the
 * pack reach the terminal without their controls (ESC sequences, BEL, CR…) or bidirectional formatting characters,
 * each shown as U+FFFD, and a line break inside a text becomes a space ({@link displayLine}).
 */
export function renderText(result: EvaluationResult, lang: Lang, options: RenderTextOptions = {}): string {
  const pack = packOf(result.pack, options.pack);
  // The unit's noun is the pack's (a learning-commune pack's "Xã Tân Hội"), else huyện.
  const noun = assessedUnitOf(pack?.pack).name;
  const place = documentMessagesFor(lang).appendix.place(placeName(result.district, "district", noun), placeName(result.province, "province"), result.year);
  const head = `${place}${result.report?.number ? ` (${lang === "vi" ? "báo cáo" : "report"} ${result.report.number})` : ""}`;
  const lines = [head, ""];
  for (const r of result.indicators) {
    lines.push(`${r.id.padEnd(8)} ${r.label[lang].padEnd(16)} ${r.reason[lang]}`);
    for (const f of r.flags) lines.push(`${" ".repeat(26)}⚠ ${f.message[lang]}`);
    if (options.trace && options.traceLines) {
      const prepared = pack?.indicators.find((p) => p.indicator.id === r.id) ?? null;
      for (const l of options.traceLines(r, prepared, lang, pack)) lines.push(`${" ".repeat(26)}${l.kind === "input" ? "· " : "  "}${l.text}`);
    }
  }
  lines.push("", ...summaryLines(result, lang), result.conclusion[lang], "");
  for (const w of result.warnings) lines.push(`! ${w.message[lang]}`);
  lines.push(`${lang === "vi" ? "Bộ quy tắc" : "Rule pack"}: ${result.pack.id} ${result.pack.version} ${result.pack.digest}`, "");
  return lines.map(displayLine).join("\n");
}

/**
 * The pack that produced a result: the one given (already loaded by the CLI), else the bundled one with its digest —
 * its lite form, which holds all that a trace reads (labels, rules, thresholds) and starts faster.
 */
function packOf(info: PackInfo, pack?: RulePack): PreparedPack | null {
  if (pack !== undefined) return preparedPacks.get(pack) ?? null;
  return litePacks().find((p) => p.info.digest === info.digest) ?? null;
}
