import jsonLogic from "json-logic-js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { evaluate, loadPack } from "../../src/index.js";
import type { RulePack } from "../../src/index.js";
import { ALLOWED_OPERATORS } from "../../src/logic/operators.js";
import { readJson, refusal, thapMuoi } from "../helpers.js";
import { HOSTILE_PACKS, M, NESTED_SOME, PACK_CATEGORIES, PILOT_TEXT, REDUCE_MERGE_BOMB, pilot } from "./corpus/hostile-packs.js";

/** What must never change: the global prototypes and json-logic-js's shared table. */
function globalState(): string {
  const names = (o: object): string => Object.getOwnPropertyNames(o).sort().join(",");
  const probes = [{ "+": [1, "2"] }, { cat: ["a", 1] }, { var: "a" }, { in: ["b", "abc"] }, { merge: [[1], 2] }];
  const answers = probes.map((rule) => JSON.stringify(jsonLogic.apply(rule as never, { a: 7 } as never)));
  return [names(Object.prototype), names(Array.prototype), names(Function.prototype), names(String.prototype), String(jsonLogic.apply === originalApply), ...answers].join("|");
}
const originalApply = jsonLogic.apply;
let before = "";
beforeAll(() => {
  before = globalState();
});
afterEach(() => {
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect(globalState()).toBe(before);
});


const verdicts = (pack?: object): string => JSON.stringify(evaluate(thapMuoi(), pack ? { pack } : {}).indicators.map((i) => [i.id, i.verdict, i.value]));

describe("hostile packs: every one is refused with PACK_INVALID, the offending node's path and a message in vi and en", () => {
  it("has at least 30 attacks, in every category, with distinct names", () => {
    expect(HOSTILE_PACKS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(HOSTILE_PACKS.map((h) => h.name)).size).toBe(HOSTILE_PACKS.length);
    for (const category of PACK_CATEGORIES) expect(HOSTILE_PACKS.some((h) => h.category === category), category).toBe(true);
  });

  it.each(HOSTILE_PACKS.map((h) => [h.name, h] as const))("%s", (_name, hostile) => {
    const input = hostile.make();
    const started = performance.now();
    const error = refusal(() => loadPack(input));
    expect(performance.now() - started, "refused quickly").toBeLessThan(2_000);
    expect(error.code).toBe("PACK_INVALID");
    expect({ code: error.issues[0]?.code, path: error.issues[0]?.path }).toEqual({ code: hostile.issue, path: hostile.path });
    expect(error.issues.length).toBeLessThanOrEqual(200);
    for (const issue of error.issues) {
      expect(issue.message.vi.length, issue.code).toBeGreaterThan(0);
      expect(issue.message.en.length, issue.code).toBeGreaterThan(0);
      expect(issue.path === "" || issue.path.startsWith("/"), issue.path).toBe(true);
    }
    expect(error.text.vi && error.text.en).toBeTruthy();
    if (typeof input === "object") {
      // The same pack given straight to evaluate is refused the same way, before any report is read.
      const viaEvaluate = refusal(() => evaluate(thapMuoi(), { pack: input }));
      expect(viaEvaluate.code).toBe("PACK_INVALID");
      expect(viaEvaluate.issues[0]).toEqual(error.issues[0]);
    }
  });

  it("the known json-logic-js attacks are real: json-logic-js alone would run them", () => {
    expect(jsonLogic.apply({ var: "constructor.constructor" } as never, {} as never)).toBe(Function);
    expect(jsonLogic.apply({ var: "__proto__" } as never, {} as never)).toBe(Object.prototype);
    // Two keys, or none: returned as a literal, which is truthy.
    expect(jsonLogic.truthy(jsonLogic.apply({ ">=": [0, 1], x: 1 } as never))).toBe(true);
    expect(jsonLogic.truthy(jsonLogic.apply({} as never))).toBe(true);
    expect(REDUCE_MERGE_BOMB.length).toBe(151);
    expect(NESTED_SOME.length).toBeGreaterThan(4_400);
    expect(NESTED_SOME.length).toBeLessThan(4_700);
  });

  it("the pack schema and the gate allow exactly the same operators, and none that iterates, concatenates or logs", () => {
    const schema = readJson<{ $defs: { logic: { anyOf: { propertyNames?: { enum: string[] } }[] } } }>("rules/schemas/pack.schema.json");
    const inSchema = schema.$defs.logic.anyOf.find((branch) => branch.propertyNames)?.propertyNames?.enum ?? [];
    expect([...inSchema].sort()).toEqual([...ALLOWED_OPERATORS].sort());
    for (const op of ["log", "map", "filter", "reduce", "all", "some", "none", "merge", "cat"]) expect(ALLOWED_OPERATORS.has(op), op).toBe(false);
  });

  it("a refused pack leaves no trace: the same pack, fixed, loads and judges as before", () => {
    const hostile = pilot();
    hostile["standards"][1].criteria[0].indicators[0].rule.measures[0].value = { var: "constructor.constructor" };
    expect(refusal(() => loadPack(hostile)).issues[0]?.path).toBe(`${M}/value/var`);
    hostile["standards"][1].criteria[0].indicators[0].rule.measures[0].value = pilot()["standards"][1].criteria[0].indicators[0].rule.measures[0].value;
    expect(verdicts(loadPack(hostile))).toBe(verdicts());
  });
});

