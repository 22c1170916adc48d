import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import { reportWith } from "../helpers.js";

const verdictOf = (id: string, block: Record<string, unknown>): string => {
  const result = evaluate(reportWith({ [id]: block }));
  return result.indicators.find((r) => r.id === id)?.verdict ?? "?";
};

describe("share indicators at, above and below their thresholds (counts)", () => {
  it.each([
    // 70% indicators: (good + fair) / total
    ["2.1.1", { total: 10, good: 5, fair: 2 }, "met"],
    ["2.1.1", { total: 10, good: 6, fair: 0 }, "not_met"],
    ["2.1.1", { total: 100, good: 69, fair: 1 }, "met"],
    ["2.1.1", { total: 100, good: 69, fair: 0 }, "not_met"],
    ["2.1.1", { total: 1000, good: 699, fair: 0 }, "not_met"],
    ["2.1.1", { total: 1000, good: 700, fair: 1 }, "met"],
    ["2.1.1", { total: 3, good: 2, fair: 0 }, "not_met"], // 66,67%
    ["2.1.1", { total: 1_000_000_000, good: 699_999_999, fair: 0 }, "not_met"],
    ["2.1.1", { total: 1_000_000_000, good: 700_000_000, fair: 0 }, "met"],
    ["2.1.2", { total: 13, good: 9, fair: 0 }, "not_met"], // 69,23%
    ["2.1.2", { total: 13, good: 9, fair: 1 }, "met"], // 76,92%
    ["2.1.2", { total: 20, good: 0, fair: 14 }, "met"], // exactly 70%
    ["2.2.1", { total: 10, withPlan: 7 }, "met"],
    ["2.2.1", { total: 10, withPlan: 6 }, "not_met"],
    ["2.2.2", { total: 30, equipped: 21 }, "met"],
    ["2.2.2", { total: 30, equipped: 20 }, "not_met"],
    ["2.2.4", { total: 13, covered: 10 }, "met"],
    ["2.2.4", { total: 13, covered: 9 }, "not_met"],
    ["2.2.4", { total: 100, covered: 70 }, "met"],
    // 100%
    ["2.2.3", { total: 2, withOpenResources: 2 }, "met"],
    ["2.2.3", { total: 2, withOpenResources: 1 }, "not_met"],
    ["2.2.3", { total: 1000, withOpenResources: 999 }, "not_met"],
    // 50%
    ["3.2.3", { total: 10, withWomen: 5 }, "met"],
    ["3.2.3", { total: 10, withWomen: 4 }, "not_met"],
    ["3.2.3", { total: 7, withWomen: 4 }, "met"],
    ["3.2.3", { total: 7, withWomen: 3 }, "not_met"],
    // strictly below 0,05%
    ["3.2.2", { students: 2000, affected: 1 }, "not_met"], // exactly 0,05%
    ["3.2.2", { students: 2001, affected: 1 }, "met"],
    ["3.2.2", { students: 1999, affected: 1 }, "not_met"],
    ["3.2.2", { students: 20000, affected: 10 }, "not_met"],
    ["3.2.2", { students: 20000, affected: 9 }, "met"],
    ["3.2.2", { students: 35000, affected: 0 }, "met"],
  ])("%s %j → %s", (id, block, verdict) => {
    expect(verdictOf(id, block)).toBe(verdict);
  });
});

describe("stated percentages, including fractional ones", () => {
  it.each([
    ["2.1.1", 70, "met"],
    ["2.1.1", 69.99, "not_met"],
    ["2.1.1", 70.01, "met"],
    ["2.2.3", 100, "met"],
    ["2.2.3", 99.99, "not_met"],
    ["3.1.2", 90, "met"],
    ["3.1.2", 89.99, "not_met"],
    ["3.1.2", 90.01, "met"],
    ["3.2.3", 50, "met"],
    ["3.2.3", 49.99, "not_met"],
    ["3.2.2", 0.05, "not_met"],
    ["3.2.2", 0.0499, "met"],
    ["3.2.2", 0.0501, "not_met"],
    ["3.2.2", 0, "met"],
  ])("%s percent %d → %s", (id, percent, verdict) => {
    expect(verdictOf(id, { percent })).toBe(verdict);
  });
});

