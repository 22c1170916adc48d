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
  /** Whether `verifyPack` verified this bundled pack in this process (then every `evaluate` with it reports so). */
  verified: boolean;
  /** The id of the key that verified it, or null. */
  keyId: string | null;
}

/** The packs bundled with the library, oldest first. */
export function listPacks(): PackSummary[] {
  return bundledPacks().map((p) => ({ ...p.info, years: coveredYears([p]), pack: p.pack }));
}
