import { describe, expect, it } from "vitest";
import { evaluate, loadPack, renderReport, renderTrace } from "../../src/index.js";
import type { EvaluationResult, IndicatorResult, RulePack } from "../../src/index.js";
import { computationText, packForResult } from "../../src/explain/render-trace.js";
import type { PreparedIndicator, PreparedPack } from "../../src/pack/prepared-pack.js";
import { readJson, reportWith, thapMuoi } from "../helpers.js";

const traced = evaluate(thapMuoi(), { trace: true });
const find = (id: string, result = traced): IndicatorResult => result.indicators.find((r) => r.id === id) as IndicatorResult;
const texts = (r: IndicatorResult, lang: "vi" | "en" = "vi"): string[] => renderTrace(r, { lang }).map((l) => l.text);

describe("renderTrace", () => {
  it("shows the figures with their labels, each step with its values, and the comparison (2.1.2)", () => {
    expect(renderTrace(find("2.1.2"))).toEqual([
      { kind: "input", text: "good = 12 (số xã, thị trấn xếp loại Tốt)" },
      { kind: "input", text: "fair = 1 (số xã, thị trấn xếp loại Khá)" },
      { kind: "input", text: "total = 13 (tổng số xã, thị trấn được đánh giá)" },
      { kind: "step", text: "good + fair = 12 + 1 = 13" },
      { kind: "step", text: "(good + fair) × 100 ÷ total = 13 × 100 ÷ 13 = 100" },
      { kind: "comparison", text: "100% ≥ 70% → đúng" },
    ]);
    expect(texts(find("2.1.2"), "en")).toContain("100% ≥ 70% → true");
    expect(texts(find("2.1.2"), "en")[0]).toBe("good = 12 (number of communes rated Tốt (good))");
  });

  it("shows the rounding that makes decimal comparisons exact (3.1.1), in Vietnamese number format", () => {
    expect(texts(find("3.1.1"))).toEqual([
      "previousRate = 1,83 (tỷ lệ hộ nghèo năm trước (%))",
      "currentRate = 1,39 (tỷ lệ hộ nghèo năm đánh giá (%))",
      "previousRate − currentRate = 1,83 − 1,39 = 0,44",
      "làm tròn đến 2 chữ số thập phân: 0,44",
      "0,44 điểm phần trăm ≥ 1,5 điểm phần trăm → sai",
    ]);
    const boundary = evaluate(reportWith({ "3.1.1": { previousRate: 2.01, currentRate: 0.51 } }), { trace: true });
    expect(texts(find("3.1.1", boundary), "en").slice(-2)).toEqual(["rounded to 2 decimal places: 1.5", "1.5 percentage points ≥ 1.5 percentage points → true"]);
  });

  it("shows a list by its number of items, a stated percentage directly, and a strict comparison", () => {
    expect(texts(find("1.1.1"))).toEqual(["evidence = 8 mục (văn bản, minh chứng)", "có ít nhất một văn bản, minh chứng (8 mục) → đúng"]);
    expect(texts(find("2.2.1"))).toEqual(["percent = 100 (tỷ lệ cơ quan, đơn vị có kế hoạch (%))", "100% ≥ 70% → đúng"]);
    expect(texts(find("3.2.2")).at(-1)).toBe("0% < 0,05% → đúng");
  });

  it("shows the applicability test and stops there when it fails (empty population)", () => {
    const r = evaluate(reportWith({ "2.2.3": { total: 0, withOpenResources: 0 } }), { trace: true });
    expect(renderTrace(find("2.2.3", r))).toEqual([
      { kind: "input", text: "total = 0 (tổng số Trung tâm GDTX, GDNN-GDTX (hoặc cơ sở thực hiện GDTX))" },
      { kind: "applicable", text: "total > 0 (0 > 0) → sai" },
    ]);
  });

  it("marks a value that does not end at 6 decimals as approximate, and keeps the exact comparison", () => {
    const r = evaluate(reportWith({ "2.1.1": { total: 13, good: 9, fair: 0 } }), { trace: true });
    expect(texts(find("2.1.1", r)).slice(-2)).toEqual(["(good + fair) × 100 ÷ total = 9 × 100 ÷ 13 ≈ 69,230769", "69,23% ≥ 70% → sai"]);
  });

  it("gives no lines without a trace, and the figures each method lacks for missing figures", () => {
    expect(renderTrace(find("2.1.2", evaluate(thapMuoi())))).toEqual([]);
    expect(renderTrace(find("3.1.2")).map((l) => l.kind)).toEqual(["missing"]);
  });

  it("shows the measure's step with the decimals that keep its comparison with the threshold visibly true", () => {
    const small = evaluate(reportWith({ "3.2.2": { students: 200001, affected: 100 } }), { trace: true });
    expect(texts(find("3.2.2", small)).slice(-2)).toEqual(["affected × 100 ÷ students = 100 × 100 ÷ 200.001 ≈ 0,0499998", "0,0499998% < 0,05% → đúng"]);
    const near = evaluate(reportWith({ "2.1.1": { good: 699999999, fair: 0, total: 1000000000 } }), { trace: true });
    expect(texts(find("2.1.1", near), "en").slice(-2)).toEqual([
      "(good + fair) × 100 ÷ total = 699,999,999 × 100 ÷ 1,000,000,000 = 69.9999999",
      "69.9999999% ≥ 70% → false",
    ]);
  });

  it("writes negative numbers with the minus sign, as rendered rules do", () => {
    const rising = evaluate(reportWith({ "3.1.1": { previousRate: 1.39, currentRate: 1.83 } }), { trace: true });
    expect(texts(find("3.1.1", rising)).slice(-3)).toEqual([
      "previousRate − currentRate = 1,39 − 1,83 = −0,44",
      "làm tròn đến 2 chữ số thập phân: −0,44",
      "−0,44 điểm phần trăm ≥ 1,5 điểm phần trăm → sai",
    ]);
    const negated = evaluate(reportWith({ "3.1.1": { previousRate: 1.83, currentRate: 1.39 } }), { trace: true, pack: packWith311({ "-": [{ var: "currentRate" }] }) });
    expect(texts(find("3.1.1", negated)).slice(1, 3)).toEqual(["−currentRate = −1,39", "làm tròn đến 2 chữ số thập phân: −1,39"]);
    const doubled = evaluate(reportWith({ "3.1.1": { previousRate: 1.83, currentRate: 1.39 } }), { trace: true, pack: packWith311({ "*": [{ "-": [{ var: "currentRate" }, { var: "previousRate" }] }, 2] }) });
    expect(texts(find("3.1.1", doubled), "en").slice(2, 4)).toEqual(["currentRate − previousRate = 1.39 − 1.83 = −0.44", "(currentRate − previousRate) × 2 = (−0.44) × 2 = −0.88"]);
    expect(computed(rising)).toBe("1,39 − 1,83 = −0,44 điểm phần trăm");
  });

  describe("an if rule (only its evaluated arguments are recorded)", () => {
    const ifRule = { if: [{ ">": [{ var: "currentRate" }, 5] }, 100, { "-": [{ var: "previousRate" }, { var: "currentRate" }] }] };
    const run = (rule: unknown, previousRate: number, currentRate: number): IndicatorResult =>
      find("3.1.1", evaluate(reportWith({ "3.1.1": { previousRate, currentRate } }), { trace: true, pack: packWith311(rule) }));

    it("shows each evaluated condition with its truth, then the branch taken, never the partial rule", () => {
      const otherwise = run(ifRule, 1.83, 1.39);
      expect(texts(otherwise)).toEqual([
        "currentRate = 1,39 (tỷ lệ hộ nghèo năm đánh giá (%))",
        "previousRate = 1,83 (tỷ lệ hộ nghèo năm trước (%))",
        "currentRate > 5 (1,39 > 5) → sai",
        "còn lại: previousRate − currentRate = 1,83 − 1,39 = 0,44",
        "làm tròn đến 2 chữ số thập phân: 0,44",
        "0,44 điểm phần trăm ≥ 1,5 điểm phần trăm → sai",
      ]);
      expect(texts(otherwise, "en").slice(2, 4)).toEqual(["currentRate > 5 (1.39 > 5) → false", "otherwise: previousRate − currentRate = 1.83 − 1.39 = 0.44"]);
      const then = run(ifRule, 8, 6);
      expect(texts(then).slice(1, 3)).toEqual(["currentRate > 5 (6 > 5) → đúng", "thì: 100"]);
      expect(texts(then, "en").slice(1, 3)).toEqual(["currentRate > 5 (6 > 5) → true", "then: 100"]);
      for (const r of [otherwise, then]) for (const lang of ["vi", "en"] as const) expect(texts(r, lang).join("\n")).not.toMatch(/nếu|if /);
    });

    it("follows several conditions, and an else branch whose value is falsy", () => {
      const chain = { if: [{ ">": [{ var: "currentRate" }, 5] }, 100, { "<": [{ var: "currentRate" }, 1] }, 200, 0] };
      expect(texts(run(chain, 1.83, 1.39)).slice(1, 4)).toEqual(["currentRate > 5 (1,39 > 5) → sai", "currentRate < 1 (1,39 < 1) → sai", "còn lại: 0"]);
      expect(texts(run(chain, 1.83, 0.5), "en").slice(1, 4)).toEqual(["currentRate > 5 (0.5 > 5) → false", "currentRate < 1 (0.5 < 1) → true", "then: 200"]);
    });

    it("says only what is true either way when no branch was taken or the last argument may be either", () => {
      const noElse = { if: [{ ">": [{ var: "currentRate" }, 5] }, 100] };
      expect(texts(run(noElse, 1.83, 1.39)).slice(1)).toEqual(["currentRate > 5 (1,39 > 5) → sai", "không điều kiện nào đúng: không có giá trị"]);
      const nullElse = { if: [{ ">": [{ var: "currentRate" }, 5] }, 100, null] };
      expect(texts(run(nullElse, 1.83, 1.39), "en").slice(1)).toEqual(["currentRate > 5 (1.39 > 5) → false", "no condition holds: no value"]);
    });

    it("shows the branch taken inside a larger formula, and in a nested if", () => {
      const scaled = { "*": [ifRule, 2] };
      expect(texts(run(scaled, 1.83, 1.39)).slice(2, 5)).toEqual([
        "currentRate > 5 (1,39 > 5) → sai",
        "còn lại: previousRate − currentRate = 1,83 − 1,39 = 0,44",
        "(previousRate − currentRate) × 2 = 0,44 × 2 = 0,88",
      ]);
      const nested = { "+": [{ if: [{ ">": [{ var: "currentRate" }, 1] }, { if: [{ ">": [{ var: "previousRate" }, 5] }, 1, { "*": [{ var: "previousRate" }, 2] }] }, 0] }, 1] };
      expect(texts(run(nested, 1.83, 1.39), "en").slice(2, 7)).toEqual([
        "currentRate > 1 (1.39 > 1) → true",
        "previousRate > 5 (1.83 > 5) → false",
        "otherwise: previousRate × 2 = 1.83 × 2 = 3.66",
        "then: 3.66",
        "previousRate × 2 + 1 = 3.66 + 1 = 4.66",
      ]);
    });

    it("shows and / or by the arguments evaluated, saying when the last one decided", () => {
      const cr = { var: "currentRate" };
      const pr = { var: "previousRate" };
      const andRule = { if: [{ and: [{ ">": [cr, 1] }, { ">": [pr, 5] }, { ">": [pr, 2] }] }, 1, 0] };
      expect(texts(run(andRule, 1.83, 1.39)).slice(2, 6)).toEqual([
        "currentRate > 1 (1,39 > 1) → đúng",
        "previousRate > 5 (1,83 > 5) → sai",
        "currentRate > 1 và previousRate > 5 (đúng và sai) → sai",
        "còn lại: 0",
      ]);
      const orRule = { if: [{ or: [{ ">": [cr, 5] }, { ">": [pr, 1] }, { ">": [pr, 9] }] }, 1, 0] };
      expect(texts(run(orRule, 1.83, 1.39), "en").slice(2, 6)).toEqual([
        "currentRate > 5 (1.39 > 5) → false",
        "previousRate > 1 (1.83 > 1) → true",
        "currentRate > 5 or previousRate > 1 (false or true) → true",
        "then: 1",
      ]);
      const all = { if: [{ and: [{ ">": [cr, 1] }, { ">": [pr, 1] }] }, 1, 0] };
      expect(texts(run(all, 1.83, 1.39))[4]).toBe("currentRate > 1 và previousRate > 1 (đúng và đúng) → đúng");
      // The first argument decided: its own line says it all, not a one-argument "and" that looks like the rule.
      const first = { if: [{ and: [{ ">": [cr, 5] }, { ">": [pr, 1] }] }, 1, 0] };
      expect(texts(run(first, 1.83, 1.39)).slice(1)).toEqual(["currentRate > 5 (1,39 > 5) → sai", "còn lại: 0", "làm tròn đến 2 chữ số thập phân: 0", "0 điểm phần trăm ≥ 1,5 điểm phần trăm → sai"]);
    });
  });
});

