import { describe, expect, it } from "vitest";
import { evaluate, renderReport } from "../../src/index.js";
import type { IndicatorResult, RulePack } from "../../src/index.js";
import { readJson, reportWith, thapMuoi } from "../helpers.js";

/** The pilot pack with indicator `id`'s rule rounded to `decimals` places (a new version, so a new digest). */
function packWithDecimals(id: string, decimals: number): RulePack {
  const pack = readJson<RulePack>("rules/huyen-hoc-tap/2021.json");
  delete (pack as { tests?: unknown }).tests;
  pack.version = `2021.${decimals + 10}.0`;
  const indicator = pack.standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators)).find((i) => i.id === id);
  if (indicator === undefined) throw new Error(id);
  indicator.rule.decimals = decimals;
  return pack;
}

function judged(pack: RulePack, id: string, block: Record<string, unknown>): { result: ReturnType<typeof evaluate>; indicator: IndicatorResult } {
  const result = evaluate(reportWith({ [id]: block }), { pack });
  const indicator = result.indicators.find((i) => i.id === id);
  if (indicator === undefined) throw new Error(id);
  return { result, indicator };
}

/** The appendix row of indicator number `no` (Markdown), from its third cell on. */
const row = (markdown: string, no: number): string => markdown.split("\n").find((l) => l.startsWith(`| ${no} |`)) ?? "";

describe("a reason says when rounding to the rule's decimals changed the value", () => {
  it("69,6% rounded to 0 places is 70%: said after the value, in both languages, and in the appendix", () => {
    const pack = packWithDecimals("2.1.1", 0);
    const { result, indicator } = judged(pack, "2.1.1", { total: 1000, good: 696, fair: 0 });
    expect(indicator).toMatchObject({ verdict: "met", value: 70 });
    expect(indicator.reason.vi).toBe("Đạt: 70% (69,6% làm tròn đến 0 chữ số thập phân theo bộ quy tắc) cơ quan, đơn vị xếp loại Khá trở lên (696 Tốt + 0 Khá trên tổng số 1.000); yêu cầu tối thiểu 70%.");
    expect(indicator.reason.en).toContain("70% (69.6% rounded to 0 decimal places as the rule pack declares)");
    expect(row(renderReport(result, { format: "markdown", pack }), 6)).toContain("| (696 + 0) × 100 ÷ 1.000 ≈ 70% (69,6% làm tròn đến 0 chữ số thập phân theo bộ quy tắc) |");
    expect(row(renderReport(result, { format: "markdown", pack, lang: "en" }), 6)).toContain("≈ 70% (69.6% rounded to 0 decimal places as the rule pack declares) |");
    // The same from a stored result, and from one with its trace.
    expect(row(renderReport(JSON.parse(JSON.stringify(result)), { format: "markdown", pack }), 6)).toContain("(69,6% làm tròn");
    expect(row(renderReport(evaluate(reportWith({ "2.1.1": { total: 1000, good: 696, fair: 0 } }), { pack, trace: true }), { format: "markdown", pack }), 6)).toContain("(69,6% làm tròn");
  });

  it("the figure shown rounds to the value (69,645, not 69,65, for 69,6), a rise by its magnitude, 1 place in the singular", () => {
    const one = packWithDecimals("2.1.1", 1);
    expect(judged(one, "2.1.1", { total: 200000, good: 139290, fair: 0 }).indicator.reason.vi).toContain("69,6% (69,645% làm tròn đến 1 chữ số thập phân theo bộ quy tắc)");
    const points = packWithDecimals("3.1.1", 1);
    const fall = judged(points, "3.1.1", { previousRate: 2.01, currentRate: 0.55 }).indicator;
    expect(fall.value).toBe(1.5);
    expect(fall.reason.vi).toBe("Đạt: tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm (1,46 điểm phần trăm làm tròn đến 1 chữ số thập phân theo bộ quy tắc) (2,01% → 0,55%); yêu cầu giảm ít nhất 1,5 điểm phần trăm.");
    expect(fall.reason.en).toContain("1.5 percentage points (1.46 percentage points rounded to 1 decimal place as the rule pack declares)");
    const rise = judged(points, "3.1.1", { previousRate: 0.55, currentRate: 2.01 }).indicator;
    expect(rise.reason.vi).toContain("tăng 1,5 điểm phần trăm (1,46 điểm phần trăm làm tròn đến 1 chữ số thập phân theo bộ quy tắc)");
  });

  it("is not said when rounding removed only binary noise (2,01 − 0,51 = 1.4999999999999998 is 1,5)", () => {
    const { indicator, result } = judged(readJson<RulePack>("rules/huyen-hoc-tap/2021.json"), "3.1.1", { previousRate: 2.01, currentRate: 0.51 });
    expect(indicator.value).toBe(1.5);
    expect(indicator.reason.vi).toBe("Đạt: tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm (2,01% → 0,51%); yêu cầu giảm ít nhất 1,5 điểm phần trăm.");
    expect(renderReport(result, { format: "markdown" })).not.toContain("làm tròn đến");
    const points = packWithDecimals("3.1.1", 1);
    expect(judged(points, "3.1.1", { previousRate: 2.01, currentRate: 0.51 }).indicator.reason.en).not.toContain("rounded");
  });

  it("never in the bundled pack's reasons (shares at 12 places, rates of 2 decimals at 2)", () => {
    const result = evaluate(thapMuoi());
    for (const i of result.indicators) expect([i.reason.vi, i.reason.en].join(" ")).not.toMatch(/làm tròn|rounded/);
  });
});
