import type { Issue } from "../types.js";
import { makeIssue } from "../report/make-issue.js";
import { escapePointer } from "../logic/walk-logic.js";
import { nfcCollision, nfcDuplicateParams } from "./canonical-json.js";

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
  /**
   * Largest document: the length of JSON text (UTF-16 code units), or for an object the total length of its strings
   * and keys plus one per value (about the length of its JSON text). No limit when absent.
   */
  maxSize?: number;
}

/** Limits for rule packs. The pilot pack has depth 17, about 3 000 values and 120 000 characters. */
export const PACK_LIMITS: Limits = { maxDepth: 40, maxNodes: 100_000, maxStringLength: 10_000, maxKeys: 10_000, maxSize: 5_000_000 };

/** Limits for reports. The Tháp Mười report has depth 5, about 150 values and 6 000 characters. */
export const REPORT_LIMITS: Limits = { maxDepth: 16, maxNodes: 50_000, maxStringLength: 10_000, maxKeys: 1_000, maxSize: 2_000_000 };

/** The outcome of {@link copyWithinLimits}: a private copy, or the first limit broken. */
/**
 * A walk's outcome: the copy, or the limit broken. `tooLong` (only when asked for, see {@link copyWithinLimits}): the
 * strings over the length limit, each replaced by "" in the copy, so that the other problems can still be found.
 */
export type LimitedCopy = { ok: true; value: unknown; tooLong?: Issue[] } | { ok: false; issue: Issue };

interface Frame {
  value: unknown;
  parent: Frame | null;
  /** Key in the parent (an index for arrays). */
  key: string;
  depth: number;
  /** The copy of this frame's object or array, once made. */
  out?: Record<string, unknown> | unknown[];
}

/**
 * Walks a document iteratively and returns the first limit it breaks (as an issue at the offending node), or null.
 * It also refuses what JSON cannot hold (functions, symbols, bigints, non-plain objects, cycles) and values that throw
 * when read (getters, proxies).
 */
export function checkLimits(doc: unknown, limits: Limits): Issue | null {
  const walk = walkWithinLimits(doc, limits, false);
  return walk.ok ? null : walk.issue;
}

/**
 * Checks a document against the limits (see {@link checkLimits}) while making a private copy of it made of plain
 * arrays and objects, without recursion. Every own enumerable property is read exactly once, so a getter runs once
 * and the copy cannot change afterwards; an object reached twice (not a cycle) is copied twice and counted twice. A
 * `__proto__` key stays plain data (an own property), as with `JSON.parse`.
 */
export function copyWithinLimits(doc: unknown, limits: Limits, keepGoing = false): LimitedCopy {
  return walkWithinLimits(doc, limits, true, keepGoing);
}

/**
 * `keepGoing`: a string over the length limit does not end the walk (it is a leaf: nothing under it is read): it is
 * listed in `tooLong` and copied as "". Every other limit ends the walk, which then has no whole copy to check.
 */
function walkWithinLimits(doc: unknown, limits: Limits, copying: boolean, keepGoing = false): LimitedCopy {
  const maxSize = limits.maxSize ?? Infinity;
  let nodes = 0;
  let size = 0;
  let result: unknown;
  const tooLong: Issue[] = [];
  const stack: Frame[] = [{ value: doc, parent: null, key: "", depth: 0 }];
  const refuse = (frame: Frame, code: Parameters<typeof makeIssue>[0], params: Parameters<typeof makeIssue>[2]): LimitedCopy => ({
    ok: false,
    issue: makeIssue(code, pointerOf(frame), params),
  });
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const node = frame.value;
    const parent = frame.parent;
    if (++nodes > limits.maxNodes) return { ok: false, issue: makeIssue("TOO_LARGE", "", { what: "values", max: limits.maxNodes }) };
    size += parent !== null && !Array.isArray(parent.out) ? frame.key.length + 1 : 1;
    let copy: unknown = node;
    if (typeof node === "string") {
      if (node.length > limits.maxStringLength) {
        if (!keepGoing) return refuse(frame, "TOO_LONG", { max: limits.maxStringLength });
        tooLong.push(makeIssue("TOO_LONG", pointerOf(frame), { max: limits.maxStringLength }));
        copy = "";
      } else size += node.length;
    } else if (typeof node === "function" || typeof node === "symbol" || typeof node === "bigint") {
      return refuse(frame, "WRONG_TYPE", { expected: "JSON value", actual: typeof node });
    } else if (node !== null && typeof node === "object") {
      if (frame.depth >= limits.maxDepth) return refuse(frame, "TOO_DEEP", { max: limits.maxDepth });
      for (let up = frame.parent; up !== null; up = up.parent) {
        if (up.value === node) return refuse(frame, "WRONG_TYPE", { expected: "JSON value", actual: "cycle" });
      }
      let children: Frame[];
      try {
        children = Array.isArray(node) ? arrayChildren(node, frame, limits, copying) : objectChildren(node, frame, limits, copying);
      } catch (error) {
        if (error instanceof Refusal) return refuse(error.frame, error.code, error.params);
        return refuse(frame, "UNREADABLE_VALUE", {});
      }
      copy = frame.out;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Frame);
    }
    if (size > maxSize) return { ok: false, issue: makeIssue("TOO_LARGE", "", { what: "characters", max: maxSize }) };
    if (!copying) continue;
    if (parent === null) result = copy;
    else if (Array.isArray(parent.out)) parent.out[Number(frame.key)] = copy;
    else if (frame.key === "__proto__") Object.defineProperty(parent.out, frame.key, { value: copy, enumerable: true, writable: true, configurable: true });
    else (parent.out as Record<string, unknown>)[frame.key] = copy;
  }
  return tooLong.length > 0 ? { ok: true, value: result, tooLong } : { ok: true, value: result };
}

