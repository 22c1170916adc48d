import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import { thapMuoi } from "../helpers.js";

const expected: Record<string, string> = {
  "1.1.1": "met", "1.1.2": "met", "1.2.1": "met", "1.2.2": "met", "1.2.3": "met",
  "2.1.1": "met", "2.1.2": "met", "2.2.1": "met", "2.2.2": "met", "2.2.3": "met", "2.2.4": "met",
  "3.1.1": "not_met", "3.1.2": "insufficient_data", "3.2.1": "met", "3.2.2": "met", "3.2.3": "insufficient_data",
};

describe("Tháp Mười 2022 (Báo cáo 417/BC-UBND)", () => {
  const result = evaluate(thapMuoi());

  it("gives exactly the verdicts an auditor would", () => {
    expect(Object.fromEntries(result.indicators.map((r) => [r.id, r.verdict]))).toEqual(expected);
    expect(result.indicators.map((r) => r.id)).toEqual(Object.keys(expected));
  });

  it("concludes not met because of 3.1.1, as the report does", () => {
    expect(result.verdict).toBe("not_met");
    expect(result.label).toEqual({ vi: "Không đạt", en: "Not met" });
    expect(result.conclusion.vi).toBe("Kết luận: Không đạt, do chỉ báo 3.1.1 chưa đạt.");
    expect(result.conclusion.en).toBe("Conclusion: Not met, because indicator 3.1.1 is not met.");
    expect(result.summary).toMatchObject({ total: 16, met: 13, notMet: 1, notApplicable: 0, insufficientData: 2, notMetIds: ["3.1.1"], insufficientDataIds: ["3.1.2", "3.2.3"] });
    expect(result.summary.text.vi).toBe("Số chỉ báo đạt: 13; Số chỉ báo chưa đủ số liệu: 02 (chỉ báo 3.1.2, 3.2.3); Số chỉ báo chưa đạt: 01 (chỉ báo 3.1.1); Kết luận: Không đạt, do chỉ báo 3.1.1 chưa đạt.");
    // The issue quotes the report's own form, "Số chỉ báo đạt: …; Số chỉ báo chưa đạt: 01 (chỉ báo 3.1.1); Kết luận: …":
    // the other counts come before the not-met line, which stays next to the conclusion it explains.
    expect(result.summary.text.vi).toMatch(/^Số chỉ báo đạt: .*; Số chỉ báo chưa đạt: 01 \(chỉ báo 3\.1\.1\); Kết luận: Không đạt, do chỉ báo 3\.1\.1 chưa đạt\.$/);
  });

  it("explains 3.1.1 like an official's note", () => {
    const r = result.indicators.find((i) => i.id === "3.1.1");
    expect(r?.reason.vi).toBe("Chưa đạt: tỷ lệ hộ nghèo giảm 0,44 điểm phần trăm (1,83% → 1,39%); yêu cầu giảm ít nhất 1,5 điểm phần trăm.");
    expect(r?.reason.en).toBe("Not met: the poverty rate fell by 0.44 percentage points (1.83% → 1.39%); a fall of at least 1.5 percentage points is required.");
    expect(r).toMatchObject({ value: 0.44, inputs: { previousRate: 1.83, currentRate: 1.39 }, threshold: { name: "minPovertyRateFall", value: 1.5 }, compare: ">=", selfAssessment: "not_met" });
  });

  it("keeps the values used for each share indicator", () => {
    const r = result.indicators.find((i) => i.id === "2.1.2");
    expect(r).toMatchObject({ method: "counts", inputs: { total: 13, good: 12, fair: 1 }, value: 100, unit: "percent" });
    expect(r?.reason.vi).toBe("Đạt: 100% xã, thị trấn xếp loại Khá trở lên (12 Tốt + 1 Khá trên tổng số 13); yêu cầu tối thiểu 70%.");
    expect(result.indicators.find((i) => i.id === "2.2.1")).toMatchObject({ method: "percent", inputs: { percent: 100 } });
  });

  it("names what is missing for 3.1.2 and 3.2.3, and flags the district's unsupported 'met'", () => {
    for (const id of ["3.1.2", "3.2.3"]) {
      const r = result.indicators.find((i) => i.id === id);
      expect(r?.reason.vi).toMatch(/^Chưa đủ số liệu: thiếu /);
      expect(r?.selfAssessment).toBe("met");
      expect(r?.flags.map((f) => f.code)).toContain("SELF_ASSESSED_WITHOUT_FIGURES");
    }
    expect(result.indicators.find((i) => i.id === "3.2.3")?.missing).toEqual(["total", "withWomen"]);
  });

  it("records which rules judged it", () => {
    expect(result.pack).toMatchObject({ id: "huyen-hoc-tap", version: "2021.1.0", effectiveFrom: "2021-11-12", effectiveTo: "2024-02-11", verified: false });
    expect(result.pack.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.reportDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.engine.name).toBe("huyen-hoc-tap");
    expect(result).toMatchObject({ district: "Tháp Mười", province: "Đồng Tháp", year: 2022, report: { number: "417/BC-UBND", date: "2023-01-13" } });
  });

  it("summarises criteria and standards the same way", () => {
    expect(Object.fromEntries(result.criteria.map((c) => [c.id, c.verdict]))).toEqual({ "1.1": "met", "1.2": "met", "2.1": "met", "2.2": "met", "3.1": "not_met", "3.2": "insufficient_data" });
    expect(Object.fromEntries(result.standards.map((s) => [s.id, s.verdict]))).toEqual({ "1": "met", "2": "met", "3": "not_met" });
  });

  it("is plain JSON data: serialising and parsing gives the same result", () => {
    const round = JSON.parse(JSON.stringify(result)) as typeof result;
    expect(round.indicators[11]?.reason.vi).toBe(result.indicators[11]?.reason.vi);
    expect(round).toEqual(JSON.parse(JSON.stringify(round)));
    expect(round.conclusion.vi).toBe(result.conclusion.vi);
  });

  it("gives the same results with json-logic-js itself as the rule engine", () => {
    const reference = evaluate(thapMuoi(), { engine: "reference" });
    expect(JSON.stringify(reference)).toBe(JSON.stringify(result));
  });
});

