import { basename } from "node:path";
import { parseArgs } from "node:util";
import { Simulation } from "../batch/simulate.js";
import type { SimulationVariant } from "../batch/simulate.js";
import type { BatchError, BatchFailure } from "../batch/evaluate-many.js";
import type { Lang, Text } from "../types.js";
import { assessedUnitOf } from "../explain/assessed-unit.js";
import { readSources } from "../node/read-reports.js";
import { formatNumber } from "../explain/format-number.js";
import { displayLine } from "../explain/display-text.js";
import { EXIT } from "./usage.js";
import { noReports, Progress } from "./batch.js";
import { loadPackOption } from "./load-pack-option.js";
import type { BatchIo } from "./batch.js";
import { usageProblem } from "./usage-problem.js";
import { issuePath } from "./issue-path.js";
import { bothLanguages, tabLine } from "./tab-line.js";

/** Help for `huyen-hoc-tap simulate`. */
export const SIMULATE_USAGE = `Cách dùng / Usage:
  huyen-hoc-tap simulate <thư mục / directory | reports.jsonl | reports.json> --pack <a.json> [--pack <b.json> …]
      [--format text|json] [--lang vi|en]
  Chấm mọi báo cáo theo từng bộ quy tắc và đếm số đơn vị (huyện, xã… theo bộ quy tắc) đạt từng chỉ báo và kết luận.
  Judges every report with every pack and counts the units (districts, communes… as the pack says) that meet each
  indicator, and the conclusions.
  Báo cáo / Reports: các tệp .json, .jsonl của thư mục (mỗi tệp đọc như khi đưa riêng), mỗi dòng của tệp JSON Lines
  (.jsonl, .ndjson), hoặc một tệp JSON tên khác (một báo cáo hay một mảng báo cáo), như evaluate / a directory's .json
  and .jsonl files (each read as if given alone), a JSON Lines file's lines (.jsonl, .ndjson), or any other file as JSON
  (one report or an array), as evaluate reads them.
  Mỗi báo cáo không hợp lệ được chỉ rõ trên stderr (tệp hoặc số dòng, rồi đường dẫn JSON), một lần nếu mọi bộ quy tắc
  đều bác nó. / Each invalid report is located on stderr (file or line number, then the JSON path), once if every pack
  refuses it.
Mã thoát / Exit codes: 0 thành công (báo cáo không hợp lệ được đếm, không dừng) / success (invalid reports are counted,
  not fatal), 2 bộ quy tắc không hợp lệ, không có báo cáo, hoặc cách gọi sai / invalid pack, no reports, or invalid usage.
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
  const packs = await Promise.all(files.map(async (file) => ({ name: basename(file), pack: await loadPackOption(file) })));
  // Each report is judged by every variant as it is read, and not kept: a folder of 60 000 reports is counted in the
  // memory of one (only the sources and the invalid reports' errors are kept).
  const simulation = new Simulation(packs);
  const sources: string[] = [];
  // Why each unreadable report could not be read, by index: said with the others, and in its variants' invalidReports.
  const unreadable = new Map<number, BatchError>();
  // Reading a large folder takes the time: a progress bar on a terminal, as for a batch.
  const progress = new Progress(io, lang);
  for await (const { item, fraction } of readSources(positionals[0] as string)) {
    const index = sources.length;
    sources.push(item.source);
    if (!("error" in item)) simulation.add(item.value);
    else {
      // Unreadable: invalid for every variant (a null report is refused by every pack).
      unreadable.set(index, item.error);
      simulation.add(null);
    }
    progress.update(sources.length, fraction);
  }
  progress.done();
  if (sources.length === 0) {
    io.stderr.write(noReports(positionals[0] as string));
    return EXIT.usage;
  }
  const variants = simulation.variants().map((v) => withSources(v, sources, unreadable));
  // On stderr, in input order (unreadable and refused alike), before the table: on a terminal the table stays in one
  // piece, at the end.
  io.stderr.write(renderInvalidReports(variants, sources, unreadable, lang));
  io.stdout.write(values.format === "json" ? `${JSON.stringify(variants, null, 2)}\n` : renderSimulation(variants, lang, assessedUnitOf(packs[0]?.pack).plural));
  return 0;
}

const LABELS: Record<Lang, { title: (n: number) => string; pack: string; invalid: string; met: string; notMet: string; insufficient: string; indicators: (units: Text) => string; na: string; nd: string; under: (names: string) => string; more: (n: number) => string }> = {
  vi: {
    title: (n) => `Mô phỏng trên ${formatNumber(n, "vi", 0)} báo cáo`,
    pack: "Bộ quy tắc",
    invalid: "Báo cáo không hợp lệ",
    met: "Kết luận đạt",
    notMet: "Kết luận không đạt",
    insufficient: "Chưa đủ căn cứ kết luận",
    indicators: (units) => `Số ${units.vi} đạt từng chỉ báo (không áp dụng, chưa đủ số liệu):`,
    na: "không áp dụng",
    nd: "chưa đủ số liệu",
    under: (names) => `theo bộ quy tắc ${names}`,
    more: (n) => `và ${formatNumber(n, "vi", 0)} lỗi khác`,
  },
  en: {
    title: (n) => `Simulation over ${formatNumber(n, "en", 0)} report${n === 1 ? "" : "s"}`,
    pack: "Rule pack",
    invalid: "Invalid reports",
    met: "Conclusion met",
    notMet: "Conclusion not met",
    insufficient: "Insufficient data",
    indicators: (units) => `${units.en.charAt(0).toUpperCase()}${units.en.slice(1)} meeting each indicator (not applicable, insufficient data):`,
    na: "not applicable",
    nd: "insufficient data",
    under: (names) => `under ${names}`,
    more: (n) => `and ${formatNumber(n, "en", 0)} more`,
  },
};

/** A report a variant refuses, located as `evaluate --format jsonl` locates it: `index` counts reports only. */
type LocatedFailure = BatchFailure & {
  /** Where it came from: `reports.jsonl:7` (blank lines are not reports, so the line may not be `index + 1`), `a.json`, `reports.json#/3`. */
  source: string;
};

