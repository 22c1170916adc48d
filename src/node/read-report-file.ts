import { HuyenHocTapError } from "../errors.js";
import { REPORT_LIMITS } from "../pack/check-limits.js";
import type { Issue } from "../types.js";
import { checkPath, readJson } from "./read-bytes.js";
import { withReportIssues } from "../report/validate-report.js";

/** The problems of a report read from text, as `validateReport` finds them (with the pack the caller judges with). */
export type ReportChecker = (report: unknown) => Issue[];

/**
 * Reads a report from a JSON file (UTF-8, with or without a byte-order mark). Duplicate keys and over-deep nesting
 * are refused as `REPORT_INVALID` (which `JSON.parse` would silently accept), and so are bytes that are not UTF-8 and a
 * file too large for a report (`TOO_LARGE`, refused without reading it whole). When the text is JSON whose only
 * problems are in its values (a key written twice, a number that reads two ways, a string over the limit), the
 * report's other problems are reported with them, as `check` finds them: all at once, as for a report object.
 */
export async function readReportFileWith(path: string, check: ReportChecker | null): Promise<unknown> {
  checkPath(path);
  const parsed = await readJson(path, REPORT_LIMITS);
  if (!parsed.ok) {
    const { value } = parsed;
    const issues = value !== undefined && check !== null ? withReportIssues(parsed.issues, () => check(value)) : parsed.issues;
    throw new HuyenHocTapError("REPORT_INVALID", { vi: `Báo cáo không đọc được: ${path}`, en: `The report cannot be read: ${path}` }, issues);
  }
  return parsed.value;
}
