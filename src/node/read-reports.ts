import { EVALUATE_OPTIONS } from "../evaluate-core.js";
import { readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { evaluateOne, unreadableOne, withPreparedPack } from "../batch/evaluate-many.js";
import type { BatchError, BatchItem, EvaluateManyOptions } from "../batch/evaluate-many.js";
import { HuyenHocTapError } from "../errors.js";
import { REPORT_LIMITS } from "../pack/check-limits.js";
import type { Limits } from "../pack/check-limits.js";
import { parseJson } from "../pack/parse-json.js";
import { splitJsonArray } from "../pack/split-json-array.js";
import type { ParseResult } from "../pack/parse-json.js";
import { optionsObject } from "../invalid-argument.js";
import type { Issue } from "../types.js";
import { byteLines } from "./byte-lines.js";
import { isDirectory } from "./is-directory.js";
import { inputKind, isJsonLines } from "./input-kind.js";
import { cannotRead, checkPath, decodeUtf8, maxBytesOf, notUtf8Issue, readBytes, regularFileSize, tooLargeIssue } from "./read-bytes.js";

/** One report read from a folder or a file: the report, or why it could not be read. */
/**
 * A report read, or why it cannot be; `value`, with an error, is the report as read when only its values have problems
 * (a key written twice, a number that reads two ways), so that its other problems can be reported with them.
 */
export type SourceItem = { source: string; value: unknown } | { source: string; error: BatchError; value?: unknown };

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
 * The reports of a folder (its `.json`, `.jsonl` and `.ndjson` files, by name, each read as if given alone; not its
 * subfolders, whatever their name), of a JSON Lines file (`.jsonl`, `.ndjson`: one report per non-blank line), or of
 * any other file (JSON: one report, or an array whose every item is a report, read alone with a report's limits), in
 * order — the rule the CLI's `evaluate` and `simulate` read by. A report that cannot be read is yielded with its
 * `error`, its issues' paths inside that report; the others are not affected. A JSON file that is not JSON as a whole
 * is one error, for the file; so is a folder's file that cannot be read.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT` when `path` itself cannot be read.
 */
export async function* readReports(path: string): AsyncGenerator<ReportSource> {
  for await (const { item } of readSources(path)) yield "error" in item ? { source: item.source, error: item.error } : { source: item.source, report: item.value };
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
    const outcome: BatchItem = "error" in item ? unreadableOne(item.error, item.value, index, shared) : evaluateOne(item.value, index, shared);
    items.push({ ...outcome, source: item.source });
  }
  return items;
}

/**
 * The reports of a path, classified by {@link inputKind} (the rule the CLI's `evaluate` and `simulate` share): a
 * directory (its `.json`, `.jsonl` and `.ndjson` files, by name, each read as if given alone; not its subfolders), a
 * JSON Lines file (one report per non-blank line), or any other file (one report, or an array of reports, each read
 * alone), in order, each with where it came from (`file.json`, `reports.json#/3`, `reports.jsonl:12`; in a directory,
 * the file's name within it: `a.json#/1`, `b.jsonl:3`) and how far through the input it is (0–1).
 */
export async function* readSources(input: string): AsyncGenerator<{ item: SourceItem; fraction: number }> {
  checkPath(input);
  const kind = await inputKind(input);
  if (kind === "directory") {
    yield* readFolder(input);
    return;
  }
  if (kind === "lines") {
    yield* readLines(input, basename(input));
    return;
  }
  // The path given must be a readable file (a whole-batch error); the reports in it are items.
  await regularFileSize(input);
  yield* itemsOfJsonFile(await readJsonFileBytes(input, basename(input), JSON_FILE_BYTES), basename(input));
}

/**
 * A folder's files, in name order, each read as if given alone ({@link readSources}): one that cannot be read is an
 * item of its own, and the others are read. A few `.json` files are read ahead — those within a report's size: the
 * disk works while the reports are judged, in bounded memory — and a larger one (an array of reports) when its turn
 * comes.
 */
async function* readFolder(folder: string): AsyncGenerator<{ item: SourceItem; fraction: number }> {
  const names = await reportFilesOf(folder);
  const AHEAD = 8;
  const queue: Promise<JsonFileBytes>[] = [];
  const jsonNames = names.filter((name) => !isJsonLines(name));
  let next = 0;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const path = join(folder, name);
    const within = (f: number): number => (i + f) / names.length;
    if (isJsonLines(name)) {
      try {
        for await (const { item, fraction } of readLines(path, name)) yield { item, fraction: within(fraction) };
      } catch (error) {
        yield { item: cannotReadItem(name, error), fraction: within(1) };
      }
      continue;
    }
    for (; next < jsonNames.length && queue.length < AHEAD; next++) queue.push(readJsonFileBytes(join(folder, jsonNames[next] as string), jsonNames[next] as string, AHEAD_BYTES));
    let read = await (queue.shift() as Promise<JsonFileBytes>);
    if ("bytes" in read && read.bytes === null) read = await readJsonFileBytes(path, name, JSON_FILE_BYTES);
    for await (const { item, fraction } of itemsOfJsonFile(read, name)) yield { item, fraction: within(fraction) };
  }
}

