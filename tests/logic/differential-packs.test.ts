import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import jsonLogic from "json-logic-js";
import { describe, expect, it } from "vitest";
import { evaluate, isHuyenHocTapError, loadPack } from "../../src/index.js";
import type { Logic, RulePack } from "../../src/index.js";
import { compileLogic } from "../../src/logic/compile-logic.js";
import { generateReports } from "../bench/generate-reports.js";
import { FIELD_VALUE } from "./logic-fixtures.js";
import { repoPath } from "../helpers.js";

/**
 * json-logic-js is the reference: whatever the compiled closures decide must be exactly what json-logic-js's own
 * `apply` decides (`evaluate(r, { engine: "reference" })`), on every pack test, on generated and fuzzed reports, and
 * for every expression of the packs on fuzzed block data.
 */

/** Every pack under rules/<framework>/ (not the schemas). */
function bundledPackFiles(): string[] {
  const rules = repoPath("rules");
  return readdirSync(rules)
    .filter((d) => d !== "schemas" && statSync(join(rules, d)).isDirectory())
    .flatMap((d) => readdirSync(join(rules, d)).filter((f) => f.endsWith(".json") && !f.endsWith(".digest.json")).map((f) => join(rules, d, f)));
}

const packs = bundledPackFiles().map((file) => ({ file, pack: loadPack(readFileSync(file, "utf8")) }));

/** What evaluate gives, as comparable text: the whole result (reasons included) or the error's code and issues. */
function outcome(report: unknown, pack: RulePack | undefined, engine: "compiled" | "reference"): string {
  try {
    return JSON.stringify(evaluate(report, { ...(pack ? { pack } : {}), engine }));
  } catch (error) {
    if (!isHuyenHocTapError(error)) throw error;
    return `${error.code} ${JSON.stringify(error.issues)}`;
  }
}

function expectSameBothWays(report: unknown, pack?: RulePack): void {
  const compiled = outcome(report, pack, "compiled");
  expect(compiled).toBe(outcome(report, pack, "reference"));
}

describe("the bundled packs", () => {
  it("are found", () => {
    expect(packs.length).toBeGreaterThan(0);
  });
});

const cases = packs.flatMap(({ file, pack }) => (pack.tests ?? []).map((test, i) => ({ label: `${file.slice(file.lastIndexOf("rules"))} #${i} ${test.name}`, test, pack })));

