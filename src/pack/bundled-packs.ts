import pilot2021 from "../../rules/huyen-hoc-tap/2021.json" with { type: "json" };
import pilot2021Digest from "../../rules/huyen-hoc-tap/2021.digest.json" with { type: "json" };
import { preparedOnFirstUse } from "./prepared-packs.js";

/**
 * The packs shipped with the library, oldest first. They are checked by the test suite (`tests/pack/`), so they are
 * prepared here without checking them again at run time. Adding a version is adding a JSON file, running
 * `npm run generate` (its compiled and lite modules and its digest file; `npm run build` runs it too), and a line here, in lite-packs.ts and in
 * generated-code.ts (a test checks that the lists agree); apps that need a version before the library ships it pass it
 * as `evaluate(report, { pack })`.
 *
 * Each pack's digest is published beside it (`<version>.digest.json`, checked by tests/pack/bundled-digests.test.ts),
 * so start-up does not hash 60 KB of canonical JSON.
 */
export const bundledPacks = preparedOnFirstUse([{ pack: pilot2021, digest: pilot2021Digest.digest }]);
