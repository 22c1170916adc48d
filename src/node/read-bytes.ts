import { open, stat } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { HuyenHocTapError } from "../errors.js";
import { invalidArgument, shown } from "../invalid-argument.js";
import { makeIssue } from "../report/make-issue.js";
import { makeJsonTextIssue } from "../report/json-text-issue.js";
import type { Issue } from "../types.js";
import type { Limits } from "../pack/check-limits.js";
import { notUtf8Params, parseJson } from "../pack/parse-json.js";
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

/** The issue of a file whose bytes are not UTF-8 (it cannot be JSON text), with where the first bad byte is. */
export function notUtf8Issue(bytes: Uint8Array): Issue {
  return makeJsonTextIssue("INVALID_JSON", "", notUtf8Params(bytes));
}

/** A file's bytes parsed as JSON text (see `parseJson`): refused with `INVALID_JSON` when they are not UTF-8. */
export function parseJsonBytes(bytes: Uint8Array, limits: Limits): ParseResult {
  const text = decodeUtf8(bytes);
  return text === null ? { ok: false, issues: [notUtf8Issue(bytes)] } : parseJson(text, limits);
}

/** Characters of JSON text allowed in a file whose limits set no `maxSize`: every file is bounded. */
const DEFAULT_MAX_SIZE = 1_000_000;

/** Bytes read at a time. */
const CHUNK_BYTES = 64 * 1024;

/**
 * The most bytes a file can take while its text stays within `limits.maxSize` characters: UTF-8 needs at most 3 bytes
 * per UTF-16 code unit (4 for a surrogate pair), plus a byte-order mark. A longer file certainly holds a longer text,
 * so refusing it unread gives what `parseJson` would give for its text.
 */
export function maxBytesOf(limits: Limits): number {
  return 3 * (limits.maxSize ?? DEFAULT_MAX_SIZE) + 3;
}

/** The issue of a file too large for `limits`: the one `parseJson` gives for a text over `limits.maxSize`. */
export function tooLargeIssue(limits: Limits): Issue {
  return makeIssue("TOO_LARGE", "", { what: "characters", max: limits.maxSize ?? DEFAULT_MAX_SIZE });
}

/**
 * A JSON file parsed within `limits` (see `parseJsonBytes`); a file larger than `maxBytesOf(limits)` is refused with
 * `TOO_LARGE` without being read further, as `parseJson` refuses a text over `limits.maxSize`.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT` when the file cannot be read (`label`: how it is named to people).
 */
export async function readJson(path: string, limits: Limits, label: string = path): Promise<ParseResult> {
  const sized = { ...limits, maxSize: limits.maxSize ?? DEFAULT_MAX_SIZE };
  const bytes = await readBytes(path, maxBytesOf(sized), label);
  return bytes === null ? { ok: false, issues: [tooLargeIssue(sized)] } : parseJsonBytes(bytes, sized);
}

/**
 * A file's bytes, or null when it has more than `maxBytes`: then at most `maxBytes + 1` bytes are read (none when its
 * stated size is already larger). The stated size alone is not trusted: `/dev/zero` states 0 and never ends, a file
 * of `/proc` states 0 or less than it holds, a file can grow while it is read.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT` saying why the file cannot be read.
 */
export async function readBytes(path: string, maxBytes: number, label: string = path): Promise<Uint8Array | null> {
  // Only regular files, checked before opening (see regularFileSize).
  await regularFileSize(path, label);
  let file: FileHandle | undefined;
  try {
    file = await open(path, "r");
    const stats = await file.stat();
    if (stats.isFile() && stats.size > maxBytes) return null;
    // A regular file's stated size is a good first guess: it is then read in one go (and one more read finds its end).
    let chunkBytes = stats.isFile() ? Math.max(CHUNK_BYTES, stats.size + 1) : CHUNK_BYTES;
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(chunkBytes, maxBytes + 1 - total));
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      chunkBytes = CHUNK_BYTES;
      if (total > maxBytes) return null;
    }
    return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks, total);
  } catch (error) {
    throw cannotRead(label, error);
  } finally {
    // Nothing is lost when closing fails: the bytes are read, or the file is refused.
    await file?.close().catch(() => undefined);
  }
}

/** The reason given for a path that is not a regular file (a folder, a pipe, a device, a socket). */
const NOT_A_FILE = "not a regular file";

/**
 * The size of a regular file; `INVALID_ARGUMENT` when it cannot be read or is not a regular file: opening a pipe
 * (FIFO) with no writer blocks for ever — even process.exit waits for it —, a device such as `/dev/zero` never ends,
 * and a folder or a socket is no document. `stat` follows symbolic links.
 */
export async function regularFileSize(path: string, label: string = path): Promise<number> {
  let stats;
  try {
    stats = await stat(path);
  } catch (error) {
    throw cannotRead(label, error);
  }
  if (!stats.isFile()) throw cannotRead(label, new Error(NOT_A_FILE));
  return stats.size;
}

/** `INVALID_ARGUMENT` for a file that cannot be read (`label`: how the file is named to people), with the system's reason. */
export function cannotRead(label: string, error: unknown): HuyenHocTapError {
  const detail = error instanceof Error ? error.message : String(error);
  if (detail === NOT_A_FILE) {
    return new HuyenHocTapError("INVALID_ARGUMENT", {
      vi: `Không đọc ${label}: đây không phải một tệp thông thường (là thư mục, ống dẫn, thiết bị hoặc socket)`,
      en: `Not reading ${label}: it is not a regular file (a folder, a pipe, a device or a socket)`,
    });
  }
  const why = SYSTEM_REASONS[(error as NodeJS.ErrnoException | null)?.code ?? ""];
  return new HuyenHocTapError("INVALID_ARGUMENT", {
    vi: `Không đọc được tệp ${label}: ${why ? why.vi : detail}`,
    en: `Cannot read file ${label}: ${why ? why.en : detail}`,
  });
}

/** The system's most common reasons, said in both languages (any other is given as the system says it). */
const SYSTEM_REASONS: Record<string, { vi: string; en: string }> = {
  ENOENT: { vi: "tệp không tồn tại", en: "no such file" },
  EACCES: { vi: "không có quyền đọc tệp", en: "permission denied" },
  EPERM: { vi: "không có quyền đọc tệp", en: "permission denied" },
  EISDIR: { vi: "đây là một thư mục", en: "it is a folder" },
  ENOTDIR: { vi: "một phần của đường dẫn không phải thư mục", en: "a part of the path is not a folder" },
  ELOOP: { vi: "đường dẫn có vòng liên kết", en: "the path has a loop of links" },
  ENAMETOOLONG: { vi: "đường dẫn quá dài", en: "the path is too long" },
};

/** A path argument: a non-empty string, else `INVALID_ARGUMENT`. */
export function checkPath(path: unknown): string {
  if (typeof path === "string" && path.length > 0) return path;
  throw invalidArgument(`path phải là đường dẫn của một tệp hay thư mục (chuỗi), nhưng nhận được ${shown(path)}`, `path must be the path of a file or folder (a string), got ${shown(path)}`);
}