describe("computationText (the appendix's computation)", () => {
  it("writes ≈ before a rounded result and = before an exact one", () => {
    const r = evaluate(reportWith({ "2.1.1": { good: 2, fair: 0, total: 3 }, "2.1.2": { good: 12, fair: 1, total: 13 }, "3.2.2": { students: 200001, affected: 100 } }));
    expect(computed(r, "2.1.1")).toBe("(2 + 0) × 100 ÷ 3 ≈ 66,67%");
    expect(computed(r, "2.1.1", "en")).toBe("(2 + 0) × 100 ÷ 3 ≈ 66.67%");
    expect(computed(r, "2.1.2")).toBe("(12 + 1) × 100 ÷ 13 = 100%");
    expect(computed(r, "3.2.2")).toBe("100 × 100 ÷ 200.001 ≈ 0,0499998%");
    expect(computed(evaluate(thapMuoi()), "3.1.1")).toBe("1,83 − 1,39 = 0,44 điểm phần trăm");
  });
});

describe("≈ whenever the number shown is not all of the value (trace and appendix)", () => {
  // 1 × 100 ÷ 999 999 999 is 1,000000001 × 10⁻⁷: shown 0,0000001, it differs only past 12 decimals, yet is not exact.
  const tiny = evaluate(reportWith({ "3.2.2": { students: 999999999, affected: 1 } }), { trace: true });

  it("a small value whose digits go past 12 decimals", () => {
    expect(find("3.2.2", tiny).trace?.value?.value).toBe(1.000000001e-7);
    expect(texts(find("3.2.2", tiny)).at(-2)).toBe("affected × 100 ÷ students = 1 × 100 ÷ 999.999.999 ≈ 0,0000001");
    expect(texts(find("3.2.2", tiny), "en").at(-2)).toBe("affected × 100 ÷ students = 1 × 100 ÷ 999,999,999 ≈ 0.0000001");
    expect(computed(tiny, "3.2.2")).toBe("1 × 100 ÷ 999.999.999 ≈ 0,0000001%");
    expect(computed(tiny, "3.2.2", "en")).toBe("1 × 100 ÷ 999,999,999 ≈ 0.0000001%");
    expect(renderReport(tiny, { format: "html" })).toContain('<td class="computed">1 × 100 ÷ 999.999.999 ≈ 0,0000001%</td>');
  });

  it("a value below 10⁻¹² shown as 0", () => {
    const r = evaluate(reportWith({ "3.1.1": { previousRate: 1.83, currentRate: 1.39 } }), { trace: true, pack: packWith311({ "/": [{ var: "currentRate" }, 1e13] }) });
    expect(texts(find("3.1.1", r))[1]).toBe("currentRate ÷ 10.000.000.000.000 = 1,39 ÷ 10.000.000.000.000 ≈ 0");
  });

  it("but = where the digits past 15 significant ones are only binary noise (1,83 − 1,39 is 0.44000000000000017)", () => {
    expect(1.83 - 1.39).not.toBe(0.44);
    expect(texts(find("3.1.1"))[2]).toBe("previousRate − currentRate = 1,83 − 1,39 = 0,44");
    const small = evaluate(reportWith({ "3.2.2": { students: 10000000, affected: 3 } }), { trace: true });
    expect(find("3.2.2", small).trace?.value?.value).toBe(0.00003);
    expect(texts(find("3.2.2", small)).at(-2)).toBe("affected × 100 ÷ students = 3 × 100 ÷ 10.000.000 = 0,00003");
    expect(computed(small, "3.2.2")).toBe("3 × 100 ÷ 10.000.000 = 0,00003%");
  });
});

