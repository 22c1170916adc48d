import type { RulePack } from "../types.js";
import type { Issue } from "../types.js";
import { preparePack } from "./prepare-pack.js";
import type { PreparedPack } from "./prepared-pack.js";
import { resolveSchema } from "./resolve-schema.js";
import { ENGINE } from "../version.js";

/**
 * Packs this library made (deep-frozen), with their prepared form: they cannot change, so they are never checked
 * again. Kept apart from the pack checker (load-pack.ts) so that judging with the bundled packs loads no checker.
 *
 * One map per version of the library in a process, not per copy of this module: the CommonJS files of
 * `huyen-hoc-tap` and `huyen-hoc-tap/node` each bundle their own copy, and a pack loaded or verified through one must
 * be the same prepared (and verified) pack for the other. It is kept under a registered symbol on `globalThis`,
 * defined once, neither enumerable, writable nor configurable.
 */
export const preparedPacks: WeakMap<object, PreparedPack> = sharedMap(Symbol.for(`huyen-hoc-tap/prepared-packs@${ENGINE.version}`));

function sharedMap(key: symbol): WeakMap<object, PreparedPack> {
  const holder = globalThis as unknown as Record<symbol, unknown>;
  const found = holder[key];
  if (found instanceof WeakMap) return found as WeakMap<object, PreparedPack>;
  const map = new WeakMap<object, PreparedPack>();
  try {
    Object.defineProperty(holder, key, { value: map });
  } catch {
    // A frozen globalThis: this copy keeps its own map.
  }
  return map;
}

/** Freezes a document and everything in it, without recursion. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node !== null && typeof node === "object" && !Object.isFrozen(node)) {
      Object.freeze(node);
      for (const child of Object.values(node)) stack.push(child);
    }
  }
  return value;
}

/** Prepares a frozen pack whose report schema resolved into `reportSchema`, and remembers it. */
export function rememberPrepared(pack: RulePack, reportSchema: ReturnType<typeof resolveSchema>, digest: string): PreparedPack {
  const entry = preparePack(pack, reportSchema, digest);
  preparedPacks.set(pack, entry);
  return entry;
}

/**
 * Prepares a bundled pack without checking it (the test suite checks the bundled packs), with the digest published
 * beside it. The document is the library's own module object, which nothing else holds: it is frozen in place.
 */
export function prepareBundled(doc: object, digest: string): PreparedPack {
  const cached = preparedPacks.get(doc);
  if (cached) return cached;
  const pack = deepFreeze(doc as RulePack);
  const issues: Issue[] = [];
  const reportSchema = resolveSchema(pack.reportSchema as unknown as Record<string, unknown>, "/reportSchema", issues);
  if (issues.length > 0) throw new Error(`bundled pack ${pack.id} ${pack.version}: its report schema does not resolve`);
  return rememberPrepared(pack, reportSchema, digest);
}

/** A list of bundled packs (document and published digest, oldest first), prepared when first asked for. */
export function preparedOnFirstUse(sources: readonly { pack: object; digest: string }[]): () => PreparedPack[] {
  let cache: PreparedPack[] | null = null;
  return () => (cache ??= sources.map((source) => prepareBundled(source.pack, source.digest)));
}
