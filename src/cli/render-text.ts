import type { EvaluationResult, Lang } from "../types.js";

/** The result as plain text for a terminal: one line per indicator with its reason, then the summary. */
export function renderText(result: EvaluationResult, lang: Lang): string {
  const head = lang === "vi"
    ? `Huyện ${result.district}, tỉnh ${result.province}, năm ${result.year}${result.report?.number ? ` (báo cáo ${result.report.number})` : ""}`
    : `${result.district} district, ${result.province} province, year ${result.year}${result.report?.number ? ` (report ${result.report.number})` : ""}`;
  const lines = [head, ""];
  for (const r of result.indicators) lines.push(`${r.id.padEnd(8)} ${r.label[lang].padEnd(16)} ${r.reason[lang]}`);
  lines.push("", ...result.summary.text[lang].split("; "), result.conclusion[lang], "");
  for (const w of result.warnings) lines.push(`! ${w.message[lang]}`);
  lines.push(`${lang === "vi" ? "Bộ quy tắc" : "Rule pack"}: ${result.pack.id} ${result.pack.version} ${result.pack.digest}`, "");
  return lines.join("\n");
}
