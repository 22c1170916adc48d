import type { EvaluationWarning } from "../types.js";
import { enPack } from "../explain/pack-messages.en.js";
import { viPack } from "../explain/pack-messages.vi.js";
import { formatDate } from "../explain/format-number.js";
import { getPreparedPack } from "./load-pack.js";
import type { PreparedPack } from "./prepared-pack.js";
import { isInForce, judgementDate } from "./select-pack.js";

/**
 * Prepares a pack given to `evaluate` (`options.pack`: checked, see getPreparedPack) and warns (`PACK_NOT_IN_FORCE`)
 * when it was not in force on the day the report is judged at: the caller's `asOf`, else 31 December of the report's
 * `year` (no warning when the year is not a whole number; the report's validation says so). Only the entries that
 * take a pack give it to `evaluateWith` (see EvaluateParts): `huyen-hoc-tap/lite` carries neither the pack checker
 * nor these texts.
 */
export function resolveGivenPack(given: object, year: number | null, asOf: string | undefined): { pack: PreparedPack; warnings: EvaluationWarning[] } {
  const pack = getPreparedPack(given);
  const warnings: EvaluationWarning[] = [];
  if (year !== null && !isInForce(pack, asOf ?? judgementDate(year))) {
    const name = `${pack.info.id} ${pack.info.version}`;
    // Dates as people write them (12/11/2021), like the "31/12" of the message.
    const from = formatDate(pack.info.effectiveFrom);
    const to = pack.info.effectiveTo === undefined ? "…" : formatDate(pack.info.effectiveTo);
    // The message names the date the check used: the caller's asOf, else 31 December of the report's year.
    const on = asOf === undefined ? null : formatDate(asOf);
    warnings.push({
      code: "PACK_NOT_IN_FORCE",
      message: on === null
        ? { vi: viPack.packNotInForce(name, year, from, to), en: enPack.packNotInForce(name, year, from, to) }
        : { vi: viPack.packNotInForceOn(name, on, from, to), en: enPack.packNotInForceOn(name, on, from, to) },
    });
  }
  return { pack, warnings };
}