describe("English words for evidence (a reader's audit)", () => {
  it("a narrative is evidence, not a document: “văn bản, minh chứng” is “document or piece of evidence”", () => {
    const reason = evaluate(thapMuoi()).indicators.find((i) => i.id === "1.2.2")?.reason;
    expect(reason?.vi).toMatch(/^Đạt: có 1 văn bản, minh chứng: /);
    expect(reason?.en).toMatch(/^Met: 1 document or piece of evidence: /);
  });
});

describe("an insufficient-data reason asks only for what is missing (a reader's audit)", () => {
  it("another method is named by the figures it still lacks, not by a total already given", () => {
    const result = evaluate({ district: "D", province: "P", year: 2022, indicators: { "2.1.2": { total: 13 } } });
    const reason = result.indicators.find((i) => i.id === "2.1.2")?.reason;
    expect(reason?.vi).toBe("Chưa đủ số liệu: thiếu tỷ lệ xã, thị trấn xếp loại Khá trở lên (%) (hoặc nêu số xã, thị trấn xếp loại Tốt và số xã, thị trấn xếp loại Khá).");
    expect(reason?.en).not.toContain("total number of communes");
  });
});

describe("a figure the report gives is quoted whole in the reason (a reader's audit)", () => {
  it("a stated percent with 12 decimals is not quoted at 2", () => {
    const result = evaluate({ district: "D", province: "P", year: 2022, indicators: { "3.2.3": { percent: 12.123456789012 }, "2.1.1": { percent: 92.3 } } });
    const of = (id: string) => result.indicators.find((i) => i.id === id)?.reason;
    expect(of("3.2.3")?.vi).toBe("Chưa đạt: 12,123456789012% (tỷ lệ nêu trong báo cáo); yêu cầu tối thiểu 50%.");
    expect(of("3.2.3")?.en).toContain("12.123456789012% (percentage stated in the report)");
    expect(of("2.1.1")?.vi).toBe("Đạt: 92,3% (tỷ lệ nêu trong báo cáo); yêu cầu tối thiểu 70%.");
  });
});
