import { basename } from "node:path";
import { parseArgs } from "node:util";
import { simulate } from "../batch/simulate.js";
import type { SimulationVariant } from "../batch/simulate.js";
import { loadPackFile } from "../node/index.js";
import type { Lang } from "../types.js";
import { readSources } from "../node/read-reports.js";
import { formatNumber } from "../explain/format-number.js";
import { EXIT } from "./usage.js";
import { Progress } from "./batch.js";
import type { BatchIo } from "./batch.js";
import { usageProblem } from "./usage-problem.js";

/** Help for `huyen-hoc-tap simulate`. */
export const SIMULATE_USAGE = `Cách dùng / Usage:
  huyen-hoc-tap simulate <thư mục / directory | reports.jsonl | reports.json> --pack <a.json> [--pack <b.json> …]
      [--format text|json] [--lang vi|en]
  Chấm mọi báo cáo theo từng bộ quy tắc và đếm số huyện đạt từng chỉ báo và kết luận.
  Judges every report with every pack and counts the districts that meet each indicator, and the conclusions.
  Báo cáo / Reports: các tệp .json của thư mục, mỗi dòng của tệp JSON Lines, hoặc một tệp .json (một báo cáo hay một
  mảng báo cáo) / a directory's .json files, a JSON Lines file's lines, or a .json file (one report or an array).
Mã thoát / Exit codes: 0 thành công / success (invalid reports are counted, not fatal), 2 dữ liệu hoặc cách gọi không
  hợp lệ / invalid pack, no reports, or invalid usage.
`;

class UsageError extends Error {}

/** `huyen-hoc-tap simulate <reports> --pack a.json --pack b.json`: what each pack variant would decide. */
export async function runSimulate(args: string[], io: BatchIo): Promise<number> {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { pack: { type: "string", multiple: true }, format: { type: "string", default: "text" }, lang: { type: "string", default: "vi" } },
    }));
    if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format: text | json (nhận được / got ${values.format})`);
    if (values.lang !== "vi" && values.lang !== "en") throw new UsageError(`--lang: vi | en (nhận được / got ${values.lang})`);
    if (positionals.length !== 1) throw new UsageError("simulate cần đúng một thư mục, tệp JSON Lines hoặc tệp .json các báo cáo / simulate takes exactly one directory, JSON Lines file or .json file of reports");
    if ((values.pack ?? []).length === 0) throw new UsageError("simulate cần ít nhất một / needs at least one --pack <pack.json>");
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error)) {
      io.stderr.write(`${usageProblem(error)}\n${SIMULATE_USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
  const lang: Lang = values.lang === "en" ? "en" : "vi";
  const files = values.pack ?? [];
  const packs = await Promise.all(files.map(async (file) => ({ name: basename(file), pack: await loadPackFile(file) })));
  const reports: unknown[] = [];
  // Reading a large folder takes the time: a progress bar on a terminal, as for a batch.
  const progress = new Progress(io, lang);
  for await (const { item, fraction } of readSources(positionals[0] as string)) {
    if ("value" in item) reports.push(item.value);
    else {
      // Unreadable: invalid for every variant (a null report is refused by every pack).
      reports.push(null);
      progress.done();
      io.stderr.write(`${item.source}\t${item.error.code}: ${item.error.message[lang]}\n`);
      for (const issue of item.error.issues) io.stderr.write(`${item.source}\t  ${issue.path || "/"}\t[${issue.code}] ${issue.message[lang]}\n`);
    }
    progress.update(reports.length, fraction);
  }
  progress.done();
  if (reports.length === 0) {
    io.stderr.write(`Không có báo cáo nào / No reports in ${positionals[0] as string}\n`);
    return EXIT.usage;
  }
  const variants = simulate(reports, packs);
  io.stdout.write(values.format === "json" ? `${JSON.stringify(variants, null, 2)}\n` : renderSimulation(variants, lang));
  return 0;
}

const LABELS: Record<Lang, { title: (n: number) => string; pack: string; invalid: string; met: string; notMet: string; insufficient: string; indicators: string; na: string }> = {
  vi: {
    title: (n) => `Mô phỏng trên ${formatNumber(n, "vi", 0)} báo cáo`,
    pack: "Bộ quy tắc",
    invalid: "Báo cáo không hợp lệ",
    met: "Kết luận đạt",
    notMet: "Kết luận không đạt",
    insufficient: "Chưa đủ căn cứ kết luận",
    indicators: "Số huyện đạt từng chỉ báo (không áp dụng, chưa đủ căn cứ):",
    na: "k.á.d.",
  },
  en: {
    title: (n) => `Simulation over ${formatNumber(n, "en", 0)} report${n === 1 ? "" : "s"}`,
    pack: "Rule pack",
    invalid: "Invalid reports",
    met: "Conclusion met",
    notMet: "Conclusion not met",
    insufficient: "Insufficient data",
    indicators: "Districts meeting each indicator (not applicable, insufficient data):",
    na: "n/a",
  },
};

/** A table: one column per variant; rows for the conclusions, then the districts meeting each indicator. */
export function renderSimulation(variants: SimulationVariant[], lang: Lang): string {
  const l = LABELS[lang];
  const first = variants[0];
  if (!first) return "";
  const count = (n: number): string => formatNumber(n, lang, 0); // 1.210 in Vietnamese, 1,210 in English
  const delta = (value: number, base: number): string => (value === base || variants.length < 2 ? count(value) : `${count(value)} (${value > base ? "+" : "−"}${count(Math.abs(value - base))})`);
  const rows: [string, string[]][] = [
    ["", variants.map((v) => v.name)],
    [l.pack, variants.map((v) => `${v.pack.id} ${v.pack.version}`)],
    ["", variants.map((v) => v.pack.digest.slice(0, 19))],
    [l.invalid, variants.map((v) => delta(v.invalid, first.invalid))],
    [l.met, variants.map((v) => delta(v.verdicts.met, first.verdicts.met))],
    [l.notMet, variants.map((v) => delta(v.verdicts.not_met, first.verdicts.not_met))],
    [l.insufficient, variants.map((v) => delta(v.verdicts.insufficient_data, first.verdicts.insufficient_data))],
    [l.indicators, variants.map(() => "")],
  ];
  for (const id of Object.keys(first.indicators)) {
    rows.push([
      `  ${id}`,
      variants.map((v) => {
        const c = v.indicators[id];
        const b = first.indicators[id];
        if (!c || !b) return "—";
        const extra = c.not_applicable > 0 || c.insufficient_data > 0 ? ` (${count(c.not_applicable)} ${l.na}, ${count(c.insufficient_data)} ?)` : "";
        return `${delta(c.met, b.met)}${extra}`;
      }),
    ]);
  }
  const labelWidth = Math.max(...rows.filter(([label]) => label !== l.indicators).map(([label]) => label.length)) + 2;
  const widths = variants.map((_, i) => Math.max(...rows.map(([, cells]) => (cells[i] ?? "").length)) + 3);
  const lines = [l.title(first.total), ""];
  for (const [label, cells] of rows) {
    if (label === l.indicators) {
      lines.push("", label);
      continue;
    }
    lines.push((label.padEnd(labelWidth) + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("")).trimEnd());
  }
  return `${lines.join("\n")}\n`;
}
