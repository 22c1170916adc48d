import { displayLine } from "../explain/display-text.js";

/**
 * A usage mistake in words: Node's own option errors (`ERR_PARSE_ARGS_…`, in English) get a Vietnamese lead. It
 * quotes what was typed (an option, a command, a value), so each of its lines is made safe for the terminal (see
 * display-text.ts: a CR typed in a value becomes a space).
 */
export function usageProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const text = typeof code === "string" && code.startsWith("ERR_PARSE_ARGS") ? `Tùy chọn không hợp lệ / Invalid option: ${message}` : message;
  return text.split("\n").map(displayLine).join("\n");
}
