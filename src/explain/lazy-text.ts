/**
 * Results are built by the million, so their texts are computed only when read. Each result class keeps its lazy
 * texts as getters on its prototype, made enumerable so that `for…in` lists them, and `toJSON` turns the object into
 * plain data with every text (JSON.stringify includes them). A getter on each object would cost far more: V8 builds
 * objects with own accessors slowly.
 */
export function makeLazyEnumerable(prototype: object, keys: readonly string[]): void {
  for (const key of keys) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
    if (descriptor) Object.defineProperty(prototype, key, { ...descriptor, enumerable: true });
  }
}

/** Plain data of a result object: its own fields and its lazy texts (computed now), in that order. */
export function plainData(object: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // for…in walks own enumerable fields, then the enumerable getters of the prototype.
  for (const key in object) out[key] = (object as Record<string, unknown>)[key];
  return out;
}
