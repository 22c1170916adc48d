import * as pilot2021 from "../../rules/huyen-hoc-tap/2021.compiled.js";
import type { CompiledModule, GeneratedRules } from "../../rules/huyen-hoc-tap/2021.compiled.js";
import { isBlank, isIsoDate, nfcLonger } from "../report/check-value.js";
import { codePoints, INVALID } from "../report/compile-reader.js";
import { roundMeasure } from "../logic/round-decimal.js";
import { OPERATIONS, truthy } from "../logic/operations.js";
import { readerKey } from "./compiled-file.js";

export type { GeneratedRules };

/**
 * The code generated ahead of time for the bundled packs (`npm run generate`, see src/pack/compiled-file.ts). A pack
 * gets the generated reader when it is the pack it was written from (same digest) or has the same report schema (same
 * key), and the generated rules only when it is that pack; every other pack is read and judged by closures, which
 * check, copy and compute alike (a fuzz test compares the readers; the differential tests compare the rules with
 * json-logic-js).
 */
const MODULES: readonly CompiledModule[] = [pilot2021];

const READER_RUNTIME = { INVALID, isIsoDate, isBlank, codePoints, nfcLonger, roundMeasure };
const RULES_RUNTIME = { OPERATIONS, truthy };

/** The generated reader for a pack, or null. `digest` is the pack's; `reportSchema` its report schema as written. */
export function generatedReader(digest: string, reportSchema: unknown): ((report: unknown) => unknown) | null {
  let module = MODULES.find((m) => m.packDigest === digest);
  if (module === undefined) {
    const key = readerKey(reportSchema);
    module = MODULES.find((m) => m.key === key);
  }
  return module === undefined ? null : module.createReader(READER_RUNTIME);
}

/** The generated rules of the pack with this digest, or null. */
export function generatedRules(digest: string): GeneratedRules | null {
  const module = MODULES.find((m) => m.packDigest === digest);
  return module === undefined ? null : module.createRules(RULES_RUNTIME);
}