describe("every pack test case: compiled rules and json-logic-js give the same result", () => {
  // The packs' test cases may be absent (an older pack); when they exist, every one is checked.
  it.runIf(cases.length > 0).each(cases.map((c) => [c.label, c] as const))("%s", (_label, { test, pack }) => {
    const compiled = outcome(test.report, pack, "compiled");
    expect(compiled).toBe(outcome(test.report, pack, "reference"));
    // The comparison is not vacuous: the case reached a verdict or was refused as expected.
    if (test.expect.invalid !== undefined) expect(compiled).toMatch(/^REPORT_INVALID /);
    else expect(compiled).toMatch(/^\{"verdict":/);
  });
});

describe("generated and fuzzed reports: compiled rules and json-logic-js give the same result", () => {
  it("700 generated district reports (valid and invalid, every verdict)", () => {
    const reports = generateReports(700, { seed: 6, invalidShare: 0.05 });
    const verdicts = new Set<string>();
    for (const report of reports) {
      expectSameBothWays(report);
      const text = outcome(report, undefined, "compiled");
      verdicts.add(text.startsWith("{") ? (JSON.parse(text) as { verdict: string }).verdict : "invalid");
    }
    expect([...verdicts].sort()).toEqual(["insufficient_data", "invalid", "met", "not_met"]);
  });

  // Mostly plausible figures (so that most reports are judged), at and around the thresholds; now and then a wrong
  // one (a string, a negative count, parts above their total) so that validation is compared too.
  const wild = fc.constantFrom(null, "12", "1,83", true, [], {}, -1, 1e10, 100.5);
  const figure = (plausible: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => fc.oneof({ weight: 40, arbitrary: plausible }, { weight: 1, arbitrary: wild });
  const arbitraryFor = (field: string): fc.Arbitrary<unknown> => {
    if (field === "total" || field === "students") return figure(fc.oneof({ weight: 20, arbitrary: fc.integer({ min: 1, max: 60 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 10_000) }));
    if (field === "percent") return figure(fc.oneof(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100), fc.constantFrom(0, 0.05, 50, 70, 90, 100)));
    if (field.endsWith("Rate")) return figure(fc.integer({ min: 0, max: 1_000 }).map((n) => n / 100));
    return figure(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(0, 5, 7, 9)));
  };
  const pilot = packs[0]?.pack as RulePack;
  const blockArbitraries: Record<string, fc.Arbitrary<Record<string, unknown>>> = {};
  for (const standard of pilot.standards) {
    for (const criterion of standard.criteria) {
      for (const indicator of criterion.indicators) {
        const fields = [...new Set(indicator.rule.measures.flatMap((m) => m.requires))];
        const whole = fields.find((f) => f === "total" || f === "students");
        const shape: Record<string, fc.Arbitrary<unknown>> = {};
        for (const f of fields) {
          shape[f] = f === "evidence"
            ? fc.oneof(fc.constant([]), fc.constant([{ ref: "01/KH-UBND" }]), fc.constant([{ description: "x" }, { ref: "2/QĐ" }]), fc.constant("yes"))
            : arbitraryFor(f);
        }
        shape["selfAssessment"] = fc.constantFrom("met", "not_met");
        // Parts of a total are drawn as shares of it (now and then above it), so that most blocks are consistent.
        const parts = fields.filter((f) => whole !== undefined && f !== whole && f !== "percent");
        const shares = fc.array(fc.integer({ min: 0, max: 105 }), { minLength: parts.length, maxLength: parts.length });
        const block = fc.tuple(fc.record(shape, { requiredKeys: [] }), shares).map(([b, s]) => {
          const total = b[whole ?? ""];
          if (typeof total === "number" && Number.isInteger(total)) {
            parts.forEach((p, i) => {
              if (p in b && typeof b[p] === "number") b[p] = Math.floor(((s[i] ?? 0) * total) / 100 / parts.length);
            });
          }
          return b;
        });
        blockArbitraries[indicator.id] = block;
      }
    }
  }
  const reportArbitrary = fc.record({
    district: fc.constant("Huyện thử"),
    province: fc.constant("Tỉnh thử"),
    year: fc.constantFrom(2021, 2022, 2023),
    indicators: fc.record(blockArbitraries, { requiredKeys: [] }),
  });

  it("fast-check: 400 fuzzed reports (figures at and around the thresholds, wrong types, missing fields)", () => {
    let judged = 0;
    fc.assert(
      fc.property(reportArbitrary, (report) => {
        expectSameBothWays(report);
        if (outcome(report, undefined, "compiled").startsWith("{")) judged += 1;
      }),
      { seed: 20211112, numRuns: 400 },
    );
    // Enough of them are valid for the verdicts, not only the validation, to be compared.
    expect(judged).toBeGreaterThan(40);
  });
});

describe("every expression of the packs: compileLogic and jsonLogic.apply give the same value on fuzzed data", () => {
  type Expr = { label: string; logic: Logic; vars: string[] };
  const exprs: Expr[] = [];
  const varsOf = (logic: unknown): string[] => {
    const out = new Set<string>();
    const stack = [logic];
    while (stack.length > 0) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...(node as unknown[]));
      else if (node !== null && typeof node === "object") {
        for (const [op, args] of Object.entries(node)) {
          if (op === "var") {
            const name = Array.isArray(args) ? args[0] : args;
            if (typeof name === "string") out.add(name);
          }
          stack.push(args);
        }
      }
    }
    return [...out];
  };
  for (const { file, pack } of packs) {
    for (const standard of pack.standards) {
      for (const criterion of standard.criteria) {
        for (const indicator of criterion.indicators) {
          const where = `${file.slice(file.lastIndexOf("rules"))} ${indicator.id}`;
          indicator.rule.measures.forEach((m, i) => {
            exprs.push({ label: `${where} measure ${i} value`, logic: m.value, vars: varsOf(m.value) });
            if (m.applicable !== undefined) exprs.push({ label: `${where} measure ${i} applicable`, logic: m.applicable, vars: varsOf(m.applicable) });
          });
          (indicator.rule.constraints ?? []).forEach((c, i) => exprs.push({ label: `${where} constraint ${i}`, logic: c.check, vars: varsOf(c.check) }));
        }
      }
    }
  }

  it("finds the measures, conditions and constraints of every pack", () => {
    expect(exprs.length).toBeGreaterThanOrEqual(16);
    expect(exprs.some((e) => e.label.endsWith("applicable"))).toBe(true);
    expect(exprs.some((e) => e.label.includes("constraint"))).toBe(true);
  });

  const value = FIELD_VALUE;

  it.each(exprs.map((e) => [e.label, e] as const))("%s", (_label, { logic, vars }) => {
    const compiled = compileLogic(logic);
    const names = [...vars, ...Object.keys(packs[0]?.pack.thresholds ?? {})];
    const data = fc.dictionary(fc.constantFrom(...names), value, { maxKeys: names.length });
    let compared = 0;
    fc.assert(
      fc.property(data, (fields) => {
        // Rules read a null-prototype object, as the engine gives them.
        const input = Object.assign(Object.create(null) as Record<string, unknown>, fields);
        const reference = jsonLogic.apply(logic as never, input as never) as unknown;
        expect(compiled(input)).toEqual(reference);
        compared += 1;
      }),
      { seed: 5196, numRuns: 300 },
    );
    expect(compared).toBe(300);
  });
});

