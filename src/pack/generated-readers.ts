import * as pilot2021 from "../../rules/huyen-hoc-tap/2021.reader.js";
import type { ReaderModule } from "../../rules/huyen-hoc-tap/2021.reader.js";
import { isIsoDate } from "../report/check-value.js";
import { codePoints, INVALID } from "../report/compile-reader.js";
import { roundMeasure } from "../logic/round-decimal.js";
import { readerKey } from "./reader-file.js";

/**
 * The report readers generated ahead of time for the bundled packs' report schemas (`npm run generate`, see
 * src/pack/reader-source.ts). A pack gets one when it is the pack the reader was written from (same digest) or has the
 * same report schema (same key); every other pack is read by the closures of `compileReader`, which check and copy
 * alike (a fuzz test compares them).
 */
const MODULES: readonly ReaderModule[] = [pilot2021];

const RUNTIME = { INVALID, isIsoDate, codePoints, roundMeasure };

/** The generated reader for a pack, or null. `digest` is the pack's; `reportSchema` its report schema as written. */
export function generatedReader(digest: string, reportSchema: unknown): ((report: unknown) => unknown) | null {
  let module = MODULES.find((m) => m.packDigest === digest);
  if (module === undefined) {
    const key = readerKey(reportSchema);
    module = MODULES.find((m) => m.key === key);
  }
  return module === undefined ? null : module.createReader(RUNTIME);
}