describe("3.1.1: a fall of at least 1,5 percentage points, exact to the last digit", () => {
  it.each([
    [3.3, 1.8, "met"], // exactly 1,5
    [2.01, 0.51, "met"], // 1.4999999999999998 in binary floating point
    [2.3, 0.8, "met"],
    [1.6, 0.1, "met"],
    [10.07, 8.57, "met"],
    [1.83, 1.39, "not_met"], // Tháp Mười: 0,44
    [2.01, 0.52, "not_met"], // 1,49
    [3.3, 1.81, "not_met"],
    [3.3, 1.79, "met"],
    [1.0, 2.0, "not_met"], // rose
    [0, 0, "not_met"],
  ])("%d%% → %d%% → %s", (previousRate, currentRate, verdict) => {
    expect(verdictOf("3.1.1", { previousRate, currentRate })).toBe(verdict);
  });

  it("shows the exact fall in the reason", () => {
    const r = evaluate(reportWith({ "3.1.1": { previousRate: 2.01, currentRate: 0.51 } })).indicators.find((i) => i.id === "3.1.1");
    expect(r?.value).toBe(1.5);
    expect(r?.reason.vi).toBe("Đạt: tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm (2,01% → 0,51%); yêu cầu giảm ít nhất 1,5 điểm phần trăm.");
  });
});

describe("reasons never round a failing value up to its threshold", () => {
  it("shows 69,999…% (not 70%) for a share just below 70%", () => {
    const r = evaluate(reportWith({ "2.1.1": { total: 100000, good: 69999, fair: 0 } })).indicators.find((i) => i.id === "2.1.1");
    expect(r?.verdict).toBe("not_met");
    expect(r?.reason.vi).toContain("69,999%");
    expect(r?.reason.vi).not.toMatch(/ 70% cơ quan/);
  });
  it("shows 0,05% as not below 0,05%", () => {
    const r = evaluate(reportWith({ "3.2.2": { students: 2000, affected: 1 } })).indicators.find((i) => i.id === "3.2.2");
    expect(r?.reason.vi).toBe("Chưa đạt: 0,05% học sinh bị ảnh hưởng (1 trên tổng số 2.000 học sinh); yêu cầu dưới 0,05%.");
  });
});

describe("evidenced indicators", () => {
  it.each([
    [{ evidence: [{ ref: "915/KH-UBND", date: "2022-02-28" }] }, "met"],
    [{ evidence: [{ description: "Quy chế phối hợp" }] }, "met"],
    [{ evidence: [] }, "not_met"],
    [{}, "insufficient_data"],
    [{ selfAssessment: "met" }, "insufficient_data"],
  ])("1.2.1 %j → %s", (block, verdict) => {
    expect(verdictOf("1.2.1", block)).toBe(verdict);
  });
});

