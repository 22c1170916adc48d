/** Where the CLI writes (tests pass their own). */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Exit codes of the CLI: 0 met / success, 1 not met / check failed, 2 invalid input or usage, 3 insufficient data. */
export const EXIT = { met: 0, notMet: 1, usage: 2, insufficient: 3 } as const;

/** The CLI's help text. */
export const USAGE = `Cách dùng / Usage:
  huyen-hoc-tap evaluate <report.json> [--pack <pack.json>] [--lang vi|en] [--format text|json|markdown] [--exit-zero]
  huyen-hoc-tap --version

Mã thoát / Exit codes: 0 đạt / met, 1 không đạt / not met, 3 chưa đủ căn cứ / insufficient data,
  2 dữ liệu hoặc cách gọi không hợp lệ / invalid input or usage. --exit-zero: 0 whenever a verdict was reached.
`;