describe("every expression of a pack on every block of its test cases: compileLogic and jsonLogic.apply agree", () => {
  // The constraints are checked while a report is read (the same compiled checks whichever engine judges), so the
  // test cases above compare them with themselves: here each one, like each measure and condition, is run both ways
  // on the very blocks of the pack's test cases (valid and invalid), with the pack's thresholds, as the engine reads them.
  const runs = packs.flatMap(({ file, pack }) =>
    pack.standards.flatMap((standard) =>
      standard.criteria.flatMap((criterion) =>
        criterion.indicators.flatMap((indicator) => {
          const logics: [string, Logic][] = [];
          indicator.rule.measures.forEach((m, i) => {
            logics.push([`measure ${i} value`, m.value]);
            if (m.applicable !== undefined) logics.push([`measure ${i} applicable`, m.applicable]);
          });
          (indicator.rule.constraints ?? []).forEach((c, i) => logics.push([`constraint ${i}`, c.check]));
          return logics.map(([what, logic]) => ({ label: `${file.slice(file.lastIndexOf("rules"))} ${indicator.id} ${what}`, logic, id: indicator.id, pack }));
        }),
      ),
    ),
  );

  it.each(runs.map((r) => [r.label, r] as const))("%s", (_label, { logic, id, pack }) => {
    const compiled = compileLogic(logic);
    const thresholds = Object.fromEntries(Object.entries(pack.thresholds).map(([name, t]) => [name, t.value]));
    let compared = 0;
    for (const test of pack.tests ?? []) {
      const indicators = (test.report as { indicators?: Record<string, unknown> }).indicators;
      const block = indicators?.[id];
      if (block === null || typeof block !== "object" || Array.isArray(block)) continue;
      const input = Object.assign(Object.create(null) as Record<string, unknown>, block, thresholds);
      expect(compiled(input), test.name).toEqual(jsonLogic.apply(logic as never, input as never) as unknown);
      compared += 1;
    }
    // Every expression met at least one block of the tests.
    expect(compared).toBeGreaterThan(0);
  });
});
