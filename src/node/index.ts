/**
 * The Node-only entry of huyen-hoc-tap (`huyen-hoc-tap/node`): reading packs and reports from files.
 *
 * @packageDocumentation
 */
import { loadPack } from "../pack/load-pack.js";
import type { LoadPackOptions } from "../pack/load-pack.js";
import { readText } from "./read-report-file.js";
import type { RulePack } from "../types.js";

/** Loads and checks a rule pack from a file (see `loadPack`). */
export async function loadPackFile(path: string, options: LoadPackOptions = {}): Promise<RulePack> {
  return loadPack(await readText(path), options);
}

export { readReportFile } from "./read-report-file.js";
export { evaluateFiles, readReports } from "./read-reports.js";
export type { FileBatchItem, ReadReport, ReportSource, UnreadableReport } from "./read-reports.js";
export type { LoadPackOptions };
export { loadPackUrl } from "./load-pack-url.js";
export type { LoadPackUrlOptions } from "./load-pack-url.js";
