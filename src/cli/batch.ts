import { parseArgs } from "node:util";
import { evaluateOne, unreadableOne, withPreparedPack } from "../batch/evaluate-many.js";
import type { BatchItem } from "../batch/evaluate-many.js";
import type { Lang, Verdict } from "../types.js";
import { readSources } from "../node/read-reports.js";
import { formatNumber } from "../explain/format-number.js";
import { messagesFor } from "../explain/messages-for.js";
import { displayLine } from "../explain/display-text.js";
import { issuePath } from "./issue-path.js";
import { loadPackOption } from "./load-pack-option.js";
import { EXIT } from "./usage.js";
import type { CliIo } from "./usage.js";
import { usageProblem } from "./usage-problem.js";
import { bothLanguages, tabLine } from "./tab-line.js";

/** What the batch commands write to, plus an optional clock (tests pass their own). */
export interface BatchIo extends CliIo {
  stdout: CliIo["stdout"] & { isTTY?: boolean };
  stderr: CliIo["stderr"] & { isTTY?: boolean; columns?: number };
  /** Milliseconds, for the progress bar; `performance.now` by default. */
  now?: () => number;
}

/** A mistake in how the command was called: printed with the help, exit code 2. */
export class BatchUsageError extends Error {}

/** Help for the batch forms of `evaluate`. */
export const BATCH_USAGE = `Cách dùng / Usage:
  huyen-hoc-tap evaluate <thư mục / directory | reports.jsonl | [mảng / array].json> [--pack <pack.json>] [--lang vi|en]
      [--format text|json|jsonl] [--exit-zero]
  Mỗi báo cáo một dòng kết quả, rồi dòng tổng hợp; báo cáo lỗi được chỉ rõ (tệp hoặc số dòng, rồi đường dẫn JSON)
  mà không dừng cả lô. / One line per report, then a summary; a bad report gets its own located error (file or line
  number, then the JSON path) and never stops the batch. Dưới dòng của báo cáo: mỗi cảnh báo (!) hoặc mỗi lỗi, bằng
  tiếng Việt rồi tiếng Anh / Under a report's line: each warning (!) or issue, in Vietnamese then English.
Mã thoát / Exit codes: 2 nếu có báo cáo không hợp lệ / if any report is invalid; nếu không, theo kết quả kém nhất /
  otherwise the worst verdict: 1 không đạt / not met, rồi / then 3 chưa đủ căn cứ / insufficient data, còn lại / else
  0 đạt / met.
  --exit-zero: 0 khi mọi báo cáo đều được chấm (vẫn 2 nếu có báo cáo không hợp lệ) / 0 whenever every report was
  judged (still 2 if any is invalid).
`;

