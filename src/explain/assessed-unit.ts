/*
 * The noun of the unit a pack assesses, for documents about its results (the appendix, the CLI's text, simulate).
 * The pack says it (`assessedUnit`); a pack that does not — the bundled pilot pack — assesses districts, as its
 * title says, and its documents read as they always have.
 */
import type { AssessedUnit, RulePack } from "../types.js";

/** Without `assessedUnit`: huyện / district (formatVersion 1 began with district packs only). */
const DEFAULT_UNIT: AssessedUnit = { name: { vi: "huyện", en: "district" }, plural: { vi: "huyện", en: "districts" } };

/** The pack's noun for the unit it assesses; the default without a pack (a result whose pack is not at hand). */
export function assessedUnitOf(pack: RulePack | null | undefined): AssessedUnit {
  return pack?.assessedUnit ?? DEFAULT_UNIT;
}
