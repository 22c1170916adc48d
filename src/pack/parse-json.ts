import type { Issue } from "../types.js";
import { escapePointer } from "../logic/walk-logic.js";
import { makeIssue } from "../report/make-issue.js";
import { makeJsonTextIssue } from "../report/json-text-issue.js";
import type { Limits } from "./check-limits.js";
import { REPORT_LIMITS } from "./check-limits.js";
import { invalidArgument, optionsObject, shown } from "../invalid-argument.js";
import { hasNonAscii, NfcKeys, nfcDuplicateParams } from "./canonical-json.js";
import { isFaithfulNumber } from "./faithful-number.js";

/**
 * What makes a text not JSON (`params.problem` of an `INVALID_JSON` issue): `params.found` holds the character met
 * (`unexpectedCharacter`, `expectedSeparator`), `params.expected` the closing bracket that was also possible
 * (`expectedSeparator`).
 */
export type JsonProblem = "expectedKey" | "expectedColon" | "invalidString" | "endOfInput" | "unexpectedCharacter" | "textAfterValue" | "expectedSeparator" | "notUtf8";

/** The outcome of {@link parseJson}. */
export type ParseResult =
  | {
      /** Parsed. */
      ok: true;
      /** The value. */
      value: unknown;
    }
  | {
      /** Refused. */
      ok: false;
      /** Why, with paths. */
      issues: Issue[];
      /**
       * The value as read, when the text is JSON whose only problems are in its values (a key written twice, a number a
       * double cannot hold or that reads two ways, a string over the limit, read as ""): so that a caller can report
       * the value's other problems too. Absent when the text could not be read to its end.
       */
      value?: unknown;
    };

interface Frame {
  container: Record<string, unknown> | unknown[];
  path: string;
  keys: Set<string> | null;
  /** The object's keys by NFC form, from its first non-ASCII key on (null until then: ASCII keys need no NFC). */
  nfc: NfcKeys | null;
  pendingKey: string | null;
}

const WS = /[ \t\n\r]*/y;
/** A whole number written with three zero decimals, as a Vietnamese thousands separator would write it (`1.000`). */
const THOUSANDS = /^-?[1-9]\d{0,2}\.000$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** Most duplicate keys reported (a text made of nothing else is refused by its first 200). */
const MAX_DUPLICATE_ISSUES = 200;
/** Most problems of values reported (strings too long, numbers read as other figures); the reading goes on past them. */
const MAX_VALUE_ISSUES = 200;
/** A JSON string, written as an "unrolled loop" so that long strings match in linear time without backtracking. */
const STRING = /"[^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})[^"\\\u0000-\u001f]*)*"/y;
/** A JSON string without escapes (most strings): its text is its value. */
const PLAIN_STRING = /"[^"\\\u0000-\u001f]*"/y;

/**
 * Parses JSON text without recursion, refusing text longer than `limits.maxSize`, duplicate keys (which `JSON.parse`
 * silently resolves to the last one; also two keys written differently that are the same after Unicode NFC, which a
 * digest could not tell apart) and nesting deeper than the limits (the other limits are checked on the value).
 * Keys such as `__proto__` become plain own properties, as with `JSON.parse`. `limits` defaults to those of reports.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT` when `text` is not a string or `limits` is not a `Limits` object.
 */