const EMPTY_ARRAY: unknown[] = [];
const EMPTY_OBJECT: Record<string, unknown> = {};

/** A limit broken while reading the children of an object (thrown inside the `try` that also catches read errors). */
class Refusal {
  constructor(
    readonly frame: Frame,
    readonly code: "TOO_MANY_ITEMS" | "TOO_LARGE" | "TOO_LONG" | "WRONG_TYPE" | "UNREADABLE_VALUE" | "DUPLICATE_KEY",
    readonly params: Parameters<typeof makeIssue>[2],
  ) {}
}

function arrayChildren(node: unknown[], frame: Frame, limits: Limits, copying: boolean): Frame[] {
  const length = node.length;
  if (!Number.isSafeInteger(length) || length < 0) throw new Refusal(frame, "UNREADABLE_VALUE", {});
  if (length > limits.maxKeys) throw new Refusal(frame, "TOO_MANY_ITEMS", { max: limits.maxKeys });
  // Without copying, a shared placeholder still tells the children (for the size count) that this is an array.
  frame.out = copying ? new Array<unknown>(length) : EMPTY_ARRAY;
  const children: Frame[] = new Array<Frame>(length);
  for (let i = 0; i < length; i++) {
    const child: Frame = { value: undefined, parent: frame, key: String(i), depth: frame.depth + 1 };
    children[i] = child;
    try {
      child.value = node[i];
    } catch {
      throw new Refusal(child, "UNREADABLE_VALUE", {});
    }
  }
  return children;
}

function objectChildren(node: object, frame: Frame, limits: Limits, copying: boolean): Frame[] {
  const proto: unknown = Object.getPrototypeOf(node);
  if (proto !== Object.prototype && proto !== null) throw new Refusal(frame, "WRONG_TYPE", { expected: "JSON value", actual: "non-plain object" });
  const keys = Object.keys(node);
  if (keys.length > limits.maxKeys) throw new Refusal(frame, "TOO_LARGE", { what: "keys", max: limits.maxKeys });
  // Two keys the same after NFC: a digest could not tell them apart (reported at the later one, as parseJson does).
  const twins = nfcCollision(keys);
  if (twins) throw new Refusal({ value: undefined, parent: frame, key: twins[1], depth: frame.depth + 1 }, "DUPLICATE_KEY", nfcDuplicateParams(...twins));
  // Plain objects, as JSON.parse makes (rules may turn a value into a string: a null-prototype object cannot be).
  frame.out = copying ? {} : EMPTY_OBJECT;
  const children: Frame[] = new Array<Frame>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    // A key too long to show is reported at its object.
    if (key.length > limits.maxStringLength) throw new Refusal(frame, "TOO_LONG", { max: limits.maxStringLength });
    const child: Frame = { value: undefined, parent: frame, key, depth: frame.depth + 1 };
    children[i] = child;
    try {
      child.value = (node as Record<string, unknown>)[key];
    } catch {
      throw new Refusal(child, "UNREADABLE_VALUE", {});
    }
  }
  return children;
}

/** The JSON pointer of a frame, built only when a limit is broken. */
function pointerOf(frame: Frame): string {
  const keys: string[] = [];
  for (let f: Frame | null = frame; f !== null && f.parent !== null; f = f.parent) keys.push(escapePointer(f.key));
  return keys.length === 0 ? "" : `/${keys.reverse().join("/")}`;
}
