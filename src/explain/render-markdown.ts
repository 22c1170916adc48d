import type { EvaluationResult, Lang } from "../types.js";

const esc = (s: string): string => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** The result as a Markdown table with the summary and the pack's identity. */
export function renderMarkdown(result: EvaluationResult, lang: Lang): string {
  const vi = lang === "vi";
  const lines = [
    vi ? `# Kết quả đánh giá: huyện ${result.district}, tỉnh ${result.province}, năm ${result.year}` : `# Evaluation: ${result.district} district, ${result.province} province, year ${result.year}`,
    "",
    vi ? "| Chỉ báo | Kết quả | Lý do |" : "| Indicator | Verdict | Reason |",
    "|---|---|---|",
    ...result.indicators.map((r) => `| ${r.id} | ${r.label[lang]} | ${esc(r.reason[lang])} |`),
    "",
    ...result.summary.text[lang].split("; ").map((l) => `- ${l}`),
    `- ${result.conclusion[lang]}`,
    "",
    `${vi ? "Bộ quy tắc" : "Rule pack"}: \`${result.pack.id}\` ${result.pack.version}, \`${result.pack.digest}\``,
    "",
  ];
  return lines.join("\n");
}
