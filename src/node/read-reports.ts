import { EVALUATE_OPTIONS } from "../evaluate-core.js";
import { createReadStream } from "node:fs";
import { readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { evaluateOne, withPreparedPack } from "../batch/evaluate-many.js";
import type { BatchError, BatchItem, EvaluateManyOptions } from "../batch/evaluate-many.js";
import { HuyenHocTapError } from "../errors.js";
import { REPORT_LIMITS } from "../pack/check-limits.js";
import type { Limits } from "../pack/check-limits.js";
import { parseJson } from "../pack/parse-json.js";
import { splitJsonArray } from "../pack/split-json-array.js";
import type { ParseResult } from "../pack/parse-json.js";
import { optionsObject } from "../invalid-argument.js";
import type { Issue } from "../types.js";
import { isDirectory } from "./is-directory.js";
import { cannotRead, checkPath, decodeUtf8, maxBytesOf, notUtf8Issue, readBytes, readJson, regularFileSize, tooLargeIssue } from "./read-bytes.js";

/** One report read from a folder or a file: the report, or why it could not be read. */
export type SourceItem = { source: string; value: unknown } | { source: string; error: BatchError };

/**
 * A report of a folder or a file, located by `source`: `file.json` (a folder's file), `reports.json#/3` (an item of a
 * `.json` file holding an array), `reports.jsonl:12` (a line of a JSON Lines file).
 */
export type ReportSource = ReadReport | UnreadableReport;

/** A report that was read (it is checked when it is judged). */
export interface ReadReport {
  /** Where it came from. */
  source: string;
  /** The parsed report. */
  report: unknown;
}

/** A report that could not be read. */
export interface UnreadableReport {
  /** Where it came from. */
  source: string;
  /** Why: `REPORT_INVALID` with the JSON problem and its path, or `INVALID_ARGUMENT` for a file that cannot be read. */
  error: BatchError;
}

/** An outcome of {@link evaluateFiles}: what `evaluateMany` gives for the report, and where it came from. */
export type FileBatchItem = BatchItem & {
  /** Where the report came from (see {@link ReportSource}). */
  source: string;
};

/**
 * The reports of a folder (its `.json` files, by name; not its subfolders, whatever their name), of a `.json` file (one
 * report, or an array whose every item is a report, read alone with a report's limits), or of a JSON Lines file
 * (`.jsonl`, `.ndjson`, or any other name: one report per non-blank line), in order. A report that cannot be read is
 * yielded with its `error`, its issues' paths inside that report; the others are not affected. A `.json` file that is
 * not JSON as a whole is one error, for the file.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT` when `path` itself cannot be read.
 */
export async function* readReports(path: string): AsyncGenerator<ReportSource> {
  for await (const { item } of readSources(path)) yield "error" in item ? item : { source: item.source, report: item.value };
}

/**
 * `evaluateMany` over a folder, a `.json` file or a JSON Lines file (see {@link readReports}): the pack, when given, is
 * checked once; every report is judged like `evaluate` would, in order, each outcome with its `source`. One bad
 * report — unreadable, or invalid — gets its own located error and never stops the others.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT` when `path` cannot be read or an option is malformed, `PACK_INVALID`
 * when `options.pack` is not a valid pack.
 */
export async function evaluateFiles(path: string, options: EvaluateManyOptions = {}): Promise<FileBatchItem[]> {
  checkPath(path);
  const shared = withPreparedPack(optionsObject(options, EVALUATE_OPTIONS));
  const items: FileBatchItem[] = [];
  for await (const { item } of readSources(path)) {
    const index = items.length;
    const outcome: BatchItem = "error" in item ? { index, ok: false, error: item.error } : evaluateOne(item.value, index, shared);
    items.push({ ...outcome, source: item.source });
  }
  return items;
}

/**
 * The reports of a directory (its `.json` files, by name, not its subfolders), of a `.json` file (one report, or an
 * array of reports, each read alone) or of a JSON Lines file (one report per non-blank line; any other file name), in order, each with where it came from
 * (`file.json`, `reports.json#/3`, `reports.jsonl:12`) and how far through the input it is (0–1).
 */
export async function* readSources(input: string): AsyncGenerator<{ item: SourceItem; fraction: number }> {
  checkPath(input);
  if (await isDirectory(input)) {
    const names = await jsonFilesOf(input);
    // Read a few files ahead: the disk works while the reports are judged. `readReport` never rejects.
    const AHEAD = 8;
    const queue: Promise<SourceItem>[] = [];
    let next = 0;
    for (let i = 0; i < names.length; i++) {
      for (; next < names.length && queue.length < AHEAD; next++) queue.push(readReport(join(input, names[next] as string), names[next] as string));
      yield { item: await (queue.shift() as Promise<SourceItem>), fraction: (i + 1) / names.length };
    }
    return;
  }
  if (/\.json$/i.test(input)) {
    yield* readJsonFile(input);
    return;
  }
  // A JSON Lines file is read line by line with no total limit: only a regular file, which ends.
  const size = await regularFileSize(input);
  const name = basename(input);
  let lineNumber = 0;
  let read = 0;
  for await (const line of byteLines(input)) {
    lineNumber += 1;
    read += line.bytes;
    const source = `${name}:${lineNumber}`;
    const fraction = size > 0 ? Math.min(1, read / size) : 1;
    if (line.value === null) {
      yield { item: unreadable(source, [tooLargeIssue(REPORT_LIMITS)]), fraction };
      continue;
    }
    const text = decodeUtf8(line.value);
    if (text === null) yield { item: unreadable(source, [notUtf8Issue(line.value)]), fraction };
    else if (text.trim() !== "") yield { item: itemOf(parseJson(text, REPORT_LIMITS), source), fraction };
  }
}

/** A line's longest length in bytes: a longer one holds more characters than a report may (see `maxBytesOf`). */
const MAX_LINE_BYTES = maxBytesOf(REPORT_LIMITS);

/**
 * The lines of a file as bytes (without the "\n", nor a "\r" before it), and how many bytes each took; a line longer
 * than MAX_LINE_BYTES is given as null, without being kept in memory. Each line is decoded alone, so one that is not
 * UTF-8 is refused on its own, located by its number.
 */
async function* byteLines(path: string): AsyncGenerator<{ value: Uint8Array | null; bytes: number }> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  const take = (last: Uint8Array, newline: number): { value: Uint8Array | null; bytes: number } => {
    const bytes = length + last.length + newline;
    let value: Uint8Array | null = null;
    if (!tooLong && length + last.length <= MAX_LINE_BYTES) {
      value = parts.length === 0 ? last : Buffer.concat([...parts, last]);
      if (value.length > 0 && value[value.length - 1] === 13) value = value.subarray(0, value.length - 1);
    }
    parts = [];
    length = 0;
    tooLong = false;
    return { value, bytes };
  };
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      let start = 0;
      for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
        yield take(chunk.subarray(start, nl), 1);
        start = nl + 1;
      }
      const rest = chunk.subarray(start);
      if (rest.length === 0) continue;
      length += rest.length;
      if (tooLong || length > MAX_LINE_BYTES) tooLong = true;
      else parts.push(rest);
    }
  } catch (error) {
    throw cannotRead(basename(path), error);
  }
  if (length > 0) yield take(new Uint8Array(0), 0);
}

