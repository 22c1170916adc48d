import validatePackSchema from "../generated/validate-pack-schema.js";
import type { GeneratedValidatorError } from "../generated/validate-pack-schema.js";
import { HuyenHocTapError } from "../errors.js";
import { makePackIssue } from "./make-pack-issue.js";
import type { Issue, JsonValue, RulePack } from "../types.js";
import { digestOf, hasNonAscii } from "./canonical-json.js";
import { copyWithinLimits, PACK_LIMITS } from "./check-limits.js";
import { checkPack } from "./check-pack.js";
import { checkLogicShapes } from "./check-logic-shapes.js";
import { escapePointer, unescapePointer } from "../logic/walk-logic.js";
import { parseJson } from "./parse-json.js";
import { deepFreeze, preparedPacks, rememberPrepared } from "./prepared-packs.js";
import type { PreparedPack } from "./prepared-pack.js";
import { resolveSchema } from "./resolve-schema.js";
import { schemaViolationParams } from "./schema-violation-params.js";
import { enPack } from "../explain/pack-messages.en.js";
import { viPack } from "../explain/pack-messages.vi.js";
import { invalidArgument, optionsObject, shown } from "../invalid-argument.js";

/** The newest pack format this library reads. */
export const SUPPORTED_FORMAT_VERSION = 1;

/** Options of {@link loadPack}. */
export interface LoadPackOptions {
  /** Refuse the pack unless its digest (`sha256:…`) is exactly this. */
  expectedDigest?: string;
}

const MAX_SCHEMA_ISSUES = 64;

/**
 * Caller-owned pack objects seen before, with the copy of their data made then: reused only while they still hold the
 * same data, so a pack object changed after use is loaded afresh (and a verification does not carry over to new content).
 */
const seenObjects = new WeakMap<object, { doc: unknown; entry: PreparedPack }>();

/**
 * Loads a rule pack from JSON text or from an object: checks its size, validates it against the pack schema, checks
 * its meaning (ids, variables, thresholds, labels, operators), then returns a deep-frozen copy that `evaluate` uses
 * without checking it again. Throws `PACK_INVALID` with every problem found, each with a JSON pointer.
 *
 * @throws HuyenHocTapError `PACK_INVALID` for an invalid pack, or one whose digest is not `options.expectedDigest`;
 * `INVALID_ARGUMENT` when an option is malformed.
 */
