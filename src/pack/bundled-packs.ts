import pilot2021 from "../../rules/huyen-hoc-tap/2021.json" with { type: "json" };
import { loadPrepared } from "./load-pack.js";
import type { PreparedPack } from "./prepared-pack.js";

/**
 * The packs shipped with the library, oldest first. They are checked by the test suite (`tests/pack/`), so they are
 * prepared here without checking them again at run time. Adding a version is adding a JSON file and a line here;
 * apps that need a version before the library ships it pass it as `evaluate(report, { pack })`.
 */
const SOURCES: readonly object[] = [pilot2021];

let cache: PreparedPack[] | null = null;

/** The bundled packs, prepared on first use. */
export function bundledPacks(): PreparedPack[] {
  cache ??= SOURCES.map((source) => loadPrepared(source, true));
  return cache;
}
