import { describe, expect, it } from "vitest";
import { evaluate, isHuyenHocTapError, listPacks, loadPack, simulate } from "../../src/index.js";
import type { RulePack, SimulationVariant } from "../../src/index.js";
import { judgeVerdicts } from "../../src/evaluate-core.js";
import { getPreparedPack } from "../../src/pack/load-pack.js";
import { generateReports } from "../bench/generate-reports.js";

const base = listPacks()[0]?.pack as RulePack;

/** The bundled pack with 3.1.1 asking for a fall of 1 point instead of 1,5. */
function onePointVariant(): RulePack {
  const copy = JSON.parse(JSON.stringify(base)) as RulePack;
  (copy.thresholds["minPovertyRateFall"] as { value: number }).value = 1;
  return copy;
}

/** What simulate should count, from evaluating every report with the pack one by one. */
function countOneByOne(reports: unknown[], pack: RulePack): Omit<SimulationVariant, "name"> {
  const prepared = loadPack(pack);
  const counts: Omit<SimulationVariant, "name"> = {
    pack: { id: pack.id, version: pack.version, digest: "" },
    total: reports.length,
    invalid: 0,
    invalidReports: [],
    verdicts: { met: 0, not_met: 0, insufficient_data: 0 },
    indicators: {},
  };
  for (const [index, report] of reports.entries()) {
    try {
      const result = evaluate(report, { pack: prepared });
      counts.pack.digest = result.pack.digest;
      counts.verdicts[result.verdict] += 1;
      for (const r of result.indicators) {
        const row = (counts.indicators[r.id] ??= { met: 0, not_met: 0, not_applicable: 0, insufficient_data: 0 });
        row[r.verdict] += 1;
      }
    } catch (error) {
      if (!isHuyenHocTapError(error) || error.code !== "REPORT_INVALID") throw error;
      counts.invalid += 1;
      counts.invalidReports.push({ index, ok: false, error: { code: error.code, issues: error.issues, message: error.text } });
    }
  }
  return counts;
}

