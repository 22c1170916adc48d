import pilot2021 from "../../rules/huyen-hoc-tap/2021.lite.js";
import pilot2021Digest from "../../rules/huyen-hoc-tap/2021.digest.json" with { type: "json" };
import { preparedOnFirstUse } from "./prepared-packs.js";

/**
 * The bundled packs of `huyen-hoc-tap/lite`: the same packs as bundled-packs.ts, in the same order, without their
 * tests (`<version>.lite.js`, written by `npm run generate`), under the digest of the published file. A test checks
 * that both lists hold the same packs and that both entries judge alike.
 */
export const litePacks = preparedOnFirstUse([{ pack: pilot2021, digest: pilot2021Digest.digest }]);
