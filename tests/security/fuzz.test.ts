/**
 * Property-based attacks with a fixed seed: thousands of generated reports and packs thrown at `validateReport`,
 * `loadPack` and `evaluate`. Every call returns or throws the library's own error — never anything else — in bounded
 * time, and the same input always gives the same output.
 *
 * Larger run: `FUZZ_RUNS=200000 npm run test:security` (runs per property; `FUZZ_SEED` picks another seed).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffPacks, evaluate, explainPack, isHuyenHocTapError, loadPack, parseJson, renderReport, renderTrace, validateReport } from "../../src/index.js";
import { PACK_LIMITS, REPORT_LIMITS } from "../../src/pack/check-limits.js";
import { thapMuoi } from "../helpers.js";
import { bundledPacks } from "../../src/pack/bundled-packs.js";
import type { PreparedPack } from "../../src/pack/prepared-pack.js";
import { compileReader, INVALID } from "../../src/report/compile-reader.js";
import { generatedReader } from "../../src/pack/generated-code.js";
import { readReport } from "../../src/report/read-report.js";
import { checkReport } from "../../src/report/validate-report.js";
import { digestOf } from "../../src/pack/canonical-json.js";
import { pilot, PILOT_TEXT } from "./corpus/hostile-packs.js";

const SEED = Number(process.env["FUZZ_SEED"] ?? 20261128);
const RUNS = Number(process.env["FUZZ_RUNS"] ?? 0);
/** Runs per property: the default unless FUZZ_RUNS is set. */
const runs = (normal: number): number => (RUNS > 0 ? RUNS : normal);
/** No test timeout for a long run; two minutes otherwise. */
const TIMEOUT = RUNS > 0 ? 0 : 120_000;
/** Longest a single call may take (generous: CI machines are slow, and the heap is 256 MB). */
const MAX_CALL_MS = 1_500;

type Outcome = { ok: true; value: string } | { ok: false; code: string; issues: string };

/** Runs `f` in bounded time and describes what happened; anything but a result or our own error fails. */
function outcome(f: () => unknown): Outcome {
  const started = performance.now();
  let result: Outcome;
  try {
    result = { ok: true, value: JSON.stringify(f()) };
  } catch (error) {
    if (!isHuyenHocTapError(error)) throw new Error(`a foreign error escaped: ${error instanceof Error ? error.stack : String(error)}`);
    result = { ok: false, code: error.code, issues: JSON.stringify(error.issues) };
  }
  const elapsed = performance.now() - started;
  if (elapsed > MAX_CALL_MS) throw new Error(`a call took ${Math.round(elapsed)} ms`);
  return result;
}

/** The outcome twice, which must agree. */
function stable(f: () => unknown): Outcome {
  const a = outcome(f);
  const b = outcome(f);
  expect(b).toEqual(a);
  return a;
}

/** Verdicts, values and the conclusion, for comparing engines and variants. */
const verdictsOf = (report: unknown, options: Parameters<typeof evaluate>[1] = {}): string => {
  const result = evaluate(report, options);
  return JSON.stringify([result.verdict, result.indicators.map((i) => [i.id, i.verdict, i.value])]);
};

// ---------------------------------------------------------------------------------------------------------------
// Generators.

const PACK = pilot();
type SchemaNode = { type?: string; properties?: Record<string, SchemaNode>; $ref?: string; minimum?: number; maximum?: number; "x-decimals"?: number; "x-unit"?: string };
const defs = PACK["reportSchema"].$defs as Record<string, SchemaNode>;
const resolve = (node: SchemaNode): SchemaNode => (node.$ref ? resolve(defs[node.$ref.slice("#/$defs/".length)] as SchemaNode) : node);
const BLOCKS: [string, Record<string, SchemaNode>][] = Object.entries(PACK["reportSchema"].properties.indicators.properties as Record<string, SchemaNode>).map(
  ([id, node]) => [id, Object.fromEntries(Object.entries(resolve(node).properties ?? {}).map(([name, field]) => [name, resolve(field)]))],
);
const IDS = BLOCKS.map(([id]) => id);
const FIELDS = [...new Set(BLOCKS.flatMap(([, fields]) => Object.keys(fields)))];
const THRESHOLDS = Object.keys(PACK["thresholds"] as object);

