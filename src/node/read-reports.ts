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
import type { ParseResult } from "../pack/parse-json.js";
import { optionsObject } from "../invalid-argument.js";
import type { Issue } from "../types.js";
import { isDirectory } from "./is-directory.js";
import { cannotRead, checkPath, decodeUtf8, maxBytesOf, notUtf8Issue, readJson, regularFileSize, tooLargeIssue } from "./read-bytes.js";

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
 * The reports of a folder (its `.json` files, by name), of a `.json` file (one report, or an array of reports), or of a
 * JSON Lines file (`.jsonl`, `.ndjson`, or any other name: one report per non-blank line), in order. A report that
 * cannot be read is yielded with its `error`; the others are not affected.
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
 * The reports of a directory (its `.json` files, by name), of a `.json` file (one report, or an array of reports) or
 * of a JSON Lines file (one report per non-blank line; any other file name), in order, each with where it came from
 * (`file.json`, `reports.json#/3`, `reports.jsonl:12`) and how far through the input it is (0–1).
 */
export async function* readSources(input: string): AsyncGenerator<{ item: SourceItem; fraction: number }> {
  checkPath(input);
  if (await isDirectory(input)) {
    const names = (await readdir(input)).filter((name) => name.toLowerCase().endsWith(".json")).sort();
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
    // The path given must be readable (a whole-batch error); the reports in it are items.
    await regularFileSize(input);
    // Each report is checked against the report limits when it is judged: the file as a whole may hold many.
    const item = await readReport(input, basename(input), ARRAY_FILE_LIMITS);
    if (!("value" in item) || !Array.isArray(item.value)) {
      yield { item, fraction: 1 };
      return;
    }
    const list = item.value as unknown[];
    for (let i = 0; i < list.length; i++) yield { item: { source: `${item.source}#/${i}`, value: list[i] }, fraction: (i + 1) / list.length };
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
    if (text === null) yield { item: unreadable(source, [notUtf8Issue()]), fraction };
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
 * Limits for a `.json` file of reports (an array): as for one report, with room for many. A file over `maxBytesOf`
 * them (600 MB) is refused without being read whole; a JSON Lines file, read line by line, has no total limit.
 */
const ARRAY_FILE_LIMITS: Limits = { ...REPORT_LIMITS, maxDepth: REPORT_LIMITS.maxDepth + 1, maxNodes: 20_000_000, maxKeys: 1_000_000, maxSize: 200_000_000 };

async function readReport(path: string, source: string, limits: Limits = REPORT_LIMITS): Promise<SourceItem> {
  let parsed: ParseResult;
  try {
    parsed = await readJson(path, limits, source);
  } catch (error) {
    const { code, text } = error as HuyenHocTapError;
    return { source, error: { code, issues: [], message: text } };
  }
  return itemOf(parsed, source);
}

/** A parsed report, or why it cannot be read. */
function itemOf(parsed: ParseResult, source: string): SourceItem {
  return parsed.ok ? { source, value: parsed.value } : unreadable(source, parsed.issues);
}

