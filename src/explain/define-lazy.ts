/**
 * Defines an enumerable property computed on first read and then cached: results stay plain, JSON-serialisable
 * data, and texts nobody reads cost nothing.
 */
export function defineLazy<T extends object, K extends string, V>(target: T, key: K, compute: () => V): void {
  let cached: V;
  let done = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get(): V {
      if (!done) {
        cached = compute();
        done = true;
      }
      return cached;
    },
  });
}
