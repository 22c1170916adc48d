import type { Issue, JsonValue } from "../types.js";
import { escapePointer } from "../logic/walk-logic.js";
import { makeIssue } from "./make-issue.js";
import type { SchemaNode } from "./schema-node.js";

/** Keys that are never accepted in input: they could reach prototypes in code that merges objects. */
/**
 * Names refused as keys of reports and as names in packs: those that reach prototypes when objects are merged, and
 * every member of `Object.prototype` (a fixed list, whatever the host has done to it). A field named `valueOf` or
 * `toString` would otherwise be "given" by every block that leaves it out, since reading it finds the inherited function.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  "__proto__", "constructor", "prototype",
  "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "toString", "valueOf",
  "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
]);

/**
 * A number as people write it, without the spaces and percent sign around it: `92,3`, `1.210`, `1 210,5`, `-3`.
 * Every repetition is fixed-width or ends at a character it cannot contain, so a test takes time linear in the text.
 */
const NUMERIC_CORE = /^[+-]?(?:\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,]\d+)?$/;

/**
 * Whether a string is a number written as text (`"92,3"`, `" 1.210 "`, `"92.3 %"`): what a person meant as a figure.
 * Linear in the string: the spaces around it and one trailing `%` are cut off by `trim` (which removes exactly the
 * characters `\s` matches) before an anchored pattern runs. The single pattern it replaces,
 * `/^\s*[+-]?(\d{1,3}([.,\s]\d{3})+|\d+)([.,]\d+)?\s*%?\s*$/`, accepts the same strings but took time quadratic
 * in a run of spaces (`"1" + " ".repeat(9998) + "x"`: 85 ms): it tried every split of the run between the two `\s*`.
 */
export function isNumericString(value: string): boolean {
  let core = value.trim();
  if (core.charCodeAt(core.length - 1) === 37 /* % */) core = core.slice(0, -1).trimEnd();
  return NUMERIC_CORE.test(core);
}

/**
 * The whole number a numeric string writes with thousands separators (`"1.210"`, `"1,210"`, `"1 210"`, `" 33 "` →
 * `"1210"`, `"33"`), as it should be written in JSON; null when it has a decimal part or is too long to show.
 */
/** The number a decimal written as text means, as JSON writes it ("92,3%" → 92.3), or null when unsure. */
function decimalOf(value: string): string | null {
  const core = value.trim().replace(/\s*%$/, "");
  return core.length <= 40 && /^[+-]?\d+(?:[.,]\d+)?$/.test(core) ? core.replace(",", ".").replace(/^\+/, "") : null;
}

function wholeNumberOf(value: string): string | null {
  const core = value.trim();
  if (core.length > 40 || !/^[+-]?(?:\d{1,3}(?:([.,\s])\d{3})(?:\1\d{3})*|\d+)$/.test(core)) return null;
  const digits = core.replace(/[.,\s+]/g, "");
  return digits.replace(/^(-?)0+(?=\d)/, "$1");
}

/**
 * Spaces, line breaks, control characters (U+0085 and the C0 and C1 controls) and characters that show nothing: format characters (zero-width spaces and joiners, bidi
 * controls and isolates, soft hyphens, byte-order marks, tags), variation selectors, the combining grapheme joiner,
 * blank and filler letters (braille blank, Hangul fillers, Khmer inherent vowels), and lone surrogates.
 */
const BLANK = /^[\s\p{Cc}\p{Cf}\p{Cs}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\ufe00-\ufe0f\uffa0\u{e0100}-\u{e01ef}]*$/u;

/** Whether a string shows nothing: empty, or only spaces and invisible characters (` `, `"\u200b"`). Linear. */
export function isBlank(value: string): boolean {
  // Most values start with a visible ASCII character: no pattern to run (this is on the hot path of reading reports).
  const first = value.charCodeAt(0);
  return !(first > 32 && first < 127) && BLANK.test(value);
}

/**
 * Whether a string has more than `max` code points in NFC, the form rules and digests see (a decomposed "é" is one,
 * U+0958 is two). NFC makes a string at most three times as long: a string of at most max/3 units is not normalised,
 * nor an ASCII one, which NFC leaves as it is.
 */
