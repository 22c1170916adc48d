import fc from "fast-check";
import jsonLogic from "json-logic-js";
import { describe, expect, it } from "vitest";
import { listPacks } from "../../src/index.js";
import { OPERATIONS, truthy } from "../../src/logic/operations.js";
import { generatedRules } from "../../src/pack/generated-code.js";
import { expressionSource } from "../../src/pack/rules-source.js";
import { ALLOWED_CASES, FIELD_VALUE } from "./logic-fixtures.js";

/**
 * The rules generated ahead of time for the bundled packs (src/pack/rules-source.ts) against json-logic-js, the
 * reference: the generator on the JsonLogic conformance suite, and the committed generated functions of every bundled
 * pack on fuzzed data. (The pack tests and generated reports are compared through `evaluate` in
 * differential-packs.test.ts, which uses the generated rules for the bundled packs.)
 */

const allowed = ALLOWED_CASES;

/** Runs the generator's source (tests only: the library never evaluates generated text). */
function generate(logic: unknown, constants: Record<string, unknown> = {}): (data: unknown) => unknown {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function("OP", "truthy", expressionSource(logic, constants))(OPERATIONS, truthy) as (data: unknown) => unknown;
}

describe("the rules generator agrees with json-logic-js on the JsonLogic conformance suite", () => {
  it("covers most of the suite", () => {
    expect(allowed.length).toBeGreaterThan(200);
  });
  it.each(allowed.map((c, i) => [i, ...c] as const))("case %i: %j with %j", (_i, rule, data, expected) => {
    const reference = jsonLogic.apply(rule as never, data as never);
    expect(reference).toEqual(expected);
    expect(generate(rule)(data)).toEqual(reference);
  });
  it("keeps -0, lists, objects with odd keys and thresholds as constants", () => {
    expect(Object.is(generate(-0)({}), -0)).toBe(true);
    expect(generate({ "-": [5, { and: [] }] })({})).toBe(-5);
    const literal = generate(["a", { b: 1, c: 2 }])({}) as unknown[];
    expect(literal).toEqual(["a", { b: 1, c: 2 }]);
    expect(generate({ var: "limit" }, { limit: 70 })({ limit: 1 })).toBe(70);
    expect(generate({ var: "x" }, { limit: 70 })(null)).toBeNull();
  });
});

describe("the generated rules of every bundled pack agree with json-logic-js on fuzzed data", () => {
  const value = FIELD_VALUE;
  const cases = listPacks().flatMap(({ pack, digest }) => {
    const rules = generatedRules(digest);
    if (rules === null) throw new Error(`${pack.id} ${pack.version}: no generated rules`);
    const thresholds = Object.fromEntries(Object.entries(pack.thresholds).map(([k, t]) => [k, t.value]));
    const indicators = pack.standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators));
    return indicators.flatMap((indicator, i) => {
      const generated = rules.indicators[i];
      if (!generated) throw new Error(`${indicator.id}: missing from the generated rules`);
      const where = `${pack.version} ${indicator.id}`;
      const fields = [...new Set([...indicator.rule.measures.flatMap((m) => m.requires), ...(indicator.rule.constraints ?? []).flatMap((c) => c.requires), "other"])];
      const out: [string, unknown, (d: unknown) => unknown, string[], Record<string, unknown>][] = [];
      indicator.rule.measures.forEach((m, j) => {
        const g = generated.measures[j];
        if (!g) throw new Error(`${where}: measure ${j} missing`);
        out.push([`${where} measure ${j} value`, m.value, g.value, fields, thresholds]);
        if (m.applicable !== undefined && g.applicable) out.push([`${where} measure ${j} applicable`, m.applicable, g.applicable, fields, thresholds]);
      });
      (indicator.rule.constraints ?? []).forEach((c, k) => out.push([`${where} constraint ${k}`, c.check, generated.constraints[k] as (d: unknown) => unknown, fields, thresholds]));
      return out;
    });
  });

  it("finds every measure and constraint", () => {
    expect(cases.length).toBeGreaterThanOrEqual(16);
  });

  it.each(cases)("%s", (_label, logic, fn, fields, thresholds) => {
    let compared = 0;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: fields.length }), (block) => {
        // The reference reads the thresholds from the data; the generated code has them as constants.
        const reference = jsonLogic.apply(logic as never, { ...block, ...thresholds } as never) as unknown;
        expect(fn(block)).toEqual(reference);
        compared += 1;
      }),
      { seed: 1112, numRuns: 300 },
    );
    expect(compared).toBe(300);
  });

  it("ready and inputs: a measure is ready exactly when its fields are all given, and its inputs are those fields", () => {
    const [{ pack, digest }] = listPacks() as [ReturnType<typeof listPacks>[number]];
    const rules = generatedRules(digest);
    const indicators = pack.standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators));
    indicators.forEach((indicator, i) => {
      indicator.rule.measures.forEach((m, j) => {
        const g = rules?.indicators[i]?.measures[j];
        const full = Object.fromEntries(m.requires.map((f, k) => [f, k + 1]));
        expect(g?.ready(full)).toBe(true);
        expect(g?.inputs(full)).toEqual(full);
        for (const f of m.requires) {
          expect(g?.ready({ ...full, [f]: null })).toBe(false);
          const { [f]: _gone, ...rest } = full;
          expect(g?.ready(rest)).toBe(false);
        }
      });
    });
  });
});
