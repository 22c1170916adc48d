import { readFile } from "node:fs/promises";
import { HuyenHocTapError } from "../errors.js";
import { invalidArgument, shown } from "../invalid-argument.js";
import { makeIssue } from "../report/make-issue.js";
import type { Issue } from "../types.js";
import type { Limits } from "../pack/check-limits.js";
import { parseJson } from "../pack/parse-json.js";
import type { ParseResult } from "../pack/parse-json.js";

/** One decoder for every file: `fatal` refuses bytes that are not UTF-8; a leading byte-order mark is dropped. */
const DECODER = new TextDecoder("utf-8", { fatal: true });

/**
 * A file's bytes as text, or null when they are not UTF-8. A leading byte-order mark, which Windows editors write,
 * is dropped (as `TextDecoder` does, and as `loadPackUrl` does). Bytes in another encoding are refused rather than
 * replaced by U+FFFD: a district's name saved in Windows-1258 would otherwise be judged garbled, without a word.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return DECODER.decode(bytes);
  } catch {
    return null;
  }
}

/** The issue of a file whose bytes are not UTF-8 (it cannot be JSON text). */
export function notUtf8Issue(): Issue {
  return makeIssue("INVALID_JSON", "", { detail: "not UTF-8 text", problem: "notUtf8" });
}

/** A file's bytes parsed as JSON text (see `parseJson`): refused with `INVALID_JSON` when they are not UTF-8. */
export function parseJsonBytes(bytes: Uint8Array, limits: Limits): ParseResult {
  const text = decodeUtf8(bytes);
  return text === null ? { ok: false, issues: [notUtf8Issue()] } : parseJson(text, limits);
}

/** A file's bytes, or `INVALID_ARGUMENT` saying why it cannot be read. */
export async function readBytes(path: string, label: string = path): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw cannotRead(label, error);
  }
}

/** `INVALID_ARGUMENT` for a file that cannot be read (`label`: how the file is named to people), with the system's reason. */
export function cannotRead(label: string, error: unknown): HuyenHocTapError {
  const detail = error instanceof Error ? error.message : String(error);
  return new HuyenHocTapError("INVALID_ARGUMENT", { vi: `Không đọc được tệp ${label}: ${detail}`, en: `Cannot read file ${label}: ${detail}` });
}

/** A path argument: a non-empty string, else `INVALID_ARGUMENT`. */
export function checkPath(path: unknown): string {
  if (typeof path === "string" && path.length > 0) return path;
  throw invalidArgument(`path phải là đường dẫn của một tệp hay thư mục (chuỗi), nhưng nhận được ${shown(path)}`, `path must be the path of a file or folder (a string), got ${shown(path)}`);
}