/** Values that have broken parsers before. */
const nasty = fc.constantFrom<unknown>(
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, -1, 0.1 + 0.2, 2 ** 53, 1.005,
  "1,83", "92,3%", "100", "1.000", " 7 ", "", "null", "NaN", "__proto__", "constructor", "ư".repeat(50),
  null, undefined, true, false, [], {}, [{}], [null], [{ ref: "1/KH" }], [{ ref: "" }], "met", "not_met", [[]],
);
const anyValue = fc.oneof(
  { weight: 3, arbitrary: nasty },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 2_000 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);
const anyKey = fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "toString", "", "2.1.1 ", "verdict"), fc.constantFrom(...IDS, ...FIELDS), fc.string());

/** A field value that fits its schema most of the time. */
function plausible(field: SchemaNode): fc.Arbitrary<unknown> {
  if (field["x-unit"] === "evidence") {
    return fc.array(fc.record({ ref: fc.constantFrom("915/KH-UBND", "1/QĐ"), date: fc.constantFrom("2022-02-28", "2020-01-01", "2023-12-31") }, { requiredKeys: ["ref"] }), { maxLength: 3 });
  }
  if (field.type === "integer") return fc.integer({ min: field.minimum ?? 0, max: 60 });
  if (field.type === "number") {
    const scale = 10 ** (field["x-decimals"] ?? 2);
    return fc.integer({ min: Math.ceil((field.minimum ?? 0) * scale), max: Math.floor((field.maximum ?? 100) * scale) }).map((n) => n / scale);
  }
  if (field.type === "string") return fc.constantFrom("ghi chú", "met", "not_met");
  return fc.constantFrom("met", "not_met");
}

/** A block whose counts usually respect their totals: the first count is the whole, the others share half of it. */
const plausibleBlock = (fields: Record<string, SchemaNode>): fc.Arbitrary<Record<string, unknown>> =>
  fc.record(Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, plausible(field)])), { requiredKeys: [] }).map((block) => {
    const counts = Object.keys(fields).filter((name) => fields[name]?.type === "integer" && block[name] !== undefined);
    const whole = counts[0] !== undefined ? (block[counts[0]] as number) : 0;
    for (const name of counts.slice(1)) block[name] = Math.min(block[name] as number, Math.floor(whole / Math.max(1, counts.length - 1)));
    return block;
  });

/** A report built from the pack's own schema: usually valid, so that judging itself is fuzzed. */
const plausibleReport = fc
  .record({
    year: fc.constantFrom(2021, 2022, 2023),
    blocks: fc.tuple(...BLOCKS.map(([, fields]) => fc.option(plausibleBlock(fields), { nil: undefined }))),
  })
  .map(({ year, blocks }) => {
    const indicators: Record<string, unknown> = {};
    blocks.forEach((block, i) => {
      if (block !== undefined) indicators[IDS[i] as string] = block;
    });
    return { district: "Huyện thử", province: "Tỉnh thử", year, indicators };
  });

/** One change to a report: a field, a block, a top-level value, or a stray key. */
const reportEdit = fc.oneof(
  fc.record({ kind: fc.constant("field" as const), id: fc.constantFrom(...IDS), field: fc.constantFrom(...FIELDS), value: anyValue }),
  fc.record({ kind: fc.constant("block" as const), id: fc.oneof(fc.constantFrom(...IDS), anyKey), value: anyValue }),
  fc.record({ kind: fc.constant("top" as const), field: fc.oneof(fc.constantFrom("district", "province", "year", "report", "indicators"), anyKey), value: anyValue }),
  fc.record({ kind: fc.constant("delete" as const), id: fc.constantFrom(...IDS), field: fc.constantFrom(...FIELDS) }),
);
type ReportEdit = typeof reportEdit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(report: Record<string, any>, edit: ReportEdit): void {
  const set = (target: Record<string, unknown>, key: string, value: unknown): void => {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  };
  const indicators = report["indicators"] as Record<string, any>;
  if (edit.kind === "top") set(report, edit.field, edit.value);
  else if (indicators === null || typeof indicators !== "object") return;
  else if (edit.kind === "block") set(indicators, edit.id, edit.value);
  else {
    const block = indicators[edit.id];
    if (block === null || typeof block !== "object") return;
    if (edit.kind === "delete") delete block[edit.field];
    else set(block, edit.field, edit.value);
  }
}

