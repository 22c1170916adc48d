import pilot2021 from "../../rules/huyen-hoc-tap/2021.json" with { type: "json" };
import pilot2021Digest from "../../rules/huyen-hoc-tap/2021.digest.json" with { type: "json" };
import { prepareBundled } from "./prepared-packs.js";
import type { PreparedPack } from "./prepared-pack.js";

/**
 * The packs shipped with the library, oldest first. They are checked by the test suite (`tests/pack/`), so they are
 * prepared here without checking them again at run time. Adding a version is adding a JSON file, its digest file and
 * compiled module (`npm run generate`), a line here and one in generated-code.ts;
 * apps that need a version before the library ships it pass it as `evaluate(report, { pack })`.
 */
const SOURCES: readonly { pack: object; digest: string }[] = [{ pack: pilot2021, digest: pilot2021Digest.digest }];

let cache: PreparedPack[] | null = null;

/** The bundled packs, prepared on first use. */
export function bundledPacks(): PreparedPack[] {
  // Each pack's digest is published beside it (`<version>.digest.json`, checked by tests/pack/bundled-digests.test.ts),
  // so start-up does not hash 60 KB of canonical JSON.
  cache ??= SOURCES.map((source) => prepareBundled(source.pack, source.digest));
  return cache;
}