describe("isolation: nothing process-wide is shared with the host or between packs", () => {
  const baseline = (): string => verdicts();
  let expected = "";
  beforeAll(() => {
    expected = baseline();
  });
  afterAll(() => {
    jsonLogic.apply = originalApply;
  });

  it("the host replacing json-logic-js's + does not change our verdicts (then it is restored)", () => {
    jsonLogic.add_operation("+", () => 1e9);
    try {
      expect(jsonLogic.apply({ "+": [1, 2] } as never)).toBe(1e9);
      expect(baseline()).toBe(expected);
      expect(verdicts(loadPack(PILOT_TEXT))).toBe(expected);
    } finally {
      // json-logic-js 2.0.5's own "+", put back.
      jsonLogic.add_operation("+", (...args: unknown[]) => args.reduce((a: number, b) => parseFloat(a as never) + parseFloat(b as never), 0));
    }
    expect(jsonLogic.apply({ "+": [1, "2"] } as never)).toBe(3);
  });

  it("the host overriding jsonLogic.apply does not change our verdicts (then it is restored)", () => {
    let calls = 0;
    jsonLogic.apply = (() => {
      calls++;
      return true;
    }) as typeof jsonLogic.apply;
    try {
      expect(baseline()).toBe(expected);
      expect(calls).toBe(0);
    } finally {
      jsonLogic.apply = originalApply;
    }
  });

  it("the reference engine is json-logic-js itself, so it follows the host's changes (documented in docs/security.md)", () => {
    jsonLogic.apply = (() => true) as typeof jsonLogic.apply;
    try {
      expect(JSON.stringify(evaluate(thapMuoi(), { engine: "reference" }).indicators.map((i) => [i.id, i.verdict, i.value]))).not.toBe(expected);
    } finally {
      jsonLogic.apply = originalApply;
    }
    expect(JSON.stringify(evaluate(thapMuoi(), { engine: "reference" }).indicators.map((i) => [i.id, i.verdict, i.value]))).toBe(expected);
  });

  it("two packs evaluated alternately do not interfere", () => {
    const strict = pilot();
    strict["thresholds"].minPovertyRateFall.value = 0.4;
    const a = loadPack(PILOT_TEXT);
    const b = loadPack(strict) as RulePack;
    const resultA = verdicts(a);
    const resultB = verdicts(b);
    expect(resultB).not.toBe(resultA);
    for (let i = 0; i < 20; i++) {
      expect(verdicts(i % 2 ? a : b)).toBe(i % 2 ? resultA : resultB);
      expect(verdicts(i % 2 ? strict : pilot())).toBe(i % 2 ? resultB : resultA);
    }
  });

  it("a pack object changed after use is judged by its new content, never by a stale copy", () => {
    const pack = pilot();
    const first = verdicts(pack);
    pack["thresholds"].minPovertyRateFall.value = 0.4;
    expect(verdicts(pack)).not.toBe(first);
    pack["thresholds"].minPovertyRateFall.value = 1.5;
    expect(verdicts(pack)).toBe(first);
  });

  it("a pack object seen before is compared in place: a reordered, added or throwing key is a change, read afresh", () => {
    const pack = pilot();
    const first = evaluate(thapMuoi(), { pack });
    const again = evaluate(thapMuoi(), { pack });
    expect(again.pack).toEqual(first.pack);
    // Keys in another order: the same digest (canonical JSON), but read afresh (the order is part of what was copied).
    const { minPovertyRateFall, ...others } = pack["thresholds"];
    pack["thresholds"] = { minPovertyRateFall, ...others };
    expect(evaluate(thapMuoi(), { pack }).pack.digest).toBe(first.pack.digest);
    // A key added where the pack format allows none: now refused.
    pack["thresholds"].minPovertyRateFall.extra = 1;
    expect(refusal(() => evaluate(thapMuoi(), { pack })).code).toBe("PACK_INVALID");
    delete pack["thresholds"].minPovertyRateFall.extra;
    // A getter that throws: refused with the library's own error, never the getter's.
    Object.defineProperty(pack["thresholds"], "minPovertyRateFall", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(refusal(() => evaluate(thapMuoi(), { pack })).code).toBe("PACK_INVALID");
  });

  it("loading the whole corpus leaves Object.prototype, the other prototypes and json-logic-js unchanged", () => {
    for (const hostile of HOSTILE_PACKS) refusal(() => loadPack(hostile.make()));
    expect(globalState()).toBe(before);
    expect(baseline()).toBe(expected);
  });
});
