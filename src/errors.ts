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
    const detail = issues.length > 0 ? `: ${issues.map((i) => `${i.path || "/"} ${i.message.en}`).join("; ")}` : "";
    super(`${code}: ${text.en}${detail}`);
    this.name = "HuyenHocTapError";
    this.code = code;
    this.issues = issues;
    this.text = text;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** True when `value` is an error thrown by this library (from any copy of the package). */
export function isHuyenHocTapError(value: unknown): value is HuyenHocTapError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
