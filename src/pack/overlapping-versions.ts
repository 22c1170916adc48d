import type { RulePack } from "../types.js";

/** What decides whether two versions overlap: their framework, version and period in force. */
export type DatedPack = Pick<RulePack, "id" | "version" | "effectiveFrom" | "effectiveTo">;

/**
 * The versions of `pack`'s framework among `others` whose period in force shares a day with its own (both ends
 * inclusive; no `effectiveTo` is open-ended). Versions of one framework must not overlap (issue 3): a report's year
 * would then select two packs. The same version (a re-published file) is not an overlap.
 */
export function overlappingVersions(pack: DatedPack, others: readonly DatedPack[]): DatedPack[] {
  const out: DatedPack[] = [];
  for (const other of others) {
    if (other.id !== pack.id || other.version === pack.version) continue;
    const endsBefore = pack.effectiveTo !== undefined && pack.effectiveTo < other.effectiveFrom;
    const startsAfter = other.effectiveTo !== undefined && other.effectiveTo < pack.effectiveFrom;
    if (!endsBefore && !startsAfter) out.push(other);
  }
  return out;
}
