// The one way the Tháp Mười appendix is produced for a browser: the browser test passes the library from src/, the
// screenshot script the built one from dist/; both then render exactly the same call.
import { readFileSync } from "node:fs";

/** The Tháp Mười 2022 fixture. */
export function thapMuoiReport() {
  return JSON.parse(readFileSync(new URL("../fixtures/thap-muoi-2022.json", import.meta.url), "utf8"));
}

/** The HTML appendix of a report, rendered by the given copy of the library (`{ evaluate, renderReport }`). */
export function appendixHtml(library, report = thapMuoiReport(), lang = "vi") {
  const result = library.evaluate(report);
  return { result, html: library.renderReport(result, { format: "html", lang }) };
}

/** A4 at 96 dpi, in CSS pixels. */
export const A4 = { width: 794, height: 1123 };
