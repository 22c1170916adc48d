import type { RulePack } from "../types.js";
import { getPreparedPack, loadPack } from "./load-pack.js";
import type { PreparedPack } from "./prepared-pack.js";
import { invalidArgument, shown } from "../invalid-argument.js";

/**
 * The prepared (checked) form of a pack given as an object or as JSON text, for the tools that take either:
 * `PACK_INVALID` when it is not a valid pack, `INVALID_ARGUMENT` when it is neither.
 */
export function preparedOf(pack: RulePack | object | string): PreparedPack {
  if (typeof pack === "string") return getPreparedPack(loadPack(pack));
  if (pack === null || typeof pack !== "object") {
    throw invalidArgument(`pack phải là một bộ quy tắc (đối tượng) hoặc văn bản JSON của nó, nhưng nhận được ${shown(pack)}`, `pack must be a rule pack object or its JSON text, got ${shown(pack)}`);
  }
  return getPreparedPack(pack);
}
