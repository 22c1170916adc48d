import type { Issue } from "../types.js";
import { makeIssue } from "../report/make-issue.js";
import { escapePointer } from "../logic/walk-logic.js";

/** Limits on the shape of an untrusted document, checked without recursion before anything else reads it. */
export interface Limits {
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
  /** Most values (objects, arrays, strings, numbers, …) in all. */
  maxNodes: number;
  /** Longest string (UTF-16 code units). */
  maxStringLength: number;
  /** Most keys in one object or items in one array. */
  maxKeys: number;
}

/** Limits for rule packs. The pilot pack has depth 14 and about 2 000 values. */
export const PACK_LIMITS: Limits = { maxDepth: 40, maxNodes: 100_000, maxStringLength: 10_000, maxKeys: 10_000 };

/** Limits for reports. */
export const REPORT_LIMITS: Limits = { maxDepth: 16, maxNodes: 50_000, maxStringLength: 10_000, maxKeys: 1_000 };

/**
 * Walks a document iteratively and returns the first limit it breaks (as an issue at the offending node), or null.
 * It also refuses what JSON cannot hold (functions, symbols, non-plain objects, cycles).
 */
export function checkLimits(doc: unknown, limits: Limits): Issue | null {
  const stack: [unknown, string, number][] = [[doc, "", 0]];
  const seen = new Set<object>();
  let nodes = 0;
  while (stack.length > 0) {
    const [node, path, depth] = stack.pop() as [unknown, string, number];
    if (++nodes > limits.maxNodes) return makeIssue("TOO_LARGE", "", { what: "values", max: limits.maxNodes });
    if (typeof node === "string") {
      if (node.length > limits.maxStringLength) return makeIssue("TOO_LONG", path, { max: limits.maxStringLength });
      continue;
    }
    if (node === null || typeof node !== "object") {
      if (typeof node === "function" || typeof node === "symbol" || typeof node === "bigint") {
        return makeIssue("WRONG_TYPE", path, { expected: "JSON value", actual: typeof node });
      }
      continue;
    }
    if (depth >= limits.maxDepth) return makeIssue("TOO_DEEP", path, { max: limits.maxDepth });
    if (seen.has(node)) return makeIssue("WRONG_TYPE", path, { expected: "JSON value", actual: "cycle" });
    seen.add(node);
    if (Array.isArray(node)) {
      if (node.length > limits.maxKeys) return makeIssue("TOO_MANY_ITEMS", path, { max: limits.maxKeys });
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${path}/${i}`, depth + 1]);
      continue;
    }
    const proto: unknown = Object.getPrototypeOf(node);
    if (proto !== Object.prototype && proto !== null) return makeIssue("WRONG_TYPE", path, { expected: "object", actual: "non-plain object" });
    const keys = Object.keys(node);
    if (keys.length > limits.maxKeys) return makeIssue("TOO_LARGE", path, { what: "keys", max: limits.maxKeys });
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      if (key.length > limits.maxStringLength) return makeIssue("TOO_LONG", path, { max: limits.maxStringLength });
      stack.push([(node as Record<string, unknown>)[key], `${path}/${escapePointer(key)}`, depth + 1]);
    }
  }
  return null;
}
