import type { Issue, Text } from "./types.js";

/** Codes of the one error class this library throws. Each is described in `docs/errors.md`. */
export type ErrorCode =
  | "REPORT_INVALID"
  | "PACK_INVALID"
  | "PACK_DIGEST_MISMATCH"
  | "NO_PACK_FOR_YEAR"
  | "INVALID_ARGUMENT"
  | "SIGNATURE_INVALID";

const BRAND = Symbol.for("huyen-hoc-tap.error");

/**
 * The one error class this library throws, for invalid input and configuration. Expected outcomes (verdicts,
 * validation issues) are values, not errors. Use {@link isHuyenHocTapError} rather than `instanceof`: the ESM and the
 * CommonJS copies of the package each have their own class.
 */
export class HuyenHocTapError extends Error {
  /** Stable code. */
  readonly code: ErrorCode;
  /** Every problem found, each with a JSON-pointer path (empty when the error is not about a document). */
  readonly issues: Issue[];
  /** The message in Vietnamese and English. */
  readonly text: Text;

  constructor(code: ErrorCode, text: Text, issues: Issue[] = []) {
    // Built by an app too (the class is exported): a missing text or list is not this constructor's TypeError.
    if (text === null || typeof text !== "object" || typeof text.vi !== "string" || typeof text.en !== "string") text = { vi: String(code), en: String(code) };
    if (!Array.isArray(issues)) issues = [];
    super(errorMessage(code, text, issues));
    this.name = "HuyenHocTapError";
    this.code = code;
    this.issues = issues;
    this.text = text;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** Issues listed in an error's `message` (all of them are in `issues`). */
const ISSUES_IN_MESSAGE = 10;

/**
 * The `message` of an error, as a host prints it: the code, the text in Vietnamese then English, and the first issues,
 * each with its JSON path (`(gốc / root)` for the whole document) in both languages.
 */
function errorMessage(code: ErrorCode, text: Text, issues: Issue[]): string {
  const shown = issues.slice(0, ISSUES_IN_MESSAGE).map((i) => `${i.path || "(gốc / root)"}: ${i.message.vi} / ${i.message.en}`);
  const more = issues.length - shown.length;
  if (more > 0) shown.push(`… ${more} vấn đề khác / ${more} more`);
  return `${code}: ${text.vi} / ${text.en}${shown.length > 0 ? ` [${shown.join("; ")}]` : ""}`;
}

/** True when `value` is an error thrown by this library (from any copy of the package). */
export function isHuyenHocTapError(value: unknown): value is HuyenHocTapError {
  if (typeof value !== "object" || value === null) return false;
  // A guard never throws: a revoked proxy, or one whose `get` throws, is not the library's error.
  try {
    return (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    return false;
  }
}