export function nfcLonger(s: string, max: number): boolean {
  if (s.length * 3 <= max) return false;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.length > max;
  return codePoints(s.normalize("NFC"), max) > max;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const digit = (i: number): number => {
    const c = value.charCodeAt(i) - 48;
    return c >= 0 && c <= 9 ? c : -1000;
  };
  const y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const mo = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  if (y < 0 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= (mo === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : DAYS[mo - 1] ?? 0);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** JSON type name of a value, as used in messages. */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function labelParams(node: SchemaNode): Record<string, JsonValue> {
  const label = node["x-label"];
  return label ? { label: label.vi, labelEn: label.en } : {};
}

/**
 * Number of Unicode code points, as JSON Schema counts string length, counting no further than `max + 1` (the
 * readers only ask whether a limit is passed).
 */
export function codePoints(s: string, max = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= max; i++) {
    const c = s.charCodeAt(i);
    // A pair of surrogates is one code point; a lone surrogate is one too.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Checks one value against a schema node of the restricted dialect and appends every problem found. Recursion
 * follows the schema, never the value: a value nested deeper than its schema is refused at the first unknown level.
 * `null` and `undefined` mean "not given" and are treated as absent by the caller.
 *
 * `reported`: the paths of values the reader has already refused and reported (a bigint, a function, a getter that
 * threw, …: copied as null; two keys the same after NFC: left out). Such a value was given, only not as JSON: it is not
 * reported again as missing, nor does it leave an item without its `ref` (`MISSING_ONE_OF`), just as a `ref` of the
 * wrong JSON type would not.
 */
export function checkValue(value: unknown, node: SchemaNode, path: string, issues: Issue[], reported?: ReadonlySet<string>): void {
  if (node.enum !== undefined) {
    if (!node.enum.some((allowed) => allowed === value)) {
      issues.push(makeIssue("INVALID_VALUE", path, { allowed: node.enum.map((v) => JSON.stringify(v)).join(", "), ...labelParams(node) }));
    }
    return;
  }
  switch (node.type) {
    case "integer":
    case "number":
      checkNumber(value, node, path, issues);
      return;
    case "string":
      if (typeof value !== "string") return wrongType(value, node, path, issues);
      if (node.minLength !== undefined && codePoints(value) < node.minLength) issues.push(makeIssue("TOO_SHORT", path, { min: node.minLength }));
      // Counted in NFC, the form rules and digests see: a decomposed "é" is one character, as the composed one.
      if (node.maxLength !== undefined && nfcLonger(value, node.maxLength)) {
        issues.push(makeIssue("TOO_LONG", path, { max: node.maxLength }));
      }
      if (node.format === "date" && !isIsoDate(value)) issues.push(makeIssue("INVALID_DATE", path, { value: value.slice(0, 40), ...labelParams(node) }));
      // A string already too short is TOO_SHORT alone; "" with no minLength is blank.
      if (node["x-notBlank"] === true && isBlank(value) && !(node.minLength !== undefined && codePoints(value) < node.minLength)) {
        issues.push(makeIssue("BLANK_STRING", path, { ...labelParams(node) }));
      }
      return;
    case "boolean":
      if (typeof value !== "boolean") wrongType(value, node, path, issues);
      return;
    case "array":
      if (!Array.isArray(value)) return wrongType(value, node, path, issues);
      if (node.minItems !== undefined && value.length < node.minItems) issues.push(makeIssue("TOO_FEW_ITEMS", path, { min: node.minItems }));
      // The items of a list that is too long are still checked: the report limits (1 000 items a list, 50 000 values
      // in all) bound the work, and a district fixing the length should not then meet the items' problems one by one.
      if (node.maxItems !== undefined && value.length > node.maxItems) issues.push(makeIssue("TOO_MANY_ITEMS", path, { max: node.maxItems }));
      if (node.items) {
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          const itemPath = `${path}/${i}`;
          if (item !== undefined && item !== null) checkValue(item, node.items, itemPath, issues, reported);
          else if (reported === undefined || !reported.has(itemPath)) issues.push(makeIssue("WRONG_TYPE", itemPath, { expected: node.items.type ?? "value", actual: typeName(item) }));
        }
      }
      return;
    case "object":
      checkObject(value, node, path, issues, reported);
      return;
    default:
      return;
  }
}

function wrongType(value: unknown, node: SchemaNode, path: string, issues: Issue[]): void {
  // 3.5 where a count is expected is "a decimal number", not "a number" (which an integer is too).
  issues.push(makeIssue("WRONG_TYPE", path, { expected: node.type ?? "value", actual: typeof value === "number" && !Number.isInteger(value) ? "decimal" : typeName(value), ...labelParams(node) }));
}

function checkNumber(value: unknown, node: SchemaNode, path: string, issues: Issue[]): void {
  if (typeof value !== "number") {
    if (typeof value === "string" && isNumericString(value)) {
      // A whole number (a count) has no decimals: "1.210" is one thousand two hundred and ten, to be written 1210.
      const whole = node.type === "integer" ? wholeNumberOf(value) : decimalOf(value);
      issues.push(makeIssue("NUMBER_AS_STRING", path, { value: value.slice(0, 40), ...(node.type === "integer" ? { integer: true } : {}), ...(whole !== null ? { suggested: whole } : {}), ...labelParams(node) }));
    } else {
      wrongType(value, node, path, issues);
    }
    return;
  }
  if (!Number.isFinite(value)) {
    issues.push(makeIssue("NOT_FINITE", path, { ...labelParams(node) }));
    return;
  }
  if (node.type === "integer" && !Number.isInteger(value)) return wrongType(value, node, path, issues);
  if ((node.minimum !== undefined && value < node.minimum) || (node.maximum !== undefined && value > node.maximum)) {
    issues.push(makeIssue("OUT_OF_RANGE", path, { value, min: node.minimum ?? null, max: node.maximum ?? null, ...labelParams(node), ...(node["x-unit"] === "year" ? { unit: "year" } : {}) }));
    return;
  }
  const decimals = node["x-decimals"];
  if (decimals !== undefined && Number(value.toFixed(decimals)) !== value) {
    issues.push(makeIssue("TOO_MANY_DECIMALS", path, { value, decimals, ...labelParams(node) }));
  }
}

function checkObject(value: unknown, node: SchemaNode, path: string, issues: Issue[], reported: ReadonlySet<string> | undefined): void {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return wrongType(value, node, path, issues);
  const obj = value as Record<string, unknown>;
  const props = node.properties ?? {};
  // Every own key, enumerable or not: the engine reads fields by name, so it must have checked them all.
  for (const key of Object.getOwnPropertyNames(obj)) {
    const childPath = `${path}/${escapePointer(key)}`;
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push(makeIssue("FORBIDDEN_KEY", childPath, { field: key }));
      continue;
    }
    const child = Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined;
    if (child === undefined) {
      if (node.additionalProperties === false) issues.push(makeIssue("UNKNOWN_FIELD", childPath, { field: key }));
      continue;
    }
    const v = obj[key];
    if (v === undefined || v === null) continue;
    checkValue(v, child, childPath, issues, reported);
  }
  // A value the reader refused (copied as null, or left out) was given: it is reported once, by the reader.
  const refused = (key: string): boolean => reported !== undefined && reported.has(`${path}/${escapePointer(key)}`);
  for (const key of node.required ?? []) {
    if ((obj[key] === undefined || obj[key] === null || !Object.prototype.hasOwnProperty.call(obj, key)) && !refused(key)) {
      const child = Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined;
      issues.push(makeIssue("MISSING_FIELD", `${path}/${escapePointer(key)}`, { field: key, ...(child ? labelParams(child) : {}) }));
    }
  }
  if (node.anyOf) {
    const ok = node.anyOf.some((branch) => branch.required.every((k) => (obj[k] !== undefined && obj[k] !== null) || refused(k)));
    if (!ok) issues.push(makeIssue("MISSING_ONE_OF", path, { fields: node.anyOf.map((b) => b.required.join(" + ")).join(", ") }));
  }
}
