/** Where the CLI writes (tests pass their own). */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Exit codes of the CLI: 0 met / success, 1 not met / check failed, 2 invalid input or usage, 3 insufficient data. */
export const EXIT = { met: 0, notMet: 1, usage: 2, insufficient: 3 } as const;

/** The two forms of `evaluate`. */
const EVALUATE_FORMS = `  huyen-hoc-tap evaluate <report.json> [--pack <pack.json>] [--lang vi|en] [--format text|json|markdown|html] [--trace]
      [--exit-zero]     (--format html > phu-luc.html: phụ lục đánh giá / the evaluation appendix, A4)
  huyen-hoc-tap evaluate <thư mục / directory | reports.jsonl | [mảng / array].json> [--pack <pack.json>] [--lang vi|en]
      [--format text|json|jsonl] [--exit-zero]     một dòng mỗi báo cáo, rồi tổng hợp / one line per report, a summary
`;

/** The exit codes of `evaluate`. */
const EVALUATE_EXIT = `Mã thoát / Exit codes: 0 đạt / met, 1 không đạt / not met, 3 chưa đủ căn cứ / insufficient data,
  2 dữ liệu hoặc cách gọi không hợp lệ / invalid input or usage.
  --exit-zero: 0 khi đã có kết luận / 0 whenever a verdict was reached.
  Một lô / A batch: 2 nếu có báo cáo không hợp lệ / if any report is invalid; nếu không, theo kết quả kém nhất /
  otherwise the worst verdict: 1 không đạt / not met, rồi / then 3 chưa đủ căn cứ / insufficient data, còn lại / else 0.
`;

/** `huyen-hoc-tap evaluate --help`. */
export const EVALUATE_USAGE = `Cách dùng / Usage:
${EVALUATE_FORMS}  Thư mục: các tệp .json, .jsonl, .ndjson của nó; tệp .jsonl, .ndjson: mỗi dòng một báo cáo; tệp khác: JSON, một
  báo cáo hoặc một mảng báo cáo (một lô). / A directory: its .json, .jsonl and .ndjson files; a .jsonl or .ndjson file:
  one report per line; any other file: JSON, one report or an array of reports (a batch).

${EVALUATE_EXIT}`;

/** `huyen-hoc-tap explain --help`. */
export const EXPLAIN_USAGE = `Cách dùng / Usage:
  huyen-hoc-tap explain [--pack <pack.json>] [--indicator <id>] [--lang vi|en]
      quy tắc bằng lời: mặc định các bộ quy tắc kèm theo / the rules in plain language: the bundled packs by default
Mã thoát / Exit codes: 0 thành công / success, 2 dữ liệu hoặc cách gọi không hợp lệ / invalid input or usage.
`;

/**
 * True when the arguments of a command ask for its help (`--help` or `-h`, before a `--` that ends the options): no
 * option takes a value starting with "-" (Node's parser refuses it as ambiguous), so neither is another option's value.
 */
export function asksForHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === "--") return false;
    if (arg === "--help" || arg === "-h") return true;
  }
  return false;
}

/** The CLI's help text. */
export const USAGE = `Cách dùng / Usage:
${EVALUATE_FORMS}  huyen-hoc-tap simulate <thư mục / directory | reports.jsonl | reports.json> --pack <a.json> [--pack <b.json> …]
      [--format text|json] [--lang vi|en]     số đơn vị đạt theo từng bộ quy tắc / how many units pass under each pack
  huyen-hoc-tap explain [--pack <pack.json>] [--indicator <id>] [--lang vi|en]
      quy tắc bằng lời / the rules in plain language
  huyen-hoc-tap pack list|validate|diff|test|keygen|sign|verify …
      công cụ cho người soạn bộ quy tắc / tools for rule-pack authors (huyen-hoc-tap pack --help)
  huyen-hoc-tap --version
  huyen-hoc-tap <lệnh / command> --help

${EVALUATE_EXIT}`;
