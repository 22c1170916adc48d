/**
 * The performance budgets of issue 6, checked as RATIOS measured in one process (these machines are shared and
 * noisy: absolute times mean little, ratios of interleaved medians hold). Runs only with `npm run test:perf`
 * (`HHT_PERF=1`, after a build: the cold start runs dist/cli/bin.cjs); `npm run bench` measures the same things, longer,
 * with the same code (tests/bench/measure.ts) and writes docs/performance.md.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { BUDGETS, TASK, TEST_SETTINGS, checkBudgets, measureAll, renderRatios } from "../bench/measure.js";
import type { BudgetCheck, Measurements } from "../bench/measure.js";

describe("the budget checks themselves (always run)", () => {
  const fake = (evaluateNs: number, cliRatio: number, gzipKb: number, growthKb: number): Measurements => ({
    settings: TEST_SETTINGS,
    throughput: [
      [TASK.handWritten, 300],
      [TASK.jsonLogic, 25_000],
      [TASK.rulesEngine, 130_000],
      [TASK.evaluate, evaluateNs],
      [TASK.evaluateReasons, evaluateNs * 5],
    ].map(([name, ns]) => ({ name: name as string, label: name as string, nsPerReport: ns as number, reportsPerSecond: 1e9 / (ns as number), rounds: [ns as number] })),
    agreement: {},
    coldStart: { cliMs: 50 * cliRatio, nodeMs: 50, ratio: cliRatio, command: "" },
    bundles: { lite: { minBytes: 0, gzipBytes: gzipKb * 1024, inputs: [] }, evaluate: { minBytes: 0, gzipBytes: 0, inputs: [] }, index: { minBytes: 0, gzipBytes: 0, inputs: [] } },
    heap: { evaluations: 1e6, before: 0, samples: [growthKb * 1024], growth: growthKb * 1024, seconds: 1 },
    machine: { cpu: "", cores: 2, node: "", date: "" },
    seconds: 0,
  });
  const byName = (checks: BudgetCheck[]): Record<string, boolean> => Object.fromEntries(checks.map((c) => [c.name, c.ok]));

  it("pass when every ratio is within its budget", () => {
    // 2 000 ns: 12,5× json-logic-js, 65× json-rules-engine, 0,15 of hand-written; reasons 2,5× json-logic-js.
    const checks = checkBudgets(fake(2_000, 1.5, 25, 100));
    expect(checks).toHaveLength(7);
    expect(checks.every((c) => c.ok)).toBe(true);
  });

  it("fail, saying by how much, when a ratio is out of budget", () => {
    // 40 000 ns: slower than json-logic-js; the CLI 2× node; 47 KB; 5 MB of growth.
    const checks = checkBudgets(fake(40_000, 2, 47, 5_000));
    expect(Object.values(byName(checks)).every((ok) => !ok)).toBe(true);
    const vsLogic = checks.find((c) => c.name.startsWith("evaluate ≥ 5×"));
    expect(vsLogic?.actual).toBeCloseTo(25_000 / 40_000, 6);
    expect(vsLogic?.text).toContain(`misses by ${(BUDGETS.evaluateVsJsonLogic / (25_000 / 40_000)).toFixed(2)}×`);
  });
});

const enabled = process.env["HHT_PERF"] === "1";

describe.runIf(enabled)("performance budgets (npm run test:perf)", () => {
  let m: Measurements;
  let checks: BudgetCheck[];

  beforeAll(async () => {
    m = await measureAll(TEST_SETTINGS, (line) => process.stderr.write(`${line}\n`));
    checks = checkBudgets(m);
    process.stderr.write(`\n${renderRatios(m)}\n`);
  }, 240_000);

  it("the references decide exactly what evaluate decides (the comparison is between equals)", () => {
    for (const [name, a] of Object.entries(m.agreement)) {
      expect(a.compared, name).toBeGreaterThan(1000);
      expect(a.differ, `${name}: ${a.examples.join("; ")}`).toBe(0);
    }
  });

  const budget = (name: string): void => {
    it(name, () => {
      const check = checks.find((c) => c.name === name);
      expect(check, `${name} was not measured`).toBeDefined();
      expect(check?.ok, `${name}: ${check?.text ?? ""}`).toBe(true);
    });
  };
  budget("evaluate ≥ 5× json-logic-js");
  budget("evaluate ≥ 30× json-rules-engine");
  budget("evaluate ≥ 1/8 of hand-written");
  budget("evaluate + reasons ≥ json-logic-js");
  budget("CLI on one report ≤ 1,6× node -e 0");
  budget("browser bundle of evaluate (huyen-hoc-tap/lite) ≤ 30 KB min+gz");
  budget("heap growth over the run ≤ 1 MB");
});