/** The computation of an indicator's measure in one line, as the appendix writes it. */
function computed(result: EvaluationResult, id = "3.1.1", lang: "vi" | "en" = "vi"): string | null {
  const pack = packForResult(result.pack) as PreparedPack;
  const prepared = pack.indicators.find((i) => i.indicator.id === id) as PreparedIndicator;
  return computationText(find(id, result), prepared, pack, lang);
}

/** The bundled pack with indicator 3.1.1's measure computed by `value`. */
function packWith311(value: unknown): RulePack {
  const pack = readJson<Record<string, any>>("rules/huyen-hoc-tap/2021.json");
  for (const standard of pack["standards"]) for (const criterion of standard.criteria) for (const indicator of criterion.indicators) if (indicator.id === "3.1.1") indicator.rule.measures[0].value = value;
  delete pack["tests"];
  return loadPack(pack);
}


describe("a figure the report gives is shown whole in a trace (a Vietnamese reader's audit)", () => {
  it("69,9999999 is not shown as ≈ 70 next to “≥ 70% → sai”", () => {
    const report = { district: "D", province: "P", year: 2022, indicators: { "2.1.1": { percent: 69.9999999 }, "3.1.2": { percent: 89.999999999999 } } };
    const result = evaluate(report, { trace: true });
    const of = (id: string): IndicatorResult => result.indicators.find((i) => i.id === id) as IndicatorResult;
    const lines = (id: string, lang: "vi" | "en"): string => renderTrace(of(id), { lang }).map((l) => l.text).join("\n");
    const vi = `${lines("2.1.1", "vi")}\n${lines("3.1.2", "vi")}`;
    expect(vi).toContain("69,9999999");
    expect(vi).toContain("89,999999999999");
    expect(vi).not.toMatch(/≈ 70\b|≈ 90\b/);
    expect(lines("2.1.1", "en")).toContain("69.9999999");
  });
});