/** The Tháp Mười report or a plausible one, with a few edits. */
const nearValidReport = fc.tuple(fc.oneof(fc.constant(null), plausibleReport), fc.array(reportEdit, { minLength: 1, maxLength: 4 })).map(([base, edits]) => {
  const report = (base ? structuredClone(base) : thapMuoi()) as Record<string, any>;
  for (const edit of edits) applyEdit(report, edit);
  return report;
});

// Packs: the pilot pack with random nodes replaced by random JSON or random JSON-logic.
const OPERATORS = ["var", "missing", "missing_some", "if", "?:", "and", "or", "!", "!!", "==", "===", "!=", "!==", ">", ">=", "<", "<=", "+", "-", "*", "/", "%", "min", "max", "substr", "in",
  "log", "map", "filter", "reduce", "all", "some", "none", "merge", "cat", "a.b", "__proto__", "constructor", "toString", "method"];
const VAR_NAMES = [...FIELDS, ...THRESHOLDS, "__proto__", "constructor", "prototype", "constructor.constructor", "note.length", "", "accumulator"];
const { logic } = fc.letrec<{ logic: unknown }>((tie) => ({
  logic: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(0.5, 70, 1.5, true, false, null, "x", "")),
    fc.record({ var: fc.oneof(fc.constantFrom(...VAR_NAMES), tie("logic")) }),
    fc.tuple(fc.constantFrom(...OPERATORS), fc.array(tie("logic"), { maxLength: 4 })).map(([op, args]) => ({ [op]: args })),
    fc.array(tie("logic"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...OPERATORS), tie("logic"), { maxKeys: 3 }),
  ),
}));

/** Every JSON pointer of a document, as key lists (the targets of mutations). */
function pathsOf(doc: unknown): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[doc, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [unknown, (string | number)[]];
    paths.push(path);
    if (Array.isArray(node)) node.forEach((child, i) => stack.push([child, [...path, i]]));
    else if (node !== null && typeof node === "object") for (const [k, v] of Object.entries(node)) stack.push([v, [...path, k]]);
  }
  return paths;
}
const PACK_PATHS = pathsOf(PACK);
const RULE_PATHS = PACK_PATHS.filter((p) => p.includes("rule"));

const packEdit = fc.record({
  path: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...RULE_PATHS) }, { weight: 1, arbitrary: fc.constantFrom(...PACK_PATHS) }),
  value: fc.oneof({ weight: 3, arbitrary: logic }, { weight: 1, arbitrary: anyValue }, { weight: 1, arbitrary: fc.constant(undefined) }),
});

function mutatedPack(edits: { path: (string | number)[]; value: unknown }[]): Record<string, any> {
  return withEdits(pilot(), edits);
}

