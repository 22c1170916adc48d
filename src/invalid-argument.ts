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
    if (error instanceof HuyenHocTapError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw invalidArgument(`không đọc được ${name} (${detail})`, `${name} cannot be read (${detail})`);
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
 * An options argument: undefined and null are no options (JavaScript callers); anything else must be an object. Its
 * `keys` (the options the function knows; any other own key is refused, naming it) are read once each, as property access reads them
 * (own or inherited, a getter, a proxy), into a plain copy: an option then cannot change between two reads, and
 * options that cannot be read (a revoked proxy, a getter that throws) are refused with INVALID_ARGUMENT rather than
 * the host's error.
 */
export function optionsObject<T extends object>(options: T | null | undefined, keys: readonly (keyof T & string)[], name = "options"): Partial<T> {
  if (options === undefined || options === null) return {};
  return readArgument(name, () => {
    if (typeof options !== "object" || Array.isArray(options)) {
      throw invalidArgument(`${name} phải là một đối tượng, nhưng nhận được ${shown(options)}`, `${name} must be an object, got ${shown(options)}`);
    }
    // An unknown option is a mistake that would otherwise pass in silence: `evaluate(report, pack)` was judged with the
    // bundled pack, as if the caller's pack had not been given.
    for (const key of Object.keys(options)) {
      if ((keys as readonly string[]).includes(key)) continue;
      const pack = keys.includes("pack" as keyof T & string);
      throw invalidArgument(
        `${name}: ${shown(key)} không phải là tùy chọn; các tùy chọn: ${keys.join(", ")}${pack ? " (một bộ quy tắc được truyền là { pack })" : ""}`,
        `${name}: ${shown(key)} is not an option; the options: ${keys.join(", ")}${pack ? " (a rule pack is given as { pack })" : ""}`,
      );
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