describe("simulate: how many districts would pass if 3.1.1 asked for 1 point instead of 1,5?", () => {
  const reports = generateReports(700, { seed: 2021, invalidShare: 0.02 });
  const variant = onePointVariant();

  it("answers for 700 generated reports in under a second (warmed run)", () => {
    simulate(reports, [base, variant]); // warm-up: prepares both packs, compiles the code paths
    const start = performance.now();
    const variants = simulate(reports, [{ name: "1,5 điểm", pack: base }, { name: "1 điểm", pack: variant }]);
    const ms = performance.now() - start;
    expect(variants).toHaveLength(2);
    expect(ms).toBeLessThan(1000);
  });

  it("counts exactly what evaluating every report with every pack gives", () => {
    const [a, b] = simulate(reports, [base, variant]);
    const expectedA = countOneByOne(reports, base);
    const expectedB = countOneByOne(reports, variant);
    expect(a).toEqual({ name: `${base.id} ${base.version}`, ...expectedA });
    // Same id and version: the second is told apart by its name and its digest.
    expect(b).toEqual({ name: `${base.id} ${base.version} (2)`, ...expectedB });
    expect(a?.pack.digest).not.toBe(b?.pack.digest);
    // The data holds valid and invalid reports, and every kind of verdict.
    expect(a?.invalid).toBeGreaterThan(0);
    expect(a?.verdicts.met).toBeGreaterThan(100);
    expect(a?.verdicts.not_met).toBeGreaterThan(100);
    expect(a?.verdicts.insufficient_data).toBeGreaterThan(10);
    expect(a?.indicators["2.2.3"]?.not_applicable).toBeGreaterThan(0);
  });

  it("counts alike with packs judged by closures and reports that only evaluate's slow path reads", () => {
    // Another report schema (a label changed): no generated reader or rules, every step by closures.
    const relabelled = onePointVariant();
    const block = (relabelled.reportSchema as { properties: { indicators: { properties: Record<string, { properties: Record<string, { "x-label"?: { vi: string } }> }> } } }).properties.indicators.properties["2.1.1"];
    (block?.properties["total"]?.["x-label"] as { vi: string }).vi = "Tổng số đơn vị (đổi nhãn)";
    expect(getPreparedPack(loadPack(relabelled)).rules).toBeNull();
    // Reports that are not plain data: class instances, getters, a proxy; one getter answers differently each read.
    class Report {
      constructor(data: object) {
        Object.assign(this, data);
      }
    }
    let reads = 0;
    const odd: unknown[] = reports.slice(0, 60).map((r, i) => {
      if (i % 3 === 0) return new Report(r as object);
      if (i % 3 === 1) return new Proxy(r as object, {});
      const copy = { ...(r as object) } as Record<string, unknown>;
      const district = copy["district"];
      Object.defineProperty(copy, "district", { enumerable: true, get: () => (reads++ % 2 === 0 ? district : 42) });
      return copy;
    });
    // Class instances are refused by the fast reader: simulate hands them to evaluate, which reads them.
    expect(judgeVerdicts(odd[0], getPreparedPack(loadPack(base)), [])).toBeNull();
    for (const pack of [base, relabelled]) {
      const sample = [...reports.slice(0, 200), ...odd.filter((_, i) => i % 3 !== 2)];
      const [got] = simulate(sample, [pack]);
      expect(got).toEqual({ name: `${pack.id} ${pack.version}`, ...countOneByOne(sample, pack) });
    }
    // The changing getter: each report is counted once, as valid or invalid, whatever it answers.
    const [changing] = simulate(odd.filter((_, i) => i % 3 === 2), [base]);
    expect((changing?.invalid ?? 0) + (changing?.verdicts.met ?? 0) + (changing?.verdicts.not_met ?? 0) + (changing?.verdicts.insufficient_data ?? 0)).toBe(20);
  });

  it("a lower threshold lets more districts meet 3.1.1 and pass, and changes no other indicator", () => {
    const [a, b] = simulate(reports, [base, variant]) as [SimulationVariant, SimulationVariant];
    expect(b.indicators["3.1.1"]?.met).toBeGreaterThan(a.indicators["3.1.1"]?.met ?? Infinity);
    expect(b.verdicts.met).toBeGreaterThan(a.verdicts.met);
    expect(b.verdicts.met + b.verdicts.not_met + b.verdicts.insufficient_data + b.invalid).toBe(700);
    for (const id of Object.keys(a.indicators)) if (id !== "3.1.1") expect(b.indicators[id], id).toEqual(a.indicators[id]);
    expect(Object.keys(a.indicators)).toHaveLength(16);
  });

  it("lists each invalid report with its index and located issues, as evaluateMany does", () => {
    const sample = [reports[0], { district: 42 }, reports[1], null];
    const [got] = simulate(sample, [base]);
    expect(got?.invalid).toBe(2);
    expect(got?.invalidReports.map((r) => r.index)).toEqual([1, 3]);
    expect(got?.invalidReports[0]).toMatchObject({ ok: false, error: { code: "REPORT_INVALID", issues: expect.arrayContaining([expect.objectContaining({ code: "WRONG_TYPE", path: "/district" })]) } });
    expect(got?.invalidReports[0]?.error.message.vi).toMatch(/^Báo cáo không hợp lệ/);
    expect(got?.invalidReports[1]?.error.issues[0]?.path).toBe("");
  });

  it("accepts any iterable of reports, and refuses no packs or an invalid one", () => {
    function* three(): Generator<unknown> {
      yield* reports.slice(0, 3);
    }
    expect(simulate(three(), [base])[0]?.total).toBe(3);
    expect(() => simulate(reports, [])).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => simulate(42 as never, [base])).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => simulate(reports, [{ name: "broken", pack: { formatVersion: 1 } }])).toThrow(expect.objectContaining({ code: "PACK_INVALID" }));
  });
});
