import type { Issue } from "../types.js";
import { escapePointer } from "../logic/walk-logic.js";
import { REPORT_LIMITS } from "../pack/check-limits.js";
import type { Limits } from "../pack/check-limits.js";
import { hasNonAscii, nfcDuplicateParams } from "../pack/canonical-json.js";
import { makeIssue } from "./make-issue.js";

/** Most issues reported for one report; past it, the report is clearly not what the pack expects. */
export const MAX_ISSUES = 200;

/** A report as {@link readReport} read it. */
export interface ReadReport {
  /** The private copy; null when a limit ended the reading. */
  value: unknown;
  /** The problems met while reading (in the order of the document), or the one limit that ended the reading. */
  issues: Issue[];
  /** Whether `value` is a whole copy still to be checked, with `issues` at values it holds as null or "". */
  partial: boolean;
  /** The paths of the values the copy holds as null (refused) or "" (too long): already reported. */
  replaced?: ReadonlySet<string>;
}

/**
 * The report as the engine reads it: a private copy of plain data, made once (every getter runs once, and nothing the
 * caller changes later, or a proxy answers differently the second time, can change what is judged). A value that is
 * not an object is returned as it is, for `checkReport` to refuse.
 *
 * The structural limits (depth, values, keys or items of one object or list, characters in all) end the reading: the
 * limit broken is then the only issue, since nothing beyond it is read. A problem of one value does not: a value JSON
 * cannot hold (a bigint, a function, a symbol, a `Date` or other non-plain object, a cycle) or one that throws when
 * read (a getter, a proxy) is reported at its path and read as absent (null in the copy); a string too long is read
 * as ""; a key too long (reported at its object) and two keys the same after NFC (reported at the later one) are left
 * out. The copy is then checked like any other, so that every problem of the report is found at once, each once
 * (`reportIssues`). This is the slow path, for invalid reports: the fast readers (`compileReader`, the generated
 * ones) refuse all of these without saying why.
 */
export function readReport(report: unknown): ReadReport {
  if (report === null || typeof report !== "object") return { value: report, issues: [], partial: false };
  const limits = REPORT_LIMITS;
  const maxSize = limits.maxSize ?? Infinity;
  const found: Found = { issues: [], replaced: null };
  const end = (issue: Issue): ReadReport => ({ value: null, issues: [issue], partial: false });
  let nodes = 0;
  let size = 0;
  let result: unknown = null;
  const stack: ReadFrame[] = [{ value: report, parent: null, key: "", depth: 0, unreadable: false }];
  while (stack.length > 0) {
    const frame = stack.pop() as ReadFrame;
    const node = frame.value;
    const parent = frame.parent;
    if (++nodes > limits.maxNodes) return end(makeIssue("TOO_LARGE", "", { what: "values", max: limits.maxNodes }));
    size += parent !== null && !Array.isArray(parent.out) ? frame.key.length + 1 : 1;
    let copy: unknown = node;
    let refused: Problem | null = null;
    if (frame.unreadable) {
      refused = { code: "UNREADABLE_VALUE", params: {} };
      copy = null;
    } else if (typeof node === "string") {
      if (node.length > limits.maxStringLength) {
        refused = { code: "TOO_LONG", params: { max: limits.maxStringLength } };
        copy = "";
      } else size += node.length;
    } else if (typeof node === "function" || typeof node === "symbol" || typeof node === "bigint") {
      refused = { code: "WRONG_TYPE", params: { expected: "JSON value", actual: typeof node } };
      copy = null;
    } else if (node !== null && typeof node === "object") {
      if (frame.depth >= limits.maxDepth) return end(makeIssue("TOO_DEEP", pointerOf(frame), { max: limits.maxDepth }));
      let cycle = false;
      for (let up = frame.parent; up !== null && !cycle; up = up.parent) cycle = up.value === node;
      const read = cycle ? { code: "WRONG_TYPE" as const, params: { expected: "JSON value", actual: "cycle" } } : readChildren(node, frame, limits, found);
      if (Array.isArray(read)) {
        copy = frame.out;
        for (let i = read.length - 1; i >= 0; i--) stack.push(read[i] as ReadFrame);
      } else if ("end" in read) {
        return end(read.end);
      } else {
        refused = read;
        copy = null;
      }
    }
    if (refused !== null) note(found, refused.code, pointerOf(frame), refused.params, true);
    if (size > maxSize) return end(makeIssue("TOO_LARGE", "", { what: "characters", max: maxSize }));
    if (parent === null) result = copy;
    else if (Array.isArray(parent.out)) parent.out[Number(frame.key)] = copy;
    else if (frame.key === "__proto__") Object.defineProperty(parent.out, frame.key, { value: copy, enumerable: true, writable: true, configurable: true });
    else (parent.out as Record<string, unknown>)[frame.key] = copy;
  }
  const { issues, replaced } = found;
  return replaced !== null || issues.length > 0 ? { value: result, issues, partial: true, replaced: replaced ?? new Set() } : { value: result, issues, partial: false };
}

