import { HuyenHocTapError } from "../errors.js";
import { en } from "../explain/messages.en.js";
import { vi } from "../explain/messages.vi.js";
import type { RulePack } from "../types.js";
import { getPreparedPack, loadPack } from "./load-pack.js";
import type { PreparedPack } from "./prepared-pack.js";

/**
 * The prepared (checked) form of a pack given as an object or as JSON text, for the tools that take either:
 * `PACK_INVALID` when it is not a valid pack, `INVALID_ARGUMENT` when it is neither.
 */
export function preparedOf(pack: RulePack | object | string): PreparedPack {
  if (typeof pack === "string") return getPreparedPack(loadPack(pack));
  if (pack === null || typeof pack !== "object") {
    const what = "pack must be a rule pack object or its JSON text";
    throw new HuyenHocTapError("INVALID_ARGUMENT", { vi: vi.invalidArgument(what), en: en.invalidArgument(what) });
  }
  return getPreparedPack(pack);
}
