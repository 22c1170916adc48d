import { open, stat } from "node:fs/promises";

/**
 * How a path given as reports is read — the one rule `evaluate`, `simulate`, `evaluateFiles` and `readReports` share,
 * so that they never disagree:
 * - `directory`: its `.json`, `.jsonl` and `.ndjson` files, each read as if given alone (not its subfolders);
 * - `lines`: a JSON Lines file, by its name (`.jsonl`, `.ndjson`): one report per non-blank line;
 * - `array`: any other regular file whose JSON text is an array (after a byte-order mark and white space): one report
 *   per item;
 * - `report`: any other file, whatever its name (`report.json`, `report_pretty`, `mix.txt`), is one report in JSON;
 *   also a path that is not a regular file or cannot be read, so that the reader says why.
 */
export type InputKind = "directory" | "lines" | "array" | "report";

/** A JSON Lines file, by its name. */
export const isJsonLines = (path: string): boolean => /\.(jsonl|ndjson)$/i.test(path);

/** How `path` is read as reports (see {@link InputKind}). It never throws. */
export async function inputKind(path: string): Promise<InputKind> {
  let stats;
  try {
    stats = await stat(path);
  } catch {
    return isJsonLines(path) ? "lines" : "report";
  }
  if (stats.isDirectory()) return "directory";
  if (isJsonLines(path)) return "lines";
  // Only a regular file is opened (a pipe with no writer would block): anything else is read as one report, which
  // says why it is not read.
  if (!stats.isFile()) return "report";
  return (await startsWithArray(path)) ? "array" : "report";
}

/** Bytes looked at a time for the first character of a file's text. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Whether a file's text starts with `[` after a byte-order mark and any amount of JSON white space (read a chunk at a
 * time until something else comes). A file that cannot be read says no, and the one-report path reports why.
 */
async function startsWithArray(path: string): Promise<boolean> {
  let file;
  try {
    file = await open(path, "r");
    const buffer = new Uint8Array(CHUNK_BYTES);
    let first = true;
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return false;
      let i = first && bytesRead >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
      first = false;
      // JSON's white space: space, tab, line feed, carriage return.
      while (i < bytesRead && (buffer[i] === 0x20 || buffer[i] === 0x09 || buffer[i] === 0x0a || buffer[i] === 0x0d)) i++;
      if (i < bytesRead) return buffer[i] === 0x5b;
    }
  } catch {
    return false;
  } finally {
    await file?.close().catch(() => undefined);
  }
}