/** What `simulate --format json` prints for a variant: its invalid reports each with its source. */
type LocatedVariant = Omit<SimulationVariant, "invalidReports"> & {
  /** As `simulate` gives them, each with its `source` first. */
  invalidReports: LocatedFailure[];
};

/**
 * A variant whose invalid reports carry their source, and, when unreadable, their read error (bad JSON, line 3)
 * rather than the pack's refusal of `null`.
 */
function withSources(variant: SimulationVariant, sources: readonly string[], unreadable: ReadonlyMap<number, BatchError>): LocatedVariant {
  const invalidReports = variant.invalidReports.map(({ index, ok, error }) => ({ source: sources[index] ?? `#${index}`, index, ok, error: unreadable.get(index) ?? error }));
  return { ...variant, invalidReports };
}

/**
 * Each invalid report, located as `evaluate` locates it in a batch: its source (`reports.jsonl:7`, `dir/a.json`,
 * `reports.json#/3`) with the error, then its first issue's JSON path and message. A report refused the same way by
 * every variant is printed once; otherwise once per refusal, naming the variants. An unreadable report is printed once,
 * with why it could not be read. All in input order.
 */
export function renderInvalidReports(variants: readonly SimulationVariant[], sources: readonly string[], unreadable: ReadonlyMap<number, BatchError>, lang: Lang): string {
  // index → the text of each distinct refusal → the variants that refuse the report that way
  const refusals = new Map<number, Map<string, string[]>>();
  for (const v of variants) {
    for (const { index, error } of v.invalidReports) {
      if (unreadable.has(index)) continue;
      let byText = refusals.get(index);
      if (!byText) refusals.set(index, (byText = new Map()));
      const text = renderInvalid(sources[index] ?? `#${index}`, error, lang);
      byText.set(text, [...(byText.get(text) ?? []), v.name]);
    }
  }
  let out = "";
  for (const index of [...refusals.keys(), ...unreadable.keys()].sort((a, b) => a - b)) {
    const error = unreadable.get(index);
    if (error) {
      out += renderInvalid(sources[index] ?? `#${index}`, error, lang);
      continue;
    }
    const byText = refusals.get(index) as Map<string, string[]>;
    const [only] = byText.values();
    if (byText.size === 1 && only?.length === variants.length) {
      out += byText.keys().next().value as string;
      continue;
    }
    for (const [text, names] of byText) {
      // The variants' names go on the error's line: the first line of the text.
      const end = text.indexOf("\n");
      out += `${text.slice(0, end)} (${displayLine(LABELS[lang].under(names.join(", "))).replaceAll("\t", " ")})${text.slice(end)}`;
    }
  }
  return out;
}

