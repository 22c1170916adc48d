/**
 * Lazy texts in results are own, enumerable, configurable getters that compute once and cache, so results stay plain
 * data for `JSON.stringify`, `Object.keys`, spreading and `structuredClone`.
 *
 * They are defined with `__defineGetter__` (ECMAScript Annex B, in every browser, Node, Deno and Bun): it defines
 * exactly such a property without reading a descriptor object, about 100 ns in V8 against 125 ns for
 * `Object.defineProperty` (`tests/bench/accessor-cost.mjs`; a result defines about 24). It is taken once, when this
 * module loads, and used only if it defines what is expected; otherwise `Object.defineProperty` defines the same
 * property.
 */
type DefineGetter = (this: object, name: string, get: () => unknown) => void;

const annexB = (Object.prototype as unknown as { __defineGetter__?: DefineGetter }).__defineGetter__;

/** Whether `__defineGetter__` is there and defines an own, enumerable, configurable getter. */
function annexBWorks(define: DefineGetter | undefined): define is DefineGetter {
  if (typeof define !== "function") return false;
  try {
    const probe = {};
    const get = (): number => 1;
    define.call(probe, "x", get);
    const d = Object.getOwnPropertyDescriptor(probe, "x");
    return d !== undefined && d.get === get && d.set === undefined && d.enumerable === true && d.configurable === true;
  } catch {
    return false;
  }
}

/** Defines `name` on `target` as an own, enumerable, configurable getter (shared `get`, reading `this`). */
export const defineLazy: (target: object, name: string, get: () => unknown) => void = annexBWorks(annexB)
  ? (target, name, get) => annexB.call(target, name, get)
  : (target, name, get) => {
      Object.defineProperty(target, name, { get, enumerable: true, configurable: true });
    };

/**
 * A base class whose instances are plain objects: its constructor returns a fresh object, which then becomes the
 * derived class's `this` (with its private fields). Results built by such classes have `Object.prototype` as their
 * prototype, like the JSON they are written as: `assert.deepStrictEqual(result, JSON.parse(JSON.stringify(result)))`
 * and `toStrictEqual` hold, `digestOf(result)` reads them, and no method of the library hangs on them.
 */
export function plainObjectBase(): new () => object {
  // A constructor whose instances have Object.prototype: V8 then sizes them for the fields they get (slack tracking),
  // which `{}` (room for 4) would not. One per result class, so each keeps its own shape.
  function Plain(): void {}
  Plain.prototype = Object.prototype;
  const make = Plain as unknown as new () => object;
  return class {
    constructor() {
      // eslint-disable-next-line no-constructor-return
      return new make();
    }
  } as new () => object;
}

/**
 * A text in both languages, made when a lazy text (a result's `reason`) is first read: `vi`, the first language, is
 * built then, as plain data; `en` is an own, enumerable getter that builds the English sentence when first read and
 * caches it. Reading the Vietnamese reasons never builds the English ones. (Making `vi` a getter too costs a second
 * accessor per reason read: judging a report and reading its 16 Vietnamese reasons was 5 % slower in an interleaved
 * A/B run, see docs/performance.md.) `build(a, b, lang)` makes one language.
 */
export class LazyText<A, B> extends plainObjectBase() {
  declare vi: string;
  declare en: string;
  #build: (a: A, b: B, lang: "vi" | "en") => string;
  #a: A;
  #b: B;
  #en: string | undefined;

  static readonly #EN = function (this: LazyText<unknown, unknown>): string {
    return (this.#en ??= this.#build(this.#a, this.#b, "en"));
  };

  constructor(build: (a: A, b: B, lang: "vi" | "en") => string, a: A, b: B) {
    super();
    this.#build = build;
    this.#a = a;
    this.#b = b;
    this.#en = undefined;
    this.vi = build(a, b, "vi");
    defineLazy(this, "en", LazyText.#EN);
  }
}
