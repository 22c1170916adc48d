/** A usage mistake in words: Node's own option errors (`ERR_PARSE_ARGS_…`, in English) get a Vietnamese lead. */
export function usageProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS") ? `Tùy chọn không hợp lệ / Invalid option: ${message}` : message;
}
