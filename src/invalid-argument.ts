import { HuyenHocTapError } from "./errors.js";
import { en } from "./explain/messages.en.js";
import { vi } from "./explain/messages.vi.js";
import type { Issue, Lang } from "./types.js";

/** `INVALID_ARGUMENT`: what is wrong with an argument, said in Vietnamese and in English. */
export function invalidArgument(whatVi: string, whatEn: string, issues: Issue[] = []): HuyenHocTapError {
  return new HuyenHocTapError("INVALID_ARGUMENT", { vi: vi.invalidArgument(whatVi), en: en.invalidArgument(whatEn) }, issues);
}

/**
 * Runs `read`, which reads the caller's argument `name`: what it throws that is not this library's error — a revoked
 * proxy, a getter or an iterator that throws — becomes INVALID_ARGUMENT naming the argument, so that a call only ever
 * throws this library's error.
 */
export function readArgument<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    // What was thrown may itself refuse to be read (a proxy, an object without a prototype, a throwing `toString`):
    // then its type says enough.
    let detail: unknown = typeof error;
    try {
      detail = error instanceof HuyenHocTapError ? error : String(error instanceof Error ? error.message : error).slice(0, 200);
    } catch {
      // keep the type
    }
    if (detail instanceof HuyenHocTapError) throw detail;
    throw invalidArgument(`không đọc được ${name} (${detail as string})`, `${name} cannot be read (${detail as string})`);
  }
}

/** A value as it is shown in an argument error (`"fast"`, `5`, `null`, `undefined`, `a function`). */
export function shown(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "function") return "a function";
  if (typeof value === "bigint" || typeof value === "symbol") return String(value);
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
  } catch {
    return typeof value;
  }
}

/**
 * An options argument: undefined and null are no options (JavaScript callers); anything else must be a plain object
 * (its prototype `Object.prototype` or null) whose own names are all options. Its `keys` (the options the function
 * knows) are read once each (a getter, a proxy), into a plain copy: an option then cannot change between two reads, and
 * options that cannot be read (a revoked proxy, a getter that throws) are refused with INVALID_ARGUMENT rather than
 * the host's error.
 */
export function optionsObject<T extends object>(options: T | null | undefined, keys: readonly (keyof T & string)[], name = "options"): Partial<T> {
  if (options === undefined || options === null) return {};
  return readArgument(name, () => {
    // A plain object only (a Map, a Date or a class instance would hide its options from the check below).
    const proto = typeof options === "object" ? Object.getPrototypeOf(options) : undefined;
    if (proto !== Object.prototype && proto !== null) {
      throw invalidArgument(`${name} phải là một đối tượng thuần, nhưng nhận được ${shown(options)}`, `${name} must be a plain object, got ${shown(options)}`);
    }
    // An unknown option is a mistake that would otherwise pass in silence: `evaluate(report, pack)` was judged with the
    // bundled pack, as if the caller's pack had not been given. Every own name counts, enumerable or not.
    for (const key of Object.getOwnPropertyNames(options)) {
      if ((keys as readonly string[]).includes(key)) continue;
      throw invalidArgument(`${name}: không có tùy chọn ${shown(key)} (${keys.join(", ")})`, `${name}: no option ${shown(key)} (${keys.join(", ")})`);
    }
    const copy: Partial<T> = {};
    for (const key of keys) {
      const value = options[key];
      if (value !== undefined) copy[key] = value;
    }
    return copy;
  });
}

/** An option that must be one of a few strings (or left out). */
export function checkChoice<T extends string>(name: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined || (typeof value === "string" && (allowed as readonly string[]).includes(value))) return value as T | undefined;
  const list = allowed.map((a) => `"${a}"`);
  throw invalidArgument(`${name} phải là ${list.join(" hoặc ")}, nhưng nhận được ${shown(value)}`, `${name} must be ${list.join(" or ")}, got ${shown(value)}`);
}

/** A boolean option (or left out). */
export function checkBoolean(name: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  throw invalidArgument(`${name} phải là true hoặc false, nhưng nhận được ${shown(value)}`, `${name} must be true or false, got ${shown(value)}`);
}

const LANGS: readonly Lang[] = ["vi", "en"];

/** The `lang` option: `vi` (the default) or `en`. */
export function checkLang(value: unknown): Lang {
  return checkChoice("lang", value, LANGS) ?? "vi";
}
