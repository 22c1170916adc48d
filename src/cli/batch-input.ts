import { open, stat } from "node:fs/promises";
import { isDirectory } from "../node/is-directory.js";

/** Options of `evaluate` that take a value: whatever follows them is not the input. */
const VALUE_OPTIONS = new Set(["--pack", "--lang", "--format"]);

/**
 * True when `evaluate` was given a batch: a directory, a JSON Lines file (`.jsonl`, `.ndjson`), or a JSON file whose
 * text is an array (of reports; `simulate` reads such a file the same way). Any other file is one report
 * (`evaluate-command.ts`). Kept apart from `batch.ts` so that judging one report does not load the batch code.
 */
export async function isBatchInput(args: string[]): Promise<boolean> {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith("-")) {
      if (VALUE_OPTIONS.has(arg)) i += 1;
      continue;
    }
    if (isJsonLines(arg) || (await isDirectory(arg))) return true;
    if (/\.json$/i.test(arg) && (await startsWithArray(arg))) return true;
  }
  return false;
}

/** A JSON Lines file, by its name. */
export const isJsonLines = (path: string): boolean => /\.(jsonl|ndjson)$/i.test(path);

/**
 * Whether a file's text starts with `[` (after a byte-order mark and white space): it reads the first 4 KB only. A file
 * that cannot be read says no, and the one-report path reports why.
 */
async function startsWithArray(path: string): Promise<boolean> {
  let file;
  try {
    // Only a regular file is opened (a pipe with no writer would block): anything else takes the one-report path,
    // which says why it is not read.
    if (!(await stat(path)).isFile()) return false;
    file = await open(path, "r");
    const buffer = new Uint8Array(4096);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    let i = bytesRead >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
    // JSON's white space: space, tab, line feed, carriage return.
    while (i < bytesRead && (buffer[i] === 0x20 || buffer[i] === 0x09 || buffer[i] === 0x0a || buffer[i] === 0x0d)) i++;
    return i < bytesRead && buffer[i] === 0x5b;
  } catch {
    return false;
  } finally {
    await file?.close();
  }
}