/** `doc` with each edit made in place: the node at `path` replaced by `value`, or removed when it is undefined. */
function withEdits<T>(doc: T, edits: { path: (string | number)[]; value: unknown }[]): T {
  for (const { path, value } of edits) {
    if (path.length === 0) continue;
    let node: any = doc;
    for (const key of path.slice(0, -1)) {
      node = node?.[key];
      if (node === null || typeof node !== "object") break;
    }
    if (node === null || typeof node !== "object") continue;
    const last = path[path.length - 1] as string | number;
    if (value === undefined) {
      if (Array.isArray(node)) node.splice(last as number, 1);
      else delete node[last];
    } else {
      Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return doc;
}

// ---------------------------------------------------------------------------------------------------------------

describe(`fuzzing with seed ${SEED}${RUNS > 0 ? ` and ${RUNS} runs per property` : ""}`, () => {
  it(
    "arbitrary values as reports: validateReport and evaluate return or throw our error, deterministically",
    () => {
      const value = fc.anything({ maxDepth: 4, withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withBigInt: true, withDate: true, withTypedArray: true, withObjectString: true });
      fc.assert(
        fc.property(fc.oneof(value, fc.record({ district: value, province: value, year: value, indicators: fc.dictionary(fc.oneof(fc.constantFrom(...IDS), anyKey), value) })), (report) => {
          stable(() => validateReport(report));
          stable(() => evaluate(report));
        }),
        { seed: SEED, numRuns: runs(2_000) },
      );
    },
    TIMEOUT,
  );

  it(
    "near-valid reports: both entry points agree, never a foreign error, the same input gives the same output",
    () => {
      fc.assert(
        fc.property(nearValidReport, (report) => {
          const validation = stable(() => validateReport(report));
          const judged = stable(() => evaluate(report));
          const valid = validation.ok && (JSON.parse(validation.value) as { ok: boolean }).ok;
          if (valid) expect(judged.ok || judged.code === "NO_PACK_FOR_YEAR", JSON.stringify(judged)).toBe(true);
          else if (!judged.ok) expect(["REPORT_INVALID", "NO_PACK_FOR_YEAR"]).toContain(judged.code);
          else expect.unreachable(`an invalid report was judged: ${validation.ok ? validation.value : ""}`);
        }),
        { seed: SEED + 1, numRuns: runs(3_000) },
      );
    },
    TIMEOUT,
  );

  it(
    "plausible reports: judged by both engines alike, and selfAssessment never changes a verdict",
    () => {
      let judgedCount = 0;
      fc.assert(
        fc.property(plausibleReport, fc.constantFrom("met", "not_met"), (report, self) => {
          if (!validateReport(report).ok) return;
          judgedCount++;
          const compiled = verdictsOf(report);
          expect(verdictsOf(report, { engine: "reference" })).toBe(compiled);
          const claimed = structuredClone(report) as { indicators: Record<string, Record<string, unknown>> };
          for (const block of Object.values(claimed.indicators)) block["selfAssessment"] = self;
          expect(verdictsOf(claimed)).toBe(compiled);
        }),
        { seed: SEED + 2, numRuns: runs(1_500) },
      );
      // The generator must mostly make valid reports, or this property tests nothing.
      expect(judgedCount).toBeGreaterThan(runs(1_500) / 3);
    },
    TIMEOUT,
  );

  it(
    "JSON text reports: parseJson and validateReport never throw, and agree with JSON.parse on what parses",
    () => {
      const text = fc.oneof(
        fc.json({ maxDepth: 4 }),
        fc.tuple(fc.constant(JSON.stringify(thapMuoi())), fc.nat(), fc.string({ maxLength: 6 }), fc.nat({ max: 6 })).map(([t, at, insert, cut]) => {
          const i = at % t.length;
          return t.slice(0, i) + insert + t.slice(i + cut);
        }),
      );
      fc.assert(
        fc.property(text, (t) => {
          const parsed = stable(() => parseJson(t, REPORT_LIMITS));
          const result = JSON.parse((parsed as { value: string }).value) as { ok: boolean; value?: unknown };
          let reference: unknown;
          let referenceOk = true;
          try {
            reference = JSON.parse(t);
          } catch {
            referenceOk = false;
          }
          // parseJson refuses more than JSON.parse (duplicate keys, limits), never less.
          if (result.ok) {
            expect(referenceOk).toBe(true);
            expect(result.value).toEqual(JSON.parse(JSON.stringify(reference)));
            stable(() => validateReport(JSON.parse(t)));
          }
        }),
        { seed: SEED + 3, numRuns: runs(3_000) },
      );
    },
    TIMEOUT,
  );

  it(
    "mutated packs: loadPack returns or refuses with PACK_INVALID, and a pack it accepts judges safely with both engines, explains itself, diffs and renders",
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(fc.array(packEdit, { minLength: 1, maxLength: 3 }), nearValidReport, (edits, report) => {
          const pack = mutatedPack(edits);
          const loaded = stable(() => loadPack(pack));
          if (!loaded.ok) {
            expect(loaded.code).toBe("PACK_INVALID");
            return;
          }
          accepted++;
          const compiled = stable(() => evaluate(thapMuoi(), { pack }));
          const reference = stable(() => evaluate(thapMuoi(), { pack, engine: "reference" }));
          expect(reference.ok).toBe(compiled.ok);
          if (compiled.ok && reference.ok) expect(verdictsOf(thapMuoi(), { pack, engine: "reference" })).toBe(verdictsOf(thapMuoi(), { pack }));
          stable(() => evaluate(report, { pack }));
          stable(() => validateReport(report, { pack }));
          // What auditors and ministries read of an accepted pack: its rules in words, and a result's appendix.
          stable(() => explainPack(pack, { lang: "en" }));
          stable(() => diffPacks(pilot(), pack));
          stable(() => renderReport(evaluate(thapMuoi(), { pack, trace: true }), { format: "html", pack }));
        }),
        { seed: SEED + 4, numRuns: runs(1_000) },
      );
      // Some mutations must leave a loadable pack, or judging with mutated packs is never fuzzed.
      expect(accepted).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    "pack text: corrupted or hostile JSON text is refused with PACK_INVALID, never anything else",
    () => {
      const text = fc.oneof(
        fc.tuple(fc.nat(), fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('"__proto__":{},', '{"log":1}', "[".repeat(50), '"x":1,"x":2,', "\u0000")), fc.nat({ max: 8 })).map(([at, insert, cut]) => {
          const i = at % PILOT_TEXT.length;
          return PILOT_TEXT.slice(0, i) + insert + PILOT_TEXT.slice(i + cut);
        }),
        fc.json({ maxDepth: 3 }),
      );
      fc.assert(
        fc.property(text, (t) => {
          const loaded = stable(() => loadPack(t));
          if (!loaded.ok) expect(loaded.code).toBe("PACK_INVALID");
          const parsed = parseJson(t, PACK_LIMITS);
          if (!parsed.ok) expect(loaded.ok).toBe(false);
        }),
        { seed: SEED + 5, numRuns: runs(500) },
      );
    },
    TIMEOUT,
  );

  it(
    "the fast path never accepts what the slow path refuses, and takes every plain valid report",
    () => {
      const pack = bundledPacks()[0] as PreparedPack;
      let fast = 0;
      fc.assert(
        fc.property(fc.oneof(nearValidReport, plausibleReport), (report) => {
          const copy = pack.read(report);
          const slow = readReport(report);
          const slowIssues = slow.issues.length > 0 ? slow.issues : checkReport(slow.value, pack);
          if (copy !== INVALID) {
            fast++;
            expect(slowIssues).toEqual([]);
            // The fast copy is what the slow path would judge.
            expect(digestOf(copy)).toBe(digestOf(slow.value));
          } else if (slowIssues.length === 0) {
            // A report the slow path accepts: the fast path may only decline it for an odd shape, never for JSON data.
            const json = JSON.parse(JSON.stringify(report)) as unknown;
            expect(pack.read(json) === INVALID && checkReport(json, pack).length === 0).toBe(false);
          }
        }),
        { seed: SEED + 6, numRuns: runs(3000) },
      );
      expect(fast).toBeGreaterThan(100);
    },
    TIMEOUT,
  );

  it(
    "the reader generated ahead of time for the bundled pack accepts exactly what the closures accept, and copies alike",
    () => {
      const pack = bundledPacks()[0] as PreparedPack;
      const generated = generatedReader(pack.info.digest, pack.pack.reportSchema);
      expect(generated).not.toBeNull();
      const closures = compileReader(pack.reportSchema, REPORT_LIMITS);
      let accepted = 0;
      fc.assert(
        fc.property(fc.oneof(nearValidReport, plausibleReport), (report) => {
          const a = (generated as (r: unknown) => unknown)(report);
          const b = closures(report);
          expect(a === INVALID).toBe(b === INVALID);
          if (a !== INVALID) {
            accepted++;
            // Same values, same keys in the same order: the same JSON text, hence the same digest.
            expect(JSON.stringify(a)).toBe(JSON.stringify(b));
          }
        }),
        { seed: SEED + 7, numRuns: runs(3000) },
      );
      expect(accepted).toBeGreaterThan(100);
    },
    TIMEOUT,
  );

  it(
    "renderReport and renderTrace, given a stored result with fields deleted or replaced, render it or refuse it with the library's error",
    () => {
      const stored = JSON.parse(JSON.stringify(evaluate(thapMuoi(), { trace: true }))) as Record<string, unknown>;
      const junk = fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom("met", "percent", ">=", "<script>", "2022-13-45"));
      const edit = fc.record({ path: fc.constantFrom(...pathsOf(stored)), value: junk });
      let refused = 0;
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
          const result = withEdits(structuredClone(stored), edits);
          const html = outcome(() => renderReport(result as never, { format: "html" }));
          const indicators = (result as { indicators?: unknown }).indicators;
          if (Array.isArray(indicators)) for (const indicator of indicators) outcome(() => renderTrace(indicator as never, { lang: "en" }));
          if (!html.ok) refused++;
        }),
        { seed: SEED + 8, numRuns: runs(1500) },
      );
      expect(refused).toBeGreaterThan(100);
    },
    TIMEOUT,
  );
});
