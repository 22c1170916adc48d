import type { JsonProblem } from "./parse-json.js";
import { makeIssue } from "../report/make-issue.js";
import { makeJsonTextIssue } from "../report/json-text-issue.js";
import type { Issue } from "../types.js";

/** An array of JSON text split into its items: `bounds` holds each item's start and end offsets, in turn. */
type ArraySplit = { ok: true; bounds: number[] } | { ok: false; issue: Issue };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** A JSON string, as `parseJson` reads it (an "unrolled loop": linear time, no backtracking). */
const STRING = /"[^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})[^"\\\u0000-\u001f]*)*"/y;

/**
 * The items of the JSON array that `text` holds, as offsets into it, once the whole text is known to be JSON: a syntax
 * error anywhere is the `INVALID_JSON` issue `parseJson` gives for the text (same problem, line and column). Null
 * when the text does not hold an array (one report: `parseJson` reads it). Nothing is built and no report limit is
 * checked here: each item is then parsed on its own, with a report's limits, so that one item too long, too deep or
 * with a key twice is refused alone — `parseJson` on the whole text would stop at it. It walks as `parseJson` does.
 */
export function splitJsonArray(text: string, maxItems: number): ArraySplit | null {
  let pos = 0;
  const skip = (): void => {
    // JSON's white space: space, line feed, carriage return, tab.
    for (let c = text.charCodeAt(pos); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++pos));
  };
  skip();
  if (text[pos] !== "[") return null;
  // The open containers, innermost last: 1 for an object, 0 for an array; a byte each, as a hostile file nests deep.
  let open = new Uint8Array(64);
  let depth = 0;
  /** The innermost container was just opened: it may close at once. */
  let empty = false;
  /** An object's key and colon were just read: its value comes next. */
  let afterKey = false;
  let itemStart = 0;
  const bounds: number[] = [];
  const fail = (problem: JsonProblem, detail: string, found?: string, expected?: string): ArraySplit => {
    let line = 1;
    for (let nl = text.indexOf("\n"); nl >= 0 && nl < pos; nl = text.indexOf("\n", nl + 1)) line++;
    const column = pos - (pos === 0 ? -1 : text.lastIndexOf("\n", pos - 1));
    const params = { detail: `${detail} (line ${line}, column ${column})`, problem, ...(found === undefined ? {} : { found }), ...(expected === undefined ? {} : { expected }), line, column };
    return { ok: false, issue: makeJsonTextIssue("INVALID_JSON", "", params) };
  };
  const unexpected = (): ArraySplit => {
    if (pos >= text.length) return fail("endOfInput", "unexpected end of input");
    const found = visible(String.fromCodePoint(text.codePointAt(pos) as number));
    return fail("unexpectedCharacter", `unexpected character ${JSON.stringify(found)}`, found);
  };
  for (;;) {
    skip();
    const inObject = depth > 0 && open[depth - 1] === 1;
    if (inObject && !afterKey && !(text[pos] === "}" && empty)) {
      STRING.lastIndex = pos;
      if (!STRING.test(text)) return fail("expectedKey", "expected a property name");
      pos = STRING.lastIndex;
      skip();
      if (text[pos] !== ":") return fail("expectedColon", "expected ':'");
      pos++;
      afterKey = true;
      empty = false;
      continue;
    }
    if (empty && text[pos] === (inObject ? "}" : "]")) {
      pos++;
      depth--;
    } else {
      // A value.
      afterKey = false;
      empty = false;
      if (depth === 1) itemStart = pos;
      const c = text[pos];
      if (c === "{" || c === "[") {
        if (depth === open.length) {
          const deeper = new Uint8Array(open.length * 2);
          deeper.set(open);
          open = deeper;
        }
        open[depth++] = c === "{" ? 1 : 0;
        pos++;
        empty = true;
        continue;
      }
      if (c === '"') {
        STRING.lastIndex = pos;
        if (!STRING.test(text)) return fail("invalidString", "invalid string");
        pos = STRING.lastIndex;
      } else if (text.startsWith("true", pos) || text.startsWith("null", pos)) pos += 4;
      else if (text.startsWith("false", pos)) pos += 5;
      else {
        NUMBER.lastIndex = pos;
        const m = NUMBER.exec(text);
        if (!m || m[0] === "") return unexpected();
        pos = NUMBER.lastIndex;
      }
    }
    // After a value or a closed container: a separator, a closer, or the end.
    for (;;) {
      empty = false;
      if (depth === 1) {
        if (bounds.length >= 2 * maxItems) return { ok: false, issue: makeIssue("TOO_MANY_ITEMS", "", { max: maxItems }) };
        bounds.push(itemStart, pos);
      }
      skip();
      if (depth === 0) return pos < text.length ? fail("textAfterValue", "unexpected text after the JSON value") : { ok: true, bounds };
      const closer = open[depth - 1] === 1 ? "}" : "]";
      if (text[pos] === ",") {
        pos++;
        break;
      }
      if (text[pos] === closer) {
        pos++;
        depth--;
        continue;
      }
      if (pos >= text.length) return fail("endOfInput", "unexpected end of input");
      const found = visible(String.fromCodePoint(text.codePointAt(pos) as number));
      return fail("expectedSeparator", `expected ',' or '${closer}', found ${JSON.stringify(found)}`, found, closer);
    }
  }
}

/** A character as a person can see it in a message: itself, or its code point (`U+FEFF`) when it does not print. */
function visible(c: string): string {
  if (/^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(c)) return c;
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
