import type { RulePack } from "../types.js";
import { bundledPacks } from "./bundled-packs.js";
import { coveredYears } from "./select-pack.js";

/** A bundled pack, as `pack list` shows it. */
export interface PackSummary {
  /** Framework id. */
  id: string;
  /** Version. */
  version: string;
  /** In force from. */
  effectiveFrom: string;
  /** In force to, if ended. */
  effectiveTo?: string;
  /** Assessment years it judges (by 31 December). */
  years: string;
  /** `sha256:` digest of its canonical JSON. */
  digest: string;
  /** The pack itself (deep-frozen). */
  pack: RulePack;
}

/** The packs bundled with the library, oldest first. */
export function listPacks(): PackSummary[] {
  return bundledPacks().map((p) => ({ ...p.info, years: coveredYears([p]), pack: p.pack }));
}
