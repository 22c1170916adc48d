import { sha256, toHex, utf8 } from "./sha256.js";
import type { HuyenHocTapError } from "../errors.js";
import { invalidArgument, readArgument } from "../invalid-argument.js";
import { escapePointer } from "../logic/walk-logic.js";
import { makeIssue } from "../report/make-issue.js";
import type { Issue } from "../types.js";

/**
 * Canonical JSON (RFC 8785, JCS) with every string and key in Unicode NFC, so that whitespace, key order and Unicode
 * composition do not change a document's identity. `undefined` properties are left out, and `undefined` array items
 * written `null`, as in JSON.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT`, with the path, for what JSON cannot hold or would change: a top-level
 * `undefined`, a function, symbol or bigint, a non-finite number, a cycle, nesting deeper than 1 000 levels, and
 * objects that are not plain data (`Date`, `Map`, `Set`, typed arrays…: their content is not their own properties).
 */
export function canonicalJson(value: unknown): string {
  return readArgument("value", () => write(value, [], new Set()));
}

/** Deepest nesting written (packs and reports are refused far below: 40 and 16 levels). */
const MAX_DEPTH = 1000;
const toStringTag = Object.prototype.toString;

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
        const entries: [string, string][] = [];
        for (const key of Object.keys(obj)) {
          const v = obj[key];
          if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
          path.push(key);
          entries.push([key.normalize("NFC"), write(v, path, open)]);
          path.pop();
        }
        // RFC 8785 sorts keys by their UTF-16 code units, which is what plain string comparison does.
        entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
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

/** The UTF-8 bytes of a document's canonical JSON: what a digest and a signature cover. */
export function canonicalBytes(value: unknown): Uint8Array {
  return utf8(canonicalJson(value));
}

/** `sha256:` and the lowercase hex SHA-256 of a document's canonical JSON. */
export function digestOf(value: unknown): string {
  return `sha256:${toHex(sha256(canonicalBytes(value)))}`;
}