/**
 * One invalid report: `source<TAB>CODE: vi / en`, then `source<TAB>  path<TAB>[ISSUE] vi / en` for its first issue
 * (messages in both languages, Vietnamese first, as `evaluate` prints them); each line through {@link tabLine} (a file
 * name, an issue's path or message can carry a report's text, and a tab in it would add a field).
 */
function renderInvalid(source: string, error: BatchError, lang: Lang): string {
  let text = tabLine([source, `${error.code}: ${bothLanguages(error.message)}`]);
  const [first] = error.issues;
  if (first) {
    const more = error.issues.length > 1 ? ` (${LABELS[lang].more(error.issues.length - 1)})` : "";
    text += tabLine([source, `  ${issuePath(first.path, lang)}`, `[${first.code}] ${bothLanguages(first.message)}${more}`]);
  }
  return text;
}

/**
 * Every indicator of any variant, once: the first pack's in its order, then those the others add, in the order they
 * come (a draft that adds or drops an indicator is what a simulation compares).
 */
function indicatorIds(variants: readonly SimulationVariant[]): string[] {
  const ids = new Set<string>();
  for (const v of variants) for (const id of Object.keys(v.indicators)) ids.add(id);
  return [...ids];
}

/**
 * A table: one column per variant; rows for the conclusions, then the units meeting each indicator (of any variant:
 * `—` where a pack lacks it), with the change from the first variant. `units` is the plural noun of the unit the packs
 * assess (the first pack's `assessedUnit.plural`; default huyện / districts). The packs' file names, ids, versions,
 * indicator ids and the noun go through {@link displayLine} before the columns are measured.
 */
export function renderSimulation(variants: SimulationVariant[], lang: Lang, units: Text = assessedUnitOf(null).plural): string {
  const l = LABELS[lang];
  const indicatorsLabel = displayLine(l.indicators(units));
  const first = variants[0];
  if (!first) return "";
  const count = (n: number): string => formatNumber(n, lang, 0); // 1.210 in Vietnamese, 1,210 in English
  const delta = (value: number, base: number): string => (value === base || variants.length < 2 ? count(value) : `${count(value)} (${value > base ? "+" : "−"}${count(Math.abs(value - base))})`);
  const rows: [string, string[]][] = [
    ["", variants.map((v) => displayLine(v.name))],
    [l.pack, variants.map((v) => displayLine(`${v.pack.id} ${v.pack.version}`))],
    ["", variants.map((v) => displayLine(v.pack.digest.slice(0, 19)))],
    [l.invalid, variants.map((v) => delta(v.invalid, first.invalid))],
    [l.met, variants.map((v) => delta(v.verdicts.met, first.verdicts.met))],
    [l.notMet, variants.map((v) => delta(v.verdicts.not_met, first.verdicts.not_met))],
    [l.insufficient, variants.map((v) => delta(v.verdicts.insufficient_data, first.verdicts.insufficient_data))],
    [indicatorsLabel, variants.map(() => "")],
  ];
  for (const id of indicatorIds(variants)) {
    const b = first.indicators[id];
    rows.push([
      `  ${displayLine(id)}`,
      variants.map((v) => {
        const c = v.indicators[id];
        if (!c) return "—";
        const extra = c.not_applicable > 0 || c.insufficient_data > 0 ? ` (${count(c.not_applicable)} ${l.na}, ${count(c.insufficient_data)} ${l.nd})` : "";
        // An indicator the first pack lacks has no change to show: its counts alone.
        return `${b ? delta(c.met, b.met) : count(c.met)}${extra}`;
      }),
    ]);
  }
  const labelWidth = Math.max(...rows.filter(([label]) => label !== indicatorsLabel).map(([label]) => label.length)) + 2;
  const widths = variants.map((_, i) => Math.max(...rows.map(([, cells]) => (cells[i] ?? "").length)) + 3);
  const lines = [l.title(first.total), ""];
  for (const [label, cells] of rows) {
    if (label === indicatorsLabel) {
      lines.push("", label);
      continue;
    }
    lines.push((label.padEnd(labelWidth) + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("")).trimEnd());
  }
  return `${lines.join("\n")}\n`;
}