function unreadable(source: string, issues: Issue[]): SourceItem {
  return { source, error: { code: "REPORT_INVALID", issues, message: { vi: `Báo cáo không đọc được: ${source}`, en: `The report cannot be read: ${source}` } } };
}

/**
 * A `.json` file's largest text: a file of reports may hold many. A file over `maxBytesOf` it (600 MB) is refused
 * without being read whole; a JSON Lines file, read line by line, has no total limit. Each report in the file has a
 * report's limits (REPORT_LIMITS).
 */
const JSON_FILE_LIMITS: Limits = { ...REPORT_LIMITS, maxSize: 200_000_000 };

/** Most reports in one `.json` file. */
const MAX_ARRAY_REPORTS = 1_000_000;

/**
 * The reports of a `.json` file: one report, or each item of an array as a report of its own (`file.json#/3`), parsed
 * alone with a report's limits and located inside itself, as a line of a JSON Lines file is: an item with a string too
 * long, nested too deep or with a key twice is refused alone. A file that is not JSON as a whole, too large, or with
 * too many items is one error, for the file.
 */
async function* readJsonFile(path: string): AsyncGenerator<{ item: SourceItem; fraction: number }> {
  const name = basename(path);
  // The path given must be readable (a whole-batch error); the reports in it are items.
  await regularFileSize(path);
  let bytes: Uint8Array | null;
  try {
    bytes = await readBytes(path, maxBytesOf(JSON_FILE_LIMITS), name);
  } catch (error) {
    yield { item: cannotReadItem(name, error), fraction: 1 };
    return;
  }
  const text = bytes === null ? null : decodeUtf8(bytes);
  if (text === null) {
    yield { item: unreadable(name, [bytes === null ? tooLargeIssue(JSON_FILE_LIMITS) : notUtf8Issue(bytes)]), fraction: 1 };
    return;
  }
  const split = splitJsonArray(text, MAX_ARRAY_REPORTS);
  if (split === null || !split.ok) {
    yield { item: split === null ? itemOf(parseJson(text, REPORT_LIMITS), name) : unreadable(name, [split.issue]), fraction: 1 };
    return;
  }
  const { bounds } = split;
  const count = bounds.length / 2;
  for (let i = 0; i < count; i++) {
    const item = itemOf(parseJson(text.slice(bounds[2 * i], bounds[2 * i + 1]), REPORT_LIMITS), `${name}#/${i}`);
    yield { item, fraction: (i + 1) / count };
  }
}

async function readReport(path: string, source: string): Promise<SourceItem> {
  let parsed: ParseResult;
  try {
    parsed = await readJson(path, REPORT_LIMITS, source);
  } catch (error) {
    return cannotReadItem(source, error);
  }
  return itemOf(parsed, source);
}

/** A file that cannot be read (`INVALID_ARGUMENT`, saying why), as an item of the batch. */
function cannotReadItem(source: string, error: unknown): SourceItem {
  const { code, text } = error as HuyenHocTapError;
  return { source, error: { code, issues: [], message: text } };
}

/** A parsed report, or why it cannot be read. */
function itemOf(parsed: ParseResult, source: string): SourceItem {
  return parsed.ok ? { source, value: parsed.value } : unreadable(source, parsed.issues);
}


/**
 * The `.json` files of a folder, by name. Subfolders are not read, whatever their name (`archive.json/`), nor links to
 * folders; a link to a file is read as that file, and one that leads nowhere is reported when it is read.
 */
async function jsonFilesOf(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw cannotRead(folder, error);
  }
  const names: string[] = [];
  for (const entry of entries) {
    if (!entry.name.toLowerCase().endsWith(".json")) continue;
    // A link (or an entry whose type the file system does not give) is looked at through `stat`, which follows it.
    if (entry.isDirectory() || (!entry.isFile() && (await isDirectory(join(folder, entry.name))))) continue;
    names.push(entry.name);
  }
  return names.sort();
}