describe("empty populations, missing and partial figures", () => {
  it("2.2.3 with no centre is not applicable, never a division by zero, and does not block the conclusion", () => {
    const indicators: Record<string, unknown> = {};
    for (const id of ["1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3", "3.2.1"]) indicators[id] = { evidence: [{ ref: "1/KH" }] };
    Object.assign(indicators, {
      "2.1.1": { percent: 100 }, "2.1.2": { percent: 100 }, "2.2.1": { percent: 100 }, "2.2.2": { percent: 100 },
      "2.2.3": { total: 0, withOpenResources: 0 }, "2.2.4": { percent: 100 }, "3.1.1": { previousRate: 5, currentRate: 3 },
      "3.1.2": { percent: 95 }, "3.2.2": { percent: 0 }, "3.2.3": { percent: 60 },
    });
    const result = evaluate(reportWith(indicators));
    const r = result.indicators.find((i) => i.id === "2.2.3");
    expect(r).toMatchObject({ verdict: "not_applicable", value: null, label: { vi: "Không áp dụng", en: "Not applicable" } });
    expect(r?.reason.vi).toBe("Không áp dụng: không có đối tượng để đánh giá (tổng số bằng 0).");
    expect(result.verdict).toBe("met");
    expect(result.conclusion.vi).toBe("Kết luận: Đạt.");
    expect(result.summary.notApplicable).toBe(1);
  });

  it("an absent block is insufficient data naming every figure of the preferred method", () => {
    const r = evaluate(reportWith({})).indicators.find((i) => i.id === "2.1.1");
    expect(r).toMatchObject({ verdict: "insufficient_data", missing: ["total", "good", "fair"], value: null, method: null });
    expect(r?.reason.vi).toBe("Chưa đủ số liệu: thiếu tổng số cơ quan, đơn vị cấp huyện được đánh giá; số đơn vị xếp loại Tốt và số đơn vị xếp loại Khá (hoặc nêu tỷ lệ đơn vị xếp loại Khá trở lên (%)).");
  });

  it("a missing count is never taken as 0", () => {
    const r = evaluate(reportWith({ "2.1.1": { total: 10, good: 7 } })).indicators.find((i) => i.id === "2.1.1");
    expect(r).toMatchObject({ verdict: "insufficient_data", missing: ["fair"], inputs: { total: 10, good: 7 } });
    const r2 = evaluate(reportWith({ "3.2.2": { students: 1000 } })).indicators.find((i) => i.id === "3.2.2");
    expect(r2).toMatchObject({ verdict: "insufficient_data", missing: ["affected"] });
    const r3 = evaluate(reportWith({ "3.1.1": { previousRate: 1.83 } })).indicators.find((i) => i.id === "3.1.1");
    expect(r3).toMatchObject({ verdict: "insufficient_data", missing: ["currentRate"] });
  });

  it("null means 'not given'", () => {
    expect(verdictOf("3.2.2", { students: 1000, affected: null })).toBe("insufficient_data");
  });

  it("uses the stated percent when the counts are partial, and the counts when both are complete", () => {
    const partial = evaluate(reportWith({ "2.2.1": { total: 10, percent: 80 } })).indicators.find((i) => i.id === "2.2.1");
    expect(partial).toMatchObject({ verdict: "met", method: "percent" });
    const both = evaluate(reportWith({ "2.2.1": { total: 10, withPlan: 6, percent: 80 } })).indicators.find((i) => i.id === "2.2.1");
    expect(both).toMatchObject({ verdict: "not_met", method: "counts", value: 60 });
    expect(both?.flags.map((f) => f.code)).toEqual(["MEASURES_DISAGREE"]);
  });

  it("does not flag a stated percent that is the counts rounded as written", () => {
    const r = evaluate(reportWith({ "2.1.2": { total: 13, good: 12, fair: 0, percent: 92.3 } })).indicators.find((i) => i.id === "2.1.2");
    expect(r?.flags).toEqual([]);
  });

  it("any insufficient indicator without a failure makes the conclusion insufficient", () => {
    const result = evaluate(reportWith({ "2.1.1": { percent: 100 } }));
    expect(result.verdict).toBe("insufficient_data");
    expect(result.label.vi).toBe("Chưa đủ căn cứ kết luận");
    expect(result.label.en).toBe("Cannot conclude: insufficient data");
    expect(result.conclusion.vi).toMatch(/^Kết luận: Chưa đủ căn cứ kết luận, do chỉ báo 1\.1\.1, /);
  });

  it("a failure is decisive even when other indicators lack data", () => {
    const result = evaluate(reportWith({ "3.1.1": { previousRate: 2, currentRate: 1.9 } }));
    expect(result.verdict).toBe("not_met");
    expect(result.conclusion.vi).toBe("Kết luận: Không đạt, do chỉ báo 3.1.1 chưa đạt.");
  });
});
