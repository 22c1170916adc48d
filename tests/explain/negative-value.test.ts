import { describe, expect, it } from "vitest";
import { evaluate, loadPack } from "../../src/index.js";
import type { IndicatorResult, Measure, RulePack } from "../../src/index.js";
import { evaluate as evaluateLite } from "../../src/lite.js";
import { readJson, refusal, reportWith } from "../helpers.js";

/** A fresh copy of the pilot pack, to change. */
const pilot = (): RulePack => readJson<RulePack>("rules/huyen-hoc-tap/2021.json");

/** The first measure of indicator `id` in `pack` (a mutable view of the parsed JSON). */
function measureOf(pack: RulePack, id: string): Measure {
  const indicator = pack.standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators)).find((i) => i.id === id);
  const measure = indicator?.rule.measures[0];
  if (measure === undefined) throw new Error(`no measure for ${id}`);
  return measure;
}

function povertyResult(previousRate: number, currentRate: number, pack?: RulePack): IndicatorResult | undefined {
  const report = reportWith({ "3.1.1": { previousRate, currentRate } });
  return evaluate(report, pack === undefined ? {} : { pack }).indicators.find((i) => i.id === "3.1.1");
}

describe("describeNegative: a value below zero is told with its own words and without its sign", () => {
  it("says the poverty rate rose, by the magnitude", () => {
    const r = povertyResult(1.39, 1.83);
    expect(r).toMatchObject({ verdict: "not_met", value: -0.44 });
    expect(r?.reason.vi).toBe("Chưa đạt: tỷ lệ hộ nghèo tăng 0,44 điểm phần trăm (1,39% → 1,83%); yêu cầu giảm ít nhất 1,5 điểm phần trăm.");
    expect(r?.reason.en).toBe("Not met: the poverty rate rose by 0.44 percentage points (1.39% → 1.83%); a fall of at least 1.5 percentage points is required.");
  });

  it("writes one percentage point in the singular in English (a pack asking for a fall of 1 point)", () => {
    const pack = pilot();
    (pack.thresholds as Record<string, { value: number }>)["minPovertyRateFall"]!.value = 1;
    const r = povertyResult(2.5, 1.5, pack);
    expect(r?.reason.en).toBe("Met: the poverty rate fell by 1 percentage point (2.5% → 1.5%); a fall of at least 1 percentage point is required.");
    expect(r?.reason.vi).toBe("Đạt: tỷ lệ hộ nghèo giảm 1 điểm phần trăm (2,5% → 1,5%); yêu cầu giảm ít nhất 1 điểm phần trăm.");
    expect(povertyResult(2.5, 1.3, pack)?.reason.en).toContain("fell by 1.2 percentage points");
  });

  it("says the same with the lite entry and the reference engine", () => {
    const report = reportWith({ "3.1.1": { previousRate: 1.39, currentRate: 1.83 } });
    const lite = evaluateLite(report).indicators.find((i) => i.id === "3.1.1");
    const reference = evaluate(report, { engine: "reference" }).indicators.find((i) => i.id === "3.1.1");
    expect(lite?.reason).toEqual(povertyResult(1.39, 1.83)?.reason);
    expect(reference?.reason).toEqual(povertyResult(1.39, 1.83)?.reason);
  });

  it("still says giảm / fell for a fall, also after a rise was described (separate cached templates)", () => {
    povertyResult(1.39, 1.83);
    const r = povertyResult(1.83, 1.39);
    expect(r?.reason.vi).toBe("Chưa đạt: tỷ lệ hộ nghèo giảm 0,44 điểm phần trăm (1,83% → 1,39%); yêu cầu giảm ít nhất 1,5 điểm phần trăm.");
    expect(r?.reason.en).toBe("Not met: the poverty rate fell by 0.44 percentage points (1.83% → 1.39%); a fall of at least 1.5 percentage points is required.");
    expect(povertyResult(1.39, 1.83)?.reason.vi).toContain("tăng 0,44 điểm phần trăm");
  });

  it("uses describe for a value of exactly 0", () => {
    const r = povertyResult(1.5, 1.5);
    expect(r?.value).toBe(0);
    expect(r?.reason.vi).toBe("Chưa đạt: tỷ lệ hộ nghèo giảm 0 điểm phần trăm (1,5% → 1,5%); yêu cầu giảm ít nhất 1,5 điểm phần trăm.");
    expect(r?.reason.en).toContain("the poverty rate fell by 0 percentage points");
  });

  it("keeps the signed value in describe when a pack has no describeNegative", () => {
    const pack = pilot();
    delete measureOf(pack, "3.1.1").describeNegative;
    const r = povertyResult(1.39, 1.83, pack);
    expect(r?.reason.vi).toBe("Chưa đạt: tỷ lệ hộ nghèo giảm −0,44 điểm phần trăm (1,39% → 1,83%); yêu cầu giảm ít nhất 1,5 điểm phần trăm.");
    expect(r?.reason.en).toContain("the poverty rate fell by −0.44 percentage points");
  });

  it("is refused by loadPack without its en text, at its path", () => {
    const pack = pilot();
    Object.assign(measureOf(pack, "3.1.1"), { describeNegative: { vi: "tỷ lệ hộ nghèo tăng {value}" } });
    const error = refusal(() => loadPack(pack));
    expect(error.code).toBe("PACK_INVALID");
    expect(error.issues).toMatchObject([
      { code: "MISSING_FIELD", path: "/standards/2/criteria/0/indicators/0/rule/measures/0/describeNegative/en", params: { field: "en" } },
    ]);
  });
});

describe("a negative value is written with the minus sign − in the reason, as in the trace and the appendix", () => {
  it("the same figure in all three", async () => {
    const { renderReport, renderTrace } = await import("../../src/index.js");
    const pack = pilot();
    pack.version = "2021.9.0";
    const indicator = pack.standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators)).find((i) => i.id === "2.1.1");
    if (indicator === undefined) throw new Error("no 2.1.1");
    indicator.rule.measures = [{ id: "m", requires: ["total", "good", "fair"], value: { "-": [{ var: "good" }, { var: "total" }] } }];
    delete indicator.rule.constraints;
    const result = evaluate(reportWith({ "2.1.1": { total: 13, good: 12, fair: 1 } }), { pack, trace: true });
    const r = result.indicators.find((i) => i.id === "2.1.1");
    if (r === undefined) throw new Error("no 2.1.1 result");
    expect(r.value).toBe(-1);
    expect(r.reason.vi).toBe("Chưa đạt: giá trị tính được là −1%; yêu cầu tối thiểu 70%.");
    expect(r.reason.en).toContain("the computed value is −1%");
    expect(renderTrace(r, { pack }).at(-1)?.text).toBe("−1% ≥ 70% → sai");
    expect(renderReport(result, { format: "markdown", pack })).toContain("12 − 13 = −1%");
    for (const text of [r.reason.vi, r.reason.en]) expect(text).not.toMatch(/-\d/);
  });
});