export function loadPack(input: string | object, options: LoadPackOptions = {}): RulePack {
  options = optionsObject(options, ["expectedDigest"]);
  // A digest is written `sha256:` and 64 lowercase hex digits: anything else can never match, and is a mistake of the caller's.
  if (options.expectedDigest !== undefined && (typeof options.expectedDigest !== "string" || !DIGEST.test(options.expectedDigest))) {
    throw invalidArgument(`expectedDigest phải có dạng sha256: và 64 chữ số hệ 16 viết thường, nhưng nhận được ${shown(options.expectedDigest)}`, `expectedDigest must be sha256: and 64 lowercase hex digits, got ${shown(options.expectedDigest)}`);
  }
  const entry = typeof input === "string" ? loadPrepared(input) : getPreparedPack(input);
  if (options.expectedDigest !== undefined && options.expectedDigest !== entry.info.digest) {
    throw new HuyenHocTapError("PACK_INVALID", {
      vi: viPack.digestMismatch(options.expectedDigest, entry.info.digest),
      en: enPack.digestMismatch(options.expectedDigest, entry.info.digest),
    }, [makePackIssue("DIGEST_MISMATCH", "", { expected: options.expectedDigest, actual: entry.info.digest })]);
  }
  return entry.pack;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** The prepared form of a pack object: from the cache when it came from `loadPack`, else loaded now. */
export function getPreparedPack(pack: object): PreparedPack {
  const own = preparedPacks.get(pack);
  if (own) return own;
  // An object seen before, still holding the same data (compared in place, without a copy: about a tenth of the time
  // of copying and serialising a 130 KB pack), is the same pack. Either way only our copy is ever judged.
  const seen = seenObjects.get(pack);
  if (seen && sameData(pack, seen.doc)) return seen.entry;
  // The limits first: an unchecked object is never serialised (it could be a cycle, or a small graph of shared
  // objects that serialises to gigabytes). The copy is read once, so a getter cannot change what was checked.
  const doc = copyOrThrow(pack);
  const entry = prepareDocument(doc);
  seenObjects.set(pack, { doc, entry });
  return entry;
}

/**
 * Whether a caller's object holds exactly `copy` (plain JSON data made by copyWithinLimits): the same values, the
 * same keys in the same order, plain objects and arrays only. Walks `copy`, so it is bounded by it; anything odd (a
 * proxy, a getter that throws, another prototype) is "not the same", and the object is then read afresh.
 */
function sameData(live: unknown, copy: unknown): boolean {
  const stack: [unknown, unknown][] = [[live, copy]];
  try {
    while (stack.length > 0) {
      const [a, b] = stack.pop() as [unknown, unknown];
      if (b === null || typeof b !== "object") {
        // Object.is: a 0 changed to -0 is a change (what the rules read), though `===` calls them equal.
        if (!Object.is(a, b)) return false;
        continue;
      }
      if (a === null || typeof a !== "object") return false;
      if (Array.isArray(b)) {
        if (!Array.isArray(a) || Object.getPrototypeOf(a) !== Array.prototype || a.length !== b.length) return false;
        for (let i = 0; i < b.length; i++) stack.push([a[i], b[i]]);
        continue;
      }
      const proto: unknown = Object.getPrototypeOf(a);
      if (Array.isArray(a) || (proto !== Object.prototype && proto !== null)) return false;
      const keysA = Object.keys(a);
      const keysB = Object.keys(b);
      if (keysA.length !== keysB.length) return false;
      for (let i = 0; i < keysB.length; i++) {
        const key = keysB[i] as string;
        if (keysA[i] !== key) return false;
        stack.push([(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]]);
      }
    }
    return true;
  } catch {
    return false;
  }
}

/** A private copy of an untrusted pack document, or `PACK_INVALID` with the first limit it breaks. */
function copyOrThrow(doc: unknown): unknown {
  const copy = copyWithinLimits(doc, PACK_LIMITS);
  if (!copy.ok) throw packInvalid([copy.issue]);
  return copy.value;
}

/** Loads and prepares a pack from JSON text or an object, checking it (see {@link loadPack}). */
export function loadPrepared(input: string | object): PreparedPack {
  if (typeof input === "object" && input !== null) {
    const cached = preparedPacks.get(input);
    if (cached) return cached;
  }
  const doc: unknown = typeof input === "string" ? parseOrThrow(input) : input;
  return prepareDocument(copyOrThrow(doc));
}

/** Checks and prepares a pack document that is plain data within the limits. */
function prepareDocument(doc: unknown): PreparedPack {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    throw packInvalid([makePackIssue("WRONG_TYPE", "", { expected: "object", actual: Array.isArray(doc) ? "array" : doc === null ? "null" : typeof doc })]);
  }
  const formatVersion = (doc as Record<string, unknown>)["formatVersion"];
  if (typeof formatVersion === "number" && formatVersion > SUPPORTED_FORMAT_VERSION) {
    const issue = makePackIssue("FORMAT_UNSUPPORTED", "/formatVersion", { found: formatVersion, supported: SUPPORTED_FORMAT_VERSION });
    throw new HuyenHocTapError("PACK_INVALID", {
      vi: viPack.formatUnsupported(formatVersion, SUPPORTED_FORMAT_VERSION),
      en: enPack.formatUnsupported(formatVersion, SUPPORTED_FORMAT_VERSION),
    }, [issue]);
  }
  if (!validatePackSchema(doc)) throw packInvalid(withLogicIssues(doc, schemaIssues(validatePackSchema.errors ?? [])));
  // A private copy, its text in NFC: the caller's object may change later, ours never does; and the pack judges with
  // the text its digest and signature cover (they are of the NFC form: a decomposed "Việt" in a rule would otherwise
  // pass a signature made for the composed one, and compare differently).
  const pack = deepFreeze(nfcCopy(doc) as RulePack);
  const issues: Issue[] = [];
  const reportSchema = resolveSchema(pack.reportSchema, "/reportSchema", issues);
  checkPack(pack, reportSchema, issues);
  if (issues.length > 0) throw packInvalid(issues);
  return rememberPrepared(pack, reportSchema, digestOf(pack));
}