/** `huyen-hoc-tap evaluate <dir | file.jsonl | array.json> …`: judges every report, one line each, then a summary. */
export async function runBatch(args: string[], io: BatchIo): Promise<number> {
  let parsed;
  try {
    parsed = parseBatchArgs(args);
  } catch (error) {
    if (error instanceof BatchUsageError || (error instanceof TypeError && "code" in error)) {
      io.stderr.write(`${usageProblem(error)}\n${BATCH_USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
  const { input, lang, format, exitZero } = parsed;
  const pack = parsed.pack !== undefined ? await loadPackOption(parsed.pack) : undefined;
  const options = withPreparedPack(pack ? { pack } : {});
  const counts = { met: 0, not_met: 0, insufficient_data: 0, invalid: 0 };
  // Result lines go to stdout as they come: on a terminal they would run into the bar (see Progress).
  const progress = new Progress(io, lang, { stdoutLines: true });
  let n = 0;
  if (format === "json") io.stdout.write("[");
  for await (const { item, fraction } of readSources(input)) {
    const outcome: BatchItem = "error" in item ? unreadableOne(item.error, item.value, n, options) : evaluateOne(item.value, n, options);
    if (outcome.ok) counts[outcome.result.verdict] += 1;
    else counts.invalid += 1;
    if (format === "text") io.stdout.write(renderLine(item.source, outcome, lang));
    else {
      const record = outcome.ok
        ? { source: item.source, index: n, ok: true, verdict: outcome.result.verdict, result: outcome.result }
        : { source: item.source, index: n, ok: false, error: outcome.error };
      io.stdout.write(format === "jsonl" ? `${JSON.stringify(record)}\n` : `${n === 0 ? "\n" : ",\n"}${JSON.stringify(record)}`);
    }
    n += 1;
    progress.update(n, fraction);
  }
  progress.done();
  if (format === "json") io.stdout.write(n === 0 ? "]\n" : "\n]\n");
  if (n === 0) {
    io.stderr.write(noReports(input));
    return EXIT.usage;
  }
  if (format === "text") io.stdout.write(renderSummary(n, counts, lang));
  return batchExitCode(counts, exitZero);
}

/** What the batch commands say of an input that holds no report (exit code 2). */
export function noReports(input: string): string {
  return `${displayLine(`Không có báo cáo nào trong ${input} / No reports in ${input}`)}\n`;
}

/** 2 if any report is invalid; otherwise the worst verdict: 1 not met, then 3 insufficient data, else 0. */
export function batchExitCode(counts: Record<Verdict | "invalid", number>, exitZero = false): number {
  if (counts.invalid > 0) return EXIT.usage;
  if (exitZero) return 0;
  if (counts.not_met > 0) return EXIT.notMet;
  if (counts.insufficient_data > 0) return EXIT.insufficient;
  return EXIT.met;
}

function parseBatchArgs(args: string[]): { input: string; pack: string | undefined; lang: Lang; format: "text" | "json" | "jsonl"; exitZero: boolean } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      pack: { type: "string" },
      lang: { type: "string", default: "vi" },
      format: { type: "string", default: "text" },
      "exit-zero": { type: "boolean", default: false },
    },
  });
  const { lang, format } = values;
  if (lang !== "vi" && lang !== "en") throw new BatchUsageError(`--lang: vi | en (nhận được / got ${lang})`);
  if (format !== "text" && format !== "json" && format !== "jsonl") throw new BatchUsageError(`--format: text | json | jsonl cho một lô / for a batch (nhận được / got ${format})`);
  if (positionals.length !== 1) throw new BatchUsageError("evaluate cần đúng một thư mục, tệp JSON Lines hoặc tệp .json chứa một mảng báo cáo / evaluate takes exactly one directory, JSON Lines file or .json file holding an array of reports");
  return { input: positionals[0] as string, pack: values.pack, lang, format, exitZero: values["exit-zero"] };
}

const VERDICT_WORDS: Record<Lang, Record<Verdict | "invalid", string>> = {
  vi: { met: "đạt", not_met: "không đạt", insufficient_data: "chưa đủ căn cứ", invalid: "không hợp lệ" },
  en: { met: "met", not_met: "not met", insufficient_data: "insufficient data", invalid: "invalid" },
};

/** The status column of a text batch line for a report that could not be judged (the others show their verdict). */
const INVALID_LABEL: Record<Lang, string> = { vi: "Không hợp lệ", en: "Invalid" };

/** A report's status as people read it: its verdict's label in `lang` (`Không đạt`), or `Không hợp lệ` / `Invalid`. */
export function statusLabel(status: Verdict | "invalid", lang: Lang): string {
  return status === "invalid" ? INVALID_LABEL[lang] : messagesFor(lang).conclusionLabel[status];
}

/**
 * One line per report (source, status, district, conclusion); then, indented, a line per warning of a judged report
 * (`source<TAB>  !<TAB>[CODE] vi / en`, as `! …` under a single report) or per issue of an invalid one
 * (`source<TAB>  path<TAB>[CODE] vi / en`). The status is a label in `lang`; messages are in both languages,
 * Vietnamese first, as for a single report; `--format json|jsonl` keep the codes (`not_met`) for programs. Every line
 * goes through {@link tabLine}: a district, a file name or an issue's path (a report's key) cannot drive the terminal,
 * reorder the line, start one of its own or add a field.
 */
export function renderLine(source: string, item: BatchItem, lang: Lang): string {
  if (item.ok) {
    const r = item.result;
    let text = tabLine([source, statusLabel(r.verdict, lang), `${r.district}, ${r.province}, ${r.year}`, r.conclusion[lang]]);
    for (const w of r.warnings) text += tabLine([source, "  !", `[${w.code}] ${bothLanguages(w.message)}`]);
    return text;
  }
  const { error } = item;
  let text = tabLine([source, statusLabel("invalid", lang), `${error.code}: ${bothLanguages(error.message)}`]);
  for (const issue of error.issues) text += tabLine([source, `  ${issuePath(issue.path, lang)}`, `[${issue.code}] ${bothLanguages(issue.message)}`]);
  return text;
}

/** The closing summary: how many reports, and how many got each verdict. */
export function renderSummary(total: number, counts: Record<Verdict | "invalid", number>, lang: Lang): string {
  const w = VERDICT_WORDS[lang];
  const count = (n: number): string => formatNumber(n, lang, 0); // 1.210 báo cáo, 1,210 reports
  const parts = (["met", "not_met", "insufficient_data", "invalid"] as const).map((k) => `${count(counts[k])} ${w[k]}`).join(", ");
  return lang === "vi" ? `\nTổng cộng ${count(total)} báo cáo: ${parts}.\n` : `\n${count(total)} report${total === 1 ? "" : "s"}: ${parts}.\n`;
}

/** Options of {@link Progress}. */
export interface ProgressOptions {
  /**
   * The command writes its results to stdout while the bar runs (`evaluate` on a batch; `simulate` writes its table
   * only at the end). Then, when stdout is a terminal too, the bar is not drawn: both would share one screen line
   * (`…14.890 báo cáohuge.jsonl:4143 …`), and the result lines scrolling by already show the progress. Erasing and
   * redrawing the bar around every line would flicker and double what is written to the terminal.
   */
  stdoutLines?: boolean;
}

/**
 * A progress bar on stderr, only on a terminal (and not when results stream to the same terminal, see
 * {@link ProgressOptions}) and only once the run has lasted a while; erased at the end.
 */
export class Progress {
  /** Show nothing before this many milliseconds. */
  static readonly AFTER_MS = 700;
  private readonly start: number;
  private last = -Infinity;
  private shown = false;
  private readonly now: () => number;
  private readonly enabled: boolean;

  constructor(
    private readonly io: BatchIo,
    private readonly lang: Lang,
    options: ProgressOptions = {},
  ) {
    this.now = io.now ?? (() => performance.now());
    this.start = this.now();
    this.enabled = io.stderr.isTTY === true && !(options.stdoutLines === true && io.stdout.isTTY === true);
  }

  /** Called after each report. */
  update(done: number, fraction: number): void {
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.start < Progress.AFTER_MS || t - this.last < 100) return;
    this.last = t;
    this.shown = true;
    const width = 30;
    const filled = Math.round(fraction * width);
    const count = `${formatNumber(done, this.lang, 0)} ${this.lang === "vi" ? "báo cáo" : done === 1 ? "report" : "reports"}`;
    this.io.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${Math.floor(fraction * 100)}% ${count}`);
  }

  /** Erases the bar (before another line is written to stderr, or at the end); the next update draws it again. */
  done(): void {
    if (this.shown) this.io.stderr.write("\r\x1b[K");
    this.shown = false;
    this.last = -Infinity;
  }
}