/** A value met by {@link readReport}: its place, and once read, its copy. */
interface ReadFrame {
  value: unknown;
  parent: ReadFrame | null;
  /** Key in the parent (an index for arrays). */
  key: string;
  depth: number;
  /** Reading it from its parent threw. */
  unreadable: boolean;
  /** The copy of this frame's object or array, once made. */
  out?: Record<string, unknown> | unknown[];
}

type IssueCode = Parameters<typeof makeIssue>[0];
type IssueParams = Parameters<typeof makeIssue>[2];

/** What {@link readReport} has found so far: the problems of single values, and the paths it read as absent or "". */
interface Found {
  issues: Issue[];
  replaced: Set<string> | null;
}

/**
 * Notes a problem of one value (past MAX_ISSUES no longer: `reportIssues` would drop it); `replaced`: the copy holds
 * the value as null or "" (or leaves it out), so that it is not reported again as missing, unknown or too short.
 */
function note(found: Found, code: IssueCode, path: string, params: IssueParams, replaced: boolean): void {
  if (found.issues.length < MAX_ISSUES) found.issues.push(makeIssue(code, path, params));
  if (replaced) (found.replaced ??= new Set()).add(path);
}
/** A value refused as a whole: reported at its path and read as absent (a string too long: as ""). */
type Problem = { code: "WRONG_TYPE" | "UNREADABLE_VALUE" | "TOO_LONG"; params: IssueParams };

/**
 * The children of an object or list, each read once (a read that throws marks the child unreadable); or why it is
 * refused as a whole (read as absent), or the limit that ends the reading. Keys too long, or the same as another key
 * after NFC, are noted in `found` and left out.
 */
function readChildren(node: object, frame: ReadFrame, limits: Limits, found: Found): ReadFrame[] | Problem | { end: Issue } {
  const depth = frame.depth + 1;
  let keys: string[];
  try {
    if (Array.isArray(node)) {
      const length = node.length;
      if (!Number.isSafeInteger(length) || length < 0) return { code: "UNREADABLE_VALUE", params: {} };
      if (length > limits.maxKeys) return { end: makeIssue("TOO_MANY_ITEMS", pointerOf(frame), { max: limits.maxKeys }) };
      frame.out = new Array<unknown>(length);
      const children = new Array<ReadFrame>(length);
      for (let i = 0; i < length; i++) {
        const child: ReadFrame = { value: undefined, parent: frame, key: String(i), depth, unreadable: false };
        children[i] = child;
        try {
          child.value = node[i];
        } catch {
          child.unreadable = true;
        }
      }
      return children;
    }
    const proto: unknown = Object.getPrototypeOf(node);
    if (proto !== Object.prototype && proto !== null) return { code: "WRONG_TYPE", params: { expected: "JSON value", actual: "non-plain object" } };
    keys = Object.keys(node);
  } catch {
    return { code: "UNREADABLE_VALUE", params: {} };
  }
  if (keys.length > limits.maxKeys) return { end: makeIssue("TOO_LARGE", pointerOf(frame), { what: "keys", max: limits.maxKeys }) };
  // Plain objects, as JSON.parse makes (rules may turn a value into a string: a null-prototype object cannot be).
  frame.out = {};
  const twins = keys.some(hasNonAscii) ? nfcTwins(keys, frame, limits, found) : null;
  const children: ReadFrame[] = [];
  let longKey = false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key.length > limits.maxStringLength) longKey = true;
    else if (twins === null || !twins.has(key)) {
      const child: ReadFrame = { value: undefined, parent: frame, key, depth, unreadable: false };
      children.push(child);
      try {
        child.value = (node as Record<string, unknown>)[key];
      } catch {
        child.unreadable = true;
      }
    }
  }
  // A key too long to show is reported at its object (once), and left out.
  if (longKey) note(found, "TOO_LONG", pointerOf(frame), { max: limits.maxStringLength }, false);
  return children;
}

/**
 * The keys of an object that are the same as another after NFC: a digest could not tell them apart, nor can anyone
 * tell which one is meant. Reported at each later one (as parseJson does), once for the pair; all are left out of the
 * copy, as given (replaced: not also missing, nor unknown).
 */
function nfcTwins(keys: string[], frame: ReadFrame, limits: Limits, found: Found): Set<string> | null {
  let twins: Set<string> | null = null;
  const forms = new Map<string, string>();
  for (const key of keys) {
    if (key.length > limits.maxStringLength) continue;
    const form = hasNonAscii(key) ? key.normalize("NFC") : key;
    const earlier = forms.get(form);
    if (earlier === undefined) {
      forms.set(form, key);
      continue;
    }
    const at = pointerOf(frame);
    note(found, "DUPLICATE_KEY", `${at}/${escapePointer(key)}`, nfcDuplicateParams(earlier, key), true);
    (found.replaced ??= new Set()).add(`${at}/${escapePointer(earlier)}`);
    (twins ??= new Set()).add(key).add(earlier);
  }
  return twins;
}

/** The JSON pointer of a frame, built only for a problem. */
function pointerOf(frame: ReadFrame): string {
  const keys: string[] = [];
  for (let f: ReadFrame | null = frame; f !== null && f.parent !== null; f = f.parent) keys.push(escapePointer(f.key));
  return keys.length === 0 ? "" : `/${keys.reverse().join("/")}`;
}
