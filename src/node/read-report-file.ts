import { HuyenHocTapError } from "../errors.js";
import { REPORT_LIMITS } from "../pack/check-limits.js";
import { checkPath, readJson } from "./read-bytes.js";

/**
 * Reads a report from a JSON file (UTF-8, with or without a byte-order mark). Duplicate keys and over-deep nesting
 * are refused as `REPORT_INVALID` (which `JSON.parse` would silently accept), and so are bytes that are not UTF-8 and a
 * file too large for a report (`TOO_LARGE`, refused without reading it whole).
 */
export async function readReportFile(path: string): Promise<unknown> {
  checkPath(path);
  const parsed = await readJson(path, REPORT_LIMITS);
  if (!parsed.ok) {
    throw new HuyenHocTapError("REPORT_INVALID", { vi: `Báo cáo không đọc được: ${path}`, en: `The report cannot be read: ${path}` }, parsed.issues);
  }
  return parsed.value;
}