export function parseJson(text: string, limits: Limits = REPORT_LIMITS): ParseResult {
  if (typeof text !== "string") throw invalidArgument(`text phải là một chuỗi (văn bản JSON), nhưng nhận được ${shown(text)}`, `text must be a string (JSON text), got ${shown(text)}`);
  if (limits !== REPORT_LIMITS) limits = optionsObject(limits, ["maxDepth", "maxNodes", "maxStringLength", "maxKeys", "maxSize"], "limits") as Limits;
  if (!isLimits(limits)) {
    throw invalidArgument(`limits phải có maxDepth, maxNodes, maxStringLength, maxKeys là số nguyên dương, nhưng nhận được ${shown(limits)}`, `limits must have maxDepth, maxNodes, maxStringLength and maxKeys as positive integers, got ${shown(limits)}`);
  }
  if (limits.maxSize !== undefined && text.length > limits.maxSize) {
    return { ok: false, issues: [makeIssue("TOO_LARGE", "", { what: "characters", max: limits.maxSize })] };
  }
  const issues: Issue[] = [];
  // Counted apart: duplicate keys end the reading past their cap; the value problems (a string too long, a number read
  // as another) are reported up to theirs, and the reading goes on, so that the value is there for the report's checks.
  let duplicates = 0;
  let valueProblems = 0;
  const valueProblem = (issue: Issue): void => {
    if (valueProblems++ < MAX_VALUE_ISSUES) issues.push(issue);
  };
  let pos = 0;
  let root: unknown;
  let haveRoot = false;
  const stack: Frame[] = [];

  // `problem` names what is wrong for the messages of each language; `detail` says it in English, as before.
  const fail = (problem: JsonProblem, detail: string, found?: string, expected?: string): ParseResult => {
    const before = text.slice(0, pos);
    const line = before.split("\n").length;
    const column = pos - before.lastIndexOf("\n");
    const params = { detail: `${detail} (line ${line}, column ${column})`, problem, ...(found === undefined ? {} : { found }), ...(expected === undefined ? {} : { expected }), line, column };
    return { ok: false, issues: [makeJsonTextIssue("INVALID_JSON", "", params)] };
  };
  const skip = (): void => {
    WS.lastIndex = pos;
    WS.exec(text);
    pos = WS.lastIndex;
  };
  /** Reads the string at `pos` and moves past it, or returns null when there is no valid string there. */
  const readString = (): string | null => {
    PLAIN_STRING.lastIndex = pos;
    if (PLAIN_STRING.test(text)) {
      const start = pos + 1;
      pos = PLAIN_STRING.lastIndex;
      return text.slice(start, pos - 1);
    }
    STRING.lastIndex = pos;
    const m = STRING.exec(text);
    if (!m) return null;
    pos = STRING.lastIndex;
    return JSON.parse(m[0]) as string;
  };
  let nodes = 0;
  /** The JSON pointer of the value about to be placed in the open container. */
  const nextPath = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return "";
    if (Array.isArray(top.container)) return `${top.path}/${top.container.length}`;
    return `${top.path}/${escapePointer(top.pendingKey as string)}`;
  };
  /** Puts a value in the open container (or makes it the root); an issue when that breaks a limit. */
  const place = (value: unknown): Issue | null => {
    if (++nodes > limits.maxNodes) return makeIssue("TOO_LARGE", "", { what: "values", max: limits.maxNodes });
    const top = stack[stack.length - 1];
    if (!top) {
      root = value;
      haveRoot = true;
      return null;
    }
    if (Array.isArray(top.container)) {
      if (top.container.length >= limits.maxKeys) return makeIssue("TOO_MANY_ITEMS", top.path, { max: limits.maxKeys });
      top.container.push(value);
      return null;
    }
    const key = top.pendingKey as string;
    top.pendingKey = null;
    if (key === "__proto__") Object.defineProperty(top.container, key, { value, enumerable: true, writable: true, configurable: true });
    else top.container[key] = value;
    return null;
  };
  // A limit broken ends the reading; the problems found before it are reported with it.
  const refuse = (issue: Issue): ParseResult => ({ ok: false, issues: [...issues, issue] });

  for (;;) {
    skip();
    const top = stack[stack.length - 1];
    if (top && !Array.isArray(top.container) && top.pendingKey === null) {
      // Expecting a key or the end of the object.
      if (text[pos] === "}" && (top.keys as Set<string>).size === 0) {
        pos++;
        stack.pop();
      } else {
        const key = readString();
        if (key === null) return fail("expectedKey", "expected a property name");
        if (key.length > limits.maxStringLength) return refuse(makeIssue("TOO_LONG", top.path, { max: limits.maxStringLength }));
        if ((top.keys as Set<string>).size >= limits.maxKeys && !top.keys?.has(key)) {
          return refuse(makeIssue("TOO_LARGE", top.path, { what: "keys", max: limits.maxKeys }));
        }
        skip();
        if (text[pos] !== ":") return fail("expectedColon", "expected ':'");
        pos++;
        const keys = top.keys as Set<string>;
        if (keys.has(key)) {
          issues.push(makeIssue("DUPLICATE_KEY", `${top.path}/${escapePointer(key)}`, { field: key }));
          if (++duplicates >= MAX_DUPLICATE_ISSUES) return { ok: false, issues };
        } else if (top.nfc !== null || hasNonAscii(key)) {
          const twin = (top.nfc ??= new NfcKeys(keys)).twinOf(key);
          if (twin !== undefined) {
            issues.push(makeIssue("DUPLICATE_KEY", `${top.path}/${escapePointer(key)}`, nfcDuplicateParams(twin, key)));
            if (++duplicates >= MAX_DUPLICATE_ISSUES) return { ok: false, issues };
          }
        }
        keys.add(key);
        top.pendingKey = key;
        continue;
      }
    } else if (top && Array.isArray(top.container) && top.container.length === 0 && text[pos] === "]") {
      pos++;
      stack.pop();
    } else {
      // Expecting a value.
      const c = text[pos];
      if (c === "{" || c === "[") {
        if (stack.length >= limits.maxDepth) {
          // At the container that is too deep, as checkLimits reports it.
          return refuse(makeIssue("TOO_DEEP", nextPath(), { max: limits.maxDepth }));
        }
        pos++;
        const container = c === "{" ? {} : [];
        const path = nextPath();
        const broken = place(container);
        if (broken) return refuse(broken);
        stack.push({ container, path, keys: c === "{" ? new Set() : null, nfc: null, pendingKey: null });
        continue;
      }
      let value: unknown;
      if (c === '"') {
        const string = readString();
        if (string === null) return fail("invalidString", "invalid string");
        value = string;
        // An over-long string is read as "", as in a report object, and the reading goes on: every other problem of
        // the text (and, with the value, of the report) is still reported.
        if (string.length > limits.maxStringLength) {
          valueProblem(makeIssue("TOO_LONG", nextPath(), { max: limits.maxStringLength }));
          value = "";
        }
      } else if (text.startsWith("true", pos)) {
        value = true;
        pos += 4;
      } else if (text.startsWith("false", pos)) {
        value = false;
        pos += 5;
      } else if (text.startsWith("null", pos)) {
        value = null;
        pos += 4;
      } else {
        NUMBER.lastIndex = pos;
        const m = NUMBER.exec(text);
        if (!m || m[0] === "") {
          if (pos >= text.length) return fail("endOfInput", "unexpected end of input");
          const found = visible(String.fromCodePoint(text.codePointAt(pos) as number));
          return fail("unexpectedCharacter", `unexpected character ${JSON.stringify(found)}`, found);
        }
        pos = NUMBER.lastIndex;
        value = Number(m[0]);
        // A literal of more digits than a double holds, read as another figure (89.9999999999999999999 as 90).
        const magnitude = Math.abs(value as number);
        // "1.000" is one thousand as Vietnamese write it, and 1 in JSON: a count of 1 000 pupils would be read as 1.
        if (m[0].length <= 8 && THOUSANDS.test(m[0])) valueProblem(makeJsonTextIssue("AMBIGUOUS_NUMBER", nextPath(), { text: m[0], value: value as number }));
        if ((m[0].length > 15 || (magnitude < 2.3e-308 && m[0].length > 1) || magnitude === Infinity) && !isFaithfulNumber(m[0], value as number)) {
          valueProblem(makeJsonTextIssue("IMPRECISE_NUMBER", nextPath(), { text: m[0].length > 40 ? `${m[0].slice(0, 40)}…` : m[0], value: magnitude === Infinity ? String(value) : (value as number) }));
        }
      }
      const broken = place(value);
      if (broken) return refuse(broken);
    }
    // After a value or a closed container: a separator, a closer, or the end.
    for (;;) {
      skip();
      const frame = stack[stack.length - 1];
      if (!frame) {
        if (!haveRoot) return fail("endOfInput", "unexpected end of input");
        if (pos < text.length) return fail("textAfterValue", "unexpected text after the JSON value");
        return issues.length > 0 ? { ok: false, issues, value: root } : { ok: true, value: root };
      }
      const closer = Array.isArray(frame.container) ? "]" : "}";
      if (text[pos] === ",") {
        pos++;
        break;
      }
      if (text[pos] === closer) {
        pos++;
        stack.pop();
        continue;
      }
      if (pos >= text.length) return fail("endOfInput", "unexpected end of input");
      const found = visible(String.fromCodePoint(text.codePointAt(pos) as number));
      return fail("expectedSeparator", `expected ',' or '${closer}', found ${JSON.stringify(found)}`, found, closer);
    }
  }
}

