import { readFile } from "node:fs/promises";
import { HuyenHocTapError } from "../errors.js";
import { REPORT_LIMITS } from "../pack/check-limits.js";
import { parseJson } from "../pack/parse-json.js";

/**
 * Reads a report from a JSON file. Duplicate keys and over-deep nesting are refused as `REPORT_INVALID` (which
 * `JSON.parse` would silently accept).
 */
export async function readReportFile(path: string): Promise<unknown> {
  const parsed = parseJson(await readText(path), REPORT_LIMITS);
  if (!parsed.ok) {
    throw new HuyenHocTapError("REPORT_INVALID", { vi: `Báo cáo không đọc được: ${path}`, en: `The report cannot be read: ${path}` }, parsed.issues);
  }
  return parsed.value;
}

/** A text file's content, or `INVALID_ARGUMENT` saying why it cannot be read. */
export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new HuyenHocTapError("INVALID_ARGUMENT", { vi: `Không đọc được tệp ${path}: ${detail}`, en: `Cannot read file ${path}: ${detail}` });
  }
}
