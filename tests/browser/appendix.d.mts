/** The Tháp Mười 2022 fixture. */
export declare function thapMuoiReport(): Record<string, unknown>;
/** The HTML appendix of a report, rendered by the given copy of the library. */
export declare function appendixHtml<R>(
  library: { evaluate(report: unknown): R; renderReport(result: R, options: { format: "html"; lang: "vi" | "en" }): string },
  report?: unknown,
  lang?: "vi" | "en",
): { result: R; html: string };
/** A4 at 96 dpi, in CSS pixels. */
export declare const A4: { width: number; height: number };