/**
 * A copy of plain JSON data with every string and key in NFC (only those with a non-ASCII character can change), and
 * -0 as 0, as the canonical JSON of the digest writes them. Keys
 * that are the same after NFC were refused before (parseJson, copyWithinLimits), so none merge here. Iterative.
 */
function nfcCopy(doc: unknown): unknown {
  const nfc = (text: string): string => (hasNonAscii(text) ? text.normalize("NFC") : text);
  // -0 is written 0 in canonical JSON (the digest, the signature): the rules judge with 0 too.
  const copyOf = (value: unknown): unknown => (typeof value === "string" ? nfc(value) : value === 0 ? 0 : value !== null && typeof value === "object" ? (Array.isArray(value) ? new Array<unknown>(value.length) : {}) : value);
  const root = copyOf(doc);
  const stack: [unknown, unknown][] = [[doc, root]];
  while (stack.length > 0) {
    const [from, to] = stack.pop() as [Record<string, unknown>, Record<string, unknown>];
    if (from === null || typeof from !== "object") continue;
    for (const key of Object.keys(from)) {
      const value = from[key];
      const copy = copyOf(value);
      const name = Array.isArray(from) ? key : nfc(key);
      // An own "__proto__" (JSON.parse makes one) stays a key, never a prototype.
      if (name === "__proto__") Object.defineProperty(to, name, { value: copy, writable: true, enumerable: true, configurable: true });
      else to[name] = copy;
      if (copy !== null && typeof copy === "object") stack.push([value, copy]);
    }
  }
  return root;
}

function parseOrThrow(text: string): unknown {
  const parsed = parseJson(text, PACK_LIMITS);
  if (!parsed.ok) throw packInvalid(parsed.issues);
  return parsed.value;
}

/** Most issues reported for one pack (a rule with thousands of forbidden operators is reported by its first 200). */
const MAX_PACK_ISSUES = 200;

function packInvalid(all: Issue[]): HuyenHocTapError {
  const issues = all.length > MAX_PACK_ISSUES ? all.slice(0, MAX_PACK_ISSUES) : all;
  return new HuyenHocTapError("PACK_INVALID", { vi: viPack.packInvalid(issues.length), en: enPack.packInvalid(issues.length) }, issues);
}

/** Turns ajv's errors into located issues, one per distinct path (the innermost problem first). */
function schemaIssues(errors: GeneratedValidatorError[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // ajv escapes the keys of `instancePath`; the key it names in `params` is raw, so it is escaped here (`a/b` is `/a~1b`).
    let path = error.instancePath;
    const params = error.params;
    const key = error.keyword === "required" ? params["missingProperty"] : error.keyword === "additionalProperties" ? params["additionalProperty"] : error.keyword === "propertyNames" ? params["propertyName"] : undefined;
    if (typeof key === "string") path += `/${escapePointer(key)}`;
    const detail = `${error.keyword}: ${error.message ?? ""}${params["allowedValues"] ? ` (${(params["allowedValues"] as JsonValue[]).join(", ")})` : ""}`;
    const seenKey = `${path} ${detail}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    const code = error.keyword === "required" ? "MISSING_FIELD" : error.keyword === "additionalProperties" ? "UNKNOWN_FIELD" : "SCHEMA_VIOLATION";
    const field = typeof key === "string" ? key : unescapePointer(path.slice(path.lastIndexOf("/") + 1));
    issues.push(makePackIssue(code, path, code === "SCHEMA_VIOLATION" ? schemaViolationParams(error, detail) : { field }));
    if (issues.length >= MAX_SCHEMA_ISSUES) break;
  }
  return issues;
}

/**
 * The pack schema refuses a bad logic expression with a handful of vague `anyOf` errors at the expression; the gate
 * says exactly what is wrong and where (`FORBIDDEN_OPERATOR` at `…/value/log`). Its issues replace the schema's
 * errors inside every expression where it finds one.
 */
function withLogicIssues(doc: object, schema: Issue[]): Issue[] {
  const { issues, roots } = checkLogicShapes(doc);
  if (issues.length === 0) return schema;
  const inside = (path: string): boolean => roots.some((root) => path === root || path.startsWith(`${root}/`));
  return [...issues, ...schema.filter((issue) => !inside(issue.path))];
}

