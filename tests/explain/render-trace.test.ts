import { describe, expect, it } from "vitest";
import { evaluate, renderTrace } from "../../src/index.js";
import type { IndicatorResult } from "../../src/index.js";
import { reportWith, thapMuoi } from "../helpers.js";

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
    expect(texts(find("2.1.2"), "en")[0]).toBe("good = 12 (communes rated Tốt (good))");
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
    expect(texts(find("1.1.1"))).toEqual(["evidence = 8 mục (văn bản, minh chứng)", "có ít nhất một evidence (8 mục) → đúng"]);
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

  it("gives no lines without a trace, and no lines for missing figures", () => {
    expect(renderTrace(find("2.1.2", evaluate(thapMuoi())))).toEqual([]);
    expect(renderTrace(find("3.1.2"))).toEqual([]);
  });
});