/**
 * The lines of a JSON Lines file, one report per non-blank line (`name:12`), read line by line with no total limit:
 * only a regular file, which ends.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT` when the file cannot be read.
 */
async function* readLines(path: string, name: string): AsyncGenerator<{ item: SourceItem; fraction: number }> {
  const size = await regularFileSize(path, name);
  let lineNumber = 0;
  let read = 0;
  for await (const line of byteLines(path, name)) {
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

/**
 * A `.json` file's largest text: a file of reports may hold many. A file over `maxBytesOf` it (600 MB) is refused
 * without being read whole; a JSON Lines file, read line by line, has no total limit. Each report in the file has a
 * report's limits (REPORT_LIMITS).
 */
const JSON_FILE_LIMITS: Limits = { ...REPORT_LIMITS, maxSize: 200_000_000 };

/** Most reports in one `.json` file. */
const MAX_ARRAY_REPORTS = 1_000_000;

function unreadable(source: string, issues: Issue[], value?: unknown): SourceItem {
  const error: BatchError = { code: "REPORT_INVALID", issues, message: { vi: `Báo cáo không đọc được: ${source}`, en: `The report cannot be read: ${source}` } };
  return value === undefined ? { source, error } : { source, error, value };
}

/** A `.json` file's bytes, null when over the limit it was read with; or why it cannot be read, as an item. */
type JsonFileBytes = { bytes: Uint8Array | null } | { item: SourceItem };

/** The most bytes of a file read ahead in a folder: a report's (a larger file is read when its turn comes). */
const AHEAD_BYTES = maxBytesOf(REPORT_LIMITS);
/** The most bytes of a file of reports. */
const JSON_FILE_BYTES = maxBytesOf(JSON_FILE_LIMITS);

/** A file's bytes, at most `maxBytes` of them (see {@link JsonFileBytes}). It never rejects. */
async function readJsonFileBytes(path: string, name: string, maxBytes: number): Promise<JsonFileBytes> {
  try {
    return { bytes: await readBytes(path, maxBytes, name) };
  } catch (error) {
    return { item: cannotReadItem(name, error) };
  }
}

/**
 * The reports of a JSON file (any name but JSON Lines'): one report, or each item of an array as a report of its own
 * (`file.json#/3`), parsed alone with a report's limits and located inside itself, as a line of a JSON Lines file is:
 * an item with a string too long, nested too deep or with a key twice is refused alone. A file that is not JSON as a
 * whole, too large, or with too many items is one error, for the file.
 */
function* itemsOfJsonFile(read: JsonFileBytes, name: string): Generator<{ item: SourceItem; fraction: number }> {
  if ("item" in read) {
    yield { item: read.item, fraction: 1 };
    return;
  }
  const { bytes } = read;
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

/** A file that cannot be read (`INVALID_ARGUMENT`, saying why), as an item of the batch. */
function cannotReadItem(source: string, error: unknown): SourceItem {
  const { code, text } = error as HuyenHocTapError;
  return { source, error: { code, issues: [], message: text } };
}

/** A parsed report, or why it cannot be read. */
function itemOf(parsed: ParseResult, source: string): SourceItem {
  return parsed.ok ? { source, value: parsed.value } : unreadable(source, parsed.issues, parsed.value);
}


/**
 * The files of a folder that hold reports (`.json`, `.jsonl`, `.ndjson`), by name; other files are not reports. Subfolders
 * are not read, whatever their name (`archive.json/`), nor links to folders; a link to a file is read as that file, and
 * one that leads nowhere is reported when it is read.
 */
async function reportFilesOf(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw cannotRead(folder, error);
  }
  const names: string[] = [];
  for (const entry of entries) {
    if (!/\.(json|jsonl|ndjson)$/i.test(entry.name)) continue;
    // A link (or an entry whose type the file system does not give) is looked at through `stat`, which follows it.
    if (entry.isDirectory() || (!entry.isFile() && (await isDirectory(join(folder, entry.name))))) continue;
    names.push(entry.name);
  }
  return names.sort();
}
