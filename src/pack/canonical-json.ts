import { sha256, toHex, utf8 } from "./sha256.js";
import type { HuyenHocTapError } from "../errors.js";
import { invalidArgument, readArgument } from "../invalid-argument.js";
import { escapePointer } from "../logic/walk-logic.js";
import { makeIssue, shownKey } from "../report/make-issue.js";
import type { Issue } from "../types.js";

/**
 * Canonical JSON (RFC 8785, JCS) with every string and key in Unicode NFC, so that whitespace, key order and Unicode
 * composition do not change a document's identity. Properties whose value is `undefined`, a function or a symbol are
 * left out, as `JSON.stringify` does, and `undefined` array items are written `null`.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT`, with the path, for what JSON cannot hold or would change: `undefined`,
 * a function or a symbol as the whole value, a function or a symbol as an array item, a bigint, a non-finite number, a cycle, nesting deeper than 1 000 levels, and
 * objects that are not plain data (`Date`, `Map`, `Set`, typed arrays…: their content is not their own properties),
 * and an object with two keys that differ but are the same after NFC (`"é"` written U+00E9 and U+0065 U+0301): their
 * order would then depend on the order they were added in, and the output would have one key twice.
 */
export function canonicalJson(value: unknown): string {
  return readArgument("value", () => write(value, [], new Set()));
}

/** Deepest nesting written (packs and reports are refused far below: 40 and 16 levels). */
const MAX_DEPTH = 1000;
const toStringTag = Object.prototype.toString;
/** A property as written: its key in NFC, its value's canonical JSON, its key as given. */
type Entry = [form: string, json: string, key: string];

function write(value: unknown, path: string[], open: Set<object>): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw refused(makeIssue("NOT_FINITE", pointer(path), {}));
      return JSON.stringify(value);
    case "string":
      return JSON.stringify(value.normalize("NFC"));
    case "object": {
      const tag = toStringTag.call(value);
      if (tag !== "[object Object]" && tag !== "[object Array]") throw refused(wrongType(path, "non-plain object"));
      if (open.has(value)) throw refused(wrongType(path, "cycle"));
      if (path.length >= MAX_DEPTH) throw refused(makeIssue("TOO_DEEP", pointer(path), { max: MAX_DEPTH }));
      open.add(value);
      let out: string;
      if (Array.isArray(value)) {
        const items: string[] = [];
        for (let i = 0; i < value.length; i++) {
          const v: unknown = value[i];
          path.push(String(i));
          items.push(v === undefined ? "null" : write(v, path, open));
          path.pop();
        }
        out = `[${items.join(",")}]`;
      } else {
        const obj = value as Record<string, unknown>;
        const entries: Entry[] = [];
        for (const key of Object.keys(obj)) {
          const v = obj[key];
          if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
          path.push(key);
          entries.push([key.normalize("NFC"), write(v, path, open), key]);
          path.pop();
        }
        // RFC 8785 sorts keys by their UTF-16 code units, which is what plain string comparison does. The sort is
        // stable, so of two keys equal after NFC the first added comes first.
        entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        for (let i = 1; i < entries.length; i++) {
          const [before, , first] = entries[i - 1] as Entry;
          const [form, , second] = entries[i] as Entry;
          if (form === before) throw sameAfterNfc(path, first, second);
        }
        out = `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`;
      }
      open.delete(value);
      return out;
    }
    default:
      throw refused(wrongType(path, typeof value));
  }
}

function pointer(path: string[]): string {
  return path.map((key) => `/${escapePointer(key)}`).join("");
}

function wrongType(path: string[], actual: string): Issue {
  return makeIssue("WRONG_TYPE", pointer(path), { expected: "JSON value", actual });
}

function refused(issue: Issue): HuyenHocTapError {
  return invalidArgument("giá trị phải là dữ liệu JSON thuần", "the value must be plain JSON data", [issue]);
}

function sameAfterNfc(path: string[], first: string, second: string): HuyenHocTapError {
  const where = pointer(path);
  const keys = (and: string): string => `${shownKey(first)} ${and} ${shownKey(second)}`;
  return invalidArgument(
    `${where === "" ? "đối tượng gốc" : `đối tượng tại ${where}`} có hai khóa ${keys("và")} trùng nhau sau khi chuẩn hóa Unicode (NFC); mã băm khi đó sẽ phụ thuộc vào thứ tự của chúng`,
    `${where === "" ? "the top-level object" : `the object at ${where}`} has two keys ${keys("and")} that are the same after Unicode normalisation (NFC); a digest would then depend on their order`,
    [makeIssue("DUPLICATE_KEY", pointer([...path, second]), nfcDuplicateParams(first, second))],
  );
}

/**
 * The params of a `DUPLICATE_KEY` issue for two keys of one object that differ but are the same after NFC: `field`
 * is the later key (as for a key written twice), `sameAs` the earlier one.
 */
export function nfcDuplicateParams(first: string, second: string): { field: string; sameAs: string; normalization: "NFC" } {
  return { field: second, sameAs: first, normalization: "NFC" };
}

const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * The first two keys, in order, that differ but are the same after NFC, or null. Only non-ASCII keys are normalised:
 * an ASCII key is its own NFC form (though a non-ASCII one may become ASCII: U+212A KELVIN SIGN is `K` in NFC).
 */
export function nfcCollision(keys: readonly string[]): [string, string] | null {
  if (!keys.some(hasNonAscii)) return null;
  const forms = new Map<string, string>();
  for (const key of keys) {
    const form = hasNonAscii(key) ? key.normalize("NFC") : key;
    const earlier = forms.get(form);
    if (earlier !== undefined && earlier !== key) return [earlier, key];
    forms.set(form, key);
  }
  return null;
}

/**
 * Meets the keys of one object one by one, as a parser reads them, and says which earlier, different key a new key is
 * the same as after NFC. `keys` holds the keys met so far, exactly as written. Only non-ASCII keys are normalised and
 * remembered; create one when the object's first non-ASCII key comes ({@link hasNonAscii}), ASCII keys before it
 * being in `keys`.
 */
export class NfcKeys {
  readonly #keys: ReadonlySet<string>;
  /** NFC form → the first non-ASCII key with that form. */
  readonly #forms = new Map<string, string>();

  constructor(keys: ReadonlySet<string>) {
    this.#keys = keys;
  }

  /** The earlier key that `key` (not met before as written) is the same as after NFC, if any; then remembers `key`. */
  twinOf(key: string): string | undefined {
    if (!hasNonAscii(key)) return this.#forms.get(key);
    const form = key.normalize("NFC");
    const earlier = this.#forms.get(form) ?? (this.#keys.has(form) ? form : undefined);
    if (earlier === undefined) this.#forms.set(form, key);
    return earlier;
  }
}

/** Whether a key has a non-ASCII character: only such a key can differ from its NFC form or become another's. */
export function hasNonAscii(key: string): boolean {
  return NON_ASCII.test(key);
}

/** The UTF-8 bytes of a document's canonical JSON: what a digest and a signature cover. */
export function canonicalBytes(value: unknown): Uint8Array {
  return utf8(canonicalJson(value));
}

/** `sha256:` and the lowercase hex SHA-256 of a document's canonical JSON. */
export function digestOf(value: unknown): string {
  return `sha256:${toHex(sha256(canonicalBytes(value)))}`;
}
