import type { Issue } from "../types.js";
import { escapePointer } from "../logic/walk-logic.js";
import { makeIssue } from "../report/make-issue.js";
import type { Limits } from "./check-limits.js";

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
    };

interface Frame {
  container: Record<string, unknown> | unknown[];
  path: string;
  keys: Set<string> | null;
  pendingKey: string | null;
}

const WS = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * Parses JSON text without recursion, refusing duplicate keys (which `JSON.parse` silently resolves to the last one)
 * and nesting deeper than the limits. Keys such as `__proto__` become plain own properties, as with `JSON.parse`.
 */
export function parseJson(text: string, limits: Limits): ParseResult {
  const issues: Issue[] = [];
  let pos = 0;
  let root: unknown;
  let haveRoot = false;
  const stack: Frame[] = [];

  const fail = (detail: string): ParseResult => {
    const before = text.slice(0, pos);
    const line = before.split("\n").length;
    const column = pos - before.lastIndexOf("\n");
    return { ok: false, issues: [makeIssue("INVALID_JSON", "", { detail: `${detail} (line ${line}, column ${column})` })] };
  };
  const skip = (): void => {
    WS.lastIndex = pos;
    WS.exec(text);
    pos = WS.lastIndex;
  };
  const place = (value: unknown): string | null => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = value;
      haveRoot = true;
      return "";
    }
    if (Array.isArray(top.container)) {
      const path = `${top.path}/${top.container.length}`;
      top.container.push(value);
      return path;
    }
    const key = top.pendingKey as string;
    top.pendingKey = null;
    Object.defineProperty(top.container, key, { value, enumerable: true, writable: true, configurable: true });
    return `${top.path}/${escapePointer(key)}`;
  };

  for (;;) {
    skip();
    const top = stack[stack.length - 1];
    if (top && !Array.isArray(top.container) && top.pendingKey === null) {
      // Expecting a key or the end of the object.
      if (text[pos] === "}" && (top.keys as Set<string>).size === 0) {
        pos++;
        stack.pop();
      } else {
        STRING.lastIndex = pos;
        const m = STRING.exec(text);
        if (!m) return fail("expected a property name");
        pos = STRING.lastIndex;
        const key = JSON.parse(m[0]) as string;
        skip();
        if (text[pos] !== ":") return fail("expected ':'");
        pos++;
        if (top.keys?.has(key)) issues.push(makeIssue("DUPLICATE_KEY", `${top.path}/${escapePointer(key)}`, { field: key }));
        top.keys?.add(key);
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
          return { ok: false, issues: [makeIssue("TOO_DEEP", top ? top.path : "", { max: limits.maxDepth })] };
        }
        pos++;
        const container = c === "{" ? {} : [];
        const path = place(container) as string;
        stack.push({ container, path, keys: c === "{" ? new Set() : null, pendingKey: null });
        continue;
      }
      let value: unknown;
      if (c === '"') {
        STRING.lastIndex = pos;
        const m = STRING.exec(text);
        if (!m) return fail("invalid string");
        pos = STRING.lastIndex;
        value = JSON.parse(m[0]);
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
        if (!m || m[0] === "") return fail(pos >= text.length ? "unexpected end of input" : `unexpected character ${JSON.stringify(c)}`);
        pos = NUMBER.lastIndex;
        value = Number(m[0]);
      }
      place(value);
    }
    // After a value or a closed container: a separator, a closer, or the end.
    for (;;) {
      skip();
      const frame = stack[stack.length - 1];
      if (!frame) {
        if (!haveRoot) return fail("unexpected end of input");
        if (pos < text.length) return fail("unexpected text after the JSON value");
        return issues.length > 0 ? { ok: false, issues } : { ok: true, value: root };
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
      return fail(pos >= text.length ? "unexpected end of input" : `expected ',' or '${closer}'`);
    }
  }
}
