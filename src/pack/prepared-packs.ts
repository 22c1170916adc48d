import type { RulePack } from "../types.js";
import type { Issue } from "../types.js";
import { preparePack } from "./prepare-pack.js";
import type { PreparedPack } from "./prepared-pack.js";
import { resolveSchema } from "./resolve-schema.js";

/**
 * Packs this library made (deep-frozen), with their prepared form: they cannot change, so they are never checked
 * again. Kept apart from the pack checker (load-pack.ts) so that judging with the bundled packs loads no checker.
 */
export const preparedPacks = new WeakMap<object, PreparedPack>();

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