/**
 * Where bytes stop being UTF-8: the offset of the first byte of the first ill-formed sequence (0-based), its line
 * (1-based, counting the LF bytes before it) and column (1-based, counting the characters before it on its line as
 * `parseJson` does, in UTF-16 code units; a leading byte-order mark, which decoding drops, is not counted); null when
 * the bytes are all UTF-8. Refuses what `new TextDecoder("utf-8", { fatal: true })` refuses: overlong forms,
 * surrogates (U+D800–DFFF), code points above U+10FFFF, stray continuation bytes and sequences cut short.
 */
export function firstNotUtf8(bytes: Uint8Array): { offset: number; line: number; column: number } | null {
  let line = 1;
  let units = 0;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let length: number;
    // The range of the second byte: narrower after E0, ED, F0 and F4 (no overlong form, surrogate or code point past U+10FFFF).
    let low = 0x80;
    let high = 0xbf;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return { offset: i, line, column: units + 1 };
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return { offset: i, line, column: units + 1 };
    }
    if (b === 0x0a) {
      line++;
      units = 0;
    } else units += length === 4 ? 2 : 1;
    i += length;
  }
  return null;
}

/**
 * The parameters of the `INVALID_JSON` issue of bytes that are not UTF-8 (`problem: "notUtf8"`), with the line,
 * column and byte offset (`offset`, 0-based) where they stop being UTF-8 (see {@link firstNotUtf8}); `detail` says it in
 * English, as for other JSON problems, and the Vietnamese message says the line and column from `line` and `column`.
 */
export function notUtf8Params(bytes: Uint8Array): { detail: string; problem: "notUtf8"; line?: number; column?: number; offset?: number } {
  const at = firstNotUtf8(bytes);
  if (at === null) return { detail: "not UTF-8 text", problem: "notUtf8" };
  return { detail: `not UTF-8 text (line ${at.line}, column ${at.column})`, problem: "notUtf8", line: at.line, column: at.column, offset: at.offset };
}

/** A character as a person can see it in a message: itself, or its code point (`U+FEFF`) when it does not print. */
function visible(c: string): string {
  if (/^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(c)) return c;
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Whether `limits` is a `Limits` object (a JavaScript caller may pass anything). */
function isLimits(limits: unknown): limits is Limits {
  if (limits === null || typeof limits !== "object") return false;
  const l = limits as Record<string, unknown>;
  const count = (v: unknown): boolean => typeof v === "number" && Number.isInteger(v) && v > 0;
  return count(l["maxDepth"]) && count(l["maxNodes"]) && count(l["maxStringLength"]) && count(l["maxKeys"]) && (l["maxSize"] === undefined || count(l["maxSize"]));
}
