import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listPacks, loadPack, runPackTests } from "../../src/index.js";
import type { RulePack } from "../../src/index.js";
import { readJson } from "../helpers.js";
import { overlappingVersions } from "../../src/pack/overlapping-versions.js";

const bundled = listPacks();
const illustration = readJson<RulePack>("tests/fixtures/packs/huyen-hoc-tap-illustration.json");

describe.each(bundled.map((p) => [`${p.id} ${p.version}`, p] as const))("bundled pack %s", (_name, summary) => {
  // Bundled packs are prepared without checks at run time: this is where they are checked, in full.
  const pack = loadPack(JSON.stringify(summary.pack));

  it("passes the full pack checks and keeps its digest", () => {
    expect(listPacks().find((p) => p.version === pack.version)?.digest).toBe(summary.digest);
    expect(loadPack(pack, { expectedDigest: summary.digest })).toBeTruthy();
  });

  it("passes every one of its own tests", () => {
    const run = runPackTests(pack);
    const failures = run.results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.problems.map((p) => p.message.en).join("; ")}`);
    expect(failures).toEqual([]);
    expect(run.failed).toBe(0);
    expect(run.passed).toBe(pack.tests?.length);
  });

  it("has test cases for every indicator: met, not met and insufficient data", () => {
    const expected = new Map<string, Set<string>>();
    for (const t of pack.tests ?? []) {
      for (const [id, verdict] of Object.entries(t.expect.indicators ?? {})) {
        const set = expected.get(id) ?? new Set<string>();
        set.add(verdict);
        expected.set(id, set);
      }
    }
    for (const standard of pack.standards) {
      for (const criterion of standard.criteria) {
        for (const indicator of criterion.indicators) {
          const seen = expected.get(indicator.id);
          expect([...(seen ?? [])].sort(), indicator.id).toEqual(expect.arrayContaining(["insufficient_data", "met", "not_met"]));
        }
      }
    }
  });

  it("tests the boundaries of every comparing indicator: at, just above and just below", () => {
    for (const standard of pack.standards) {
      for (const criterion of standard.criteria) {
        for (const indicator of criterion.indicators) {
          if (indicator.rule.compare === "truthy") continue;
          const names = (pack.tests ?? []).filter((t) => t.expect.indicators?.[indicator.id] !== undefined).map((t) => t.name);
          expect(names.filter((n) => /at the threshold|exactly/.test(n)).length, indicator.id).toBeGreaterThan(0);
          expect(names.filter((n) => /just below/.test(n)).length, indicator.id).toBeGreaterThan(0);
          if (indicator.rule.threshold !== "minShareOpenResources") expect(names.filter((n) => /just above/.test(n)).length, indicator.id).toBeGreaterThan(0);
        }
      }
    }
  });

  it("has a test of an invalid report for every constraint of a rule", () => {
    const invalidPaths = (pack.tests ?? []).flatMap((t) => (t.expect.invalid ?? []).map((i) => `${i.path} ${i.code ?? ""}`));
    for (const standard of pack.standards) {
      for (const criterion of standard.criteria) {
        for (const indicator of criterion.indicators) {
          for (const c of indicator.rule.constraints ?? []) {
            expect(invalidPaths, `${indicator.id} ${c.code}`).toContain(`/indicators/${indicator.id}/${c.field} ${c.code}`);
          }
        }
      }
    }
  });
});

type Dated = Pick<RulePack, "id" | "version" | "effectiveFrom" | "effectiveTo">;

const inForce = (p: Dated, date: string): boolean => p.effectiveFrom <= date && (p.effectiveTo === undefined || date <= p.effectiveTo);

/** Pairs of versions of one framework whose periods in force share a day (both ends inclusive; open end = forever). */
function overlaps(packs: Dated[]): [string, string][] {
  return packs.flatMap((a, i) => overlappingVersions(a, packs.slice(i + 1)).map((b): [string, string] => [a.version, b.version]));
}

describe("versions of one framework do not overlap", () => {
  const all: Dated[] = [...bundled.map((p) => p.pack), illustration];

  it("bundled versions and the worked example: no two share a day", () => {
    expect(overlaps(bundled.map((p) => p.pack))).toEqual([]);
    expect(overlaps(all)).toEqual([]);
  });

  it("the check catches an overlap, an open end and a shared boundary day, but not another framework", () => {
    const pilot = bundled[0]?.pack as RulePack;
    expect(overlaps([pilot, { ...illustration, effectiveFrom: "2024-01-01" }])).toEqual([["2021.1.0", "2024.0.0-minh-hoa"]]);
    const { effectiveTo: _ended, ...openEnded } = pilot;
    expect(overlaps([openEnded, illustration])).toHaveLength(1);
    expect(overlaps([pilot, { ...illustration, effectiveFrom: "2024-02-11" }])).toHaveLength(1);
    expect(overlaps([pilot, { ...illustration, id: "tinh-hoc-tap", effectiveFrom: "2024-01-01" }])).toEqual([]);
  });

  it("property: on any date, at most one version of a framework is in force", () => {
    const day = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (date) => {
        expect(all.filter((p) => p.id === "huyen-hoc-tap" && inForce(p, date)).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
    // Not vacuous: the boundary days are covered by exactly one version each.
    for (const date of ["2021-11-12", "2024-02-11", "2024-02-12", "2025-06-30"]) expect(all.filter((p) => inForce(p, date)).length, date).toBe(1);
    expect(all.filter((p) => inForce(p, "2025-07-01"))).toEqual([]);
  });
});
