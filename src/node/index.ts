/**
 * The Node-only entry of huyen-hoc-tap (`huyen-hoc-tap/node`): reading packs and reports from files.
 *
 * @packageDocumentation
 */
import { loadPack } from "../pack/load-pack.js";
import type { LoadPackOptions } from "../pack/load-pack.js";
import { checkPath, decodeUtf8, maxBytesOf, notUtf8Issue, readBytes, tooLargeIssue } from "./read-bytes.js";
import { HuyenHocTapError } from "../errors.js";
import { PACK_LIMITS } from "../pack/check-limits.js";
import { readReportFileWith } from "./read-report-file.js";
import { validateReport } from "../evaluate.js";
import type { RulePack } from "../types.js";

/**
 * Loads and checks a rule pack from a file (see `loadPack`): UTF-8, with or without a byte-order mark.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT` when the file cannot be read; `PACK_INVALID` when it is too large for a
 * pack (`TOO_LARGE`, refused without reading it whole), not UTF-8 text, not a valid pack, or not the pack of
 * `options.expectedDigest` (as `loadPack`).
 */
export async function loadPackFile(path: string, options: LoadPackOptions = {}): Promise<RulePack> {
  checkPath(path);
  const bytes = await readBytes(path, maxBytesOf(PACK_LIMITS));
  if (bytes === null) {
    throw new HuyenHocTapError("PACK_INVALID", { vi: `Bộ quy tắc trong tệp ${path} quá lớn.`, en: `The rule pack in file ${path} is too large.` }, [tooLargeIssue(PACK_LIMITS)]);
  }
  const text = decodeUtf8(bytes);
  if (text === null) {
    throw new HuyenHocTapError("PACK_INVALID", { vi: `Bộ quy tắc trong tệp ${path} không phải văn bản UTF-8.`, en: `The rule pack in file ${path} is not UTF-8 text.` }, [notUtf8Issue(bytes)]);
  }
  return loadPack(text, options);
}

/**
 * Reads a report from a JSON file (UTF-8, with or without a byte-order mark). Duplicate keys and over-deep nesting
 * are refused as `REPORT_INVALID` (which `JSON.parse` would silently accept), and so are bytes that are not UTF-8 and a
 * file too large for a report (`TOO_LARGE`, refused without reading it whole). When the text's only problems are in its
 * values (a key written twice, a number that reads two ways, a string over the limit), the report's other problems are
 * reported with them, as `validateReport` finds them with the bundled pack in force for its year: all at once.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT` when the file cannot be read; `REPORT_INVALID` as above.
 */
export function readReportFile(path: string): Promise<unknown> {
  return readReportFileWith(path, (report) => {
    const checked = validateReport(report);
    return checked.ok ? [] : checked.issues;
  });
}
export { evaluateFiles, readReports } from "./read-reports.js";
export type { FileBatchItem, ReadReport, ReportSource, UnreadableReport } from "./read-reports.js";
export type { LoadPackOptions };
export { loadPackUrl } from "./load-pack-url.js";
export type { LoadPackUrlOptions } from "./load-pack-url.js";
