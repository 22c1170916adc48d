import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainPack, isHuyenHocTapError } from "../../src/index.js";
import { logicContext, preparedPackOf } from "../../src/explain/explain-pack.js";
import type { RulePack } from "../../src/index.js";
import { readJson, repoPath } from "../helpers.js";

const packText = readFileSync(repoPath("rules/huyen-hoc-tap/2021.json"), "utf8");
const pilot = (): RulePack => readJson<RulePack>("rules/huyen-hoc-tap/2021.json");
const ALL_IDS = ["1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3", "2.1.1", "2.1.2", "2.2.1", "2.2.2", "2.2.3", "2.2.4", "3.1.1", "3.1.2", "3.2.1", "3.2.2", "3.2.3"];

describe("explainPack on the bundled pilot pack", () => {
  const vi = explainPack();
  const en = explainPack(undefined, { lang: "en" });
  const byId = (id: string, e = vi) => e.indicators.find((i) => i.id === id);

  it("explains all 16 indicators, in Vietnamese by default and in English", () => {
    expect(vi.lang).toBe("vi");
    expect(vi.indicators.map((i) => i.id)).toEqual(ALL_IDS);
    expect(en.indicators.map((i) => i.id)).toEqual(ALL_IDS);
    for (const i of vi.indicators) expect(i.sentence).toMatch(/^Đạt khi .+\.$/);
    for (const i of en.indicators) expect(i.sentence).toMatch(/^Met when .+\.$/);
    expect(vi).toMatchObject({ id: "huyen-hoc-tap", version: "2021.1.0", effectiveFrom: "12/11/2021", effectiveTo: "11/02/2024" });
    expect(vi.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("turns a share rule into a formula with the pack's labels and its named threshold", () => {
    expect(byId("2.1.1")?.measures[0]?.condition).toBe(
      "(số đơn vị xếp loại Tốt + số đơn vị xếp loại Khá) × 100 ÷ tổng số cơ quan, đơn vị cấp huyện được đánh giá ≥ 70%",
    );
    expect(byId("2.1.1")?.sentence).toBe(
      "Đạt khi (số đơn vị xếp loại Tốt + số đơn vị xếp loại Khá) × 100 ÷ tổng số cơ quan, đơn vị cấp huyện được đánh giá ≥ 70%; " +
        "hoặc, nếu không có số liệu trên: tỷ lệ đơn vị xếp loại Khá trở lên (%) ≥ 70%.",
    );
    expect(byId("2.1.1")?.formula).toBe("(good + fair) × 100 ÷ total ≥ minShareLearningUnits; hoặc, nếu không có số liệu trên: percent ≥ minShareLearningUnits");
    expect(byId("2.1.1")?.threshold).toEqual({
      name: "minShareLearningUnits",
      value: 70,
      unit: "percent",
      text: "70%",
      label: "Tỷ lệ tối thiểu cơ quan, đơn vị cấp huyện xếp loại “Đơn vị học tập” từ Khá trở lên",
    });
    expect(byId("2.1.1", en)?.sentence).toContain("(number of units rated Tốt (good) + number of units rated Khá (fair)) × 100 ÷ total number of district-level agencies and units assessed ≥ 70%; or, if those figures are not given:");
  });

  it("reads a truthy rule on a list as 'at least one document'", () => {
    for (const id of ["1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3", "3.2.1"]) {
      expect(byId(id)?.sentence).toBe("Đạt khi có ít nhất một văn bản, minh chứng.");
      expect(byId(id, en)?.sentence).toBe("Met when the list of documents and evidence has at least one item.");
      expect(byId(id)?.threshold).toBeNull();
    }
  });

  it("writes the readings in words of a formula with the field's label, not its code name (bug: “có ít nhất một evidence”)", () => {
    for (const id of ["1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3", "3.2.1"]) {
      expect(byId(id)?.formula).toBe("có ít nhất một văn bản, minh chứng");
      expect(byId(id, en)?.formula).toBe("the list of documents and evidence has at least one item");
    }
  });

  it("gives the formulas' context the labels of fields and named thresholds, and what each field holds", () => {
    const prepared = preparedPackOf(undefined);
    const indicator = prepared.indicators.find((p) => p.indicator.id === "2.1.1");
    if (!indicator) throw new Error("no 2.1.1 in the pilot pack");
    const names = logicContext(indicator, prepared, "vi", "names");
    expect(names.label?.("good")).toBe("số đơn vị xếp loại Tốt");
    expect(names.label?.("minShareLearningUnits")).toBe("Tỷ lệ tối thiểu cơ quan, đơn vị cấp huyện xếp loại “Đơn vị học tập” từ Khá trở lên");
    expect(names.label?.("unknown")).toBeUndefined();
    expect(names.label?.("toString")).toBeUndefined();
    expect(names.kind?.("good")).toBe("number");
    expect(names.kind?.("unknown")).toBeUndefined();
    expect(logicContext(indicator, prepared, "en", "names").label?.("good")).toBe("number of units rated Tốt (good)");
  });

  it("says when an indicator does not apply, from the rule's applicable condition", () => {
    expect(byId("2.2.3")?.sentence).toMatch(/\. Không áp dụng khi tổng số Trung tâm GDTX, GDNN-GDTX \(hoặc cơ sở thực hiện GDTX\) = 0\.$/);
    expect(byId("2.2.3")?.measures[0]?.notApplicableFormula).toBe("total = 0");
    expect(byId("2.2.3", en)?.sentence).toMatch(/Not applicable when total number of continuing-education centres .* = 0\.$/);
    expect(byId("2.1.1")?.measures.every((m) => m.notApplicableWhen === null)).toBe(true);
  });

  it("keeps units, rounding, strict comparisons and the author's note", () => {
    expect(byId("3.1.1")?.sentence).toBe("Đạt khi tỷ lệ hộ nghèo năm trước (%) − tỷ lệ hộ nghèo năm đánh giá (%) ≥ 1,5 điểm phần trăm.");
    expect(byId("3.1.1", en)?.sentence).toBe("Met when poverty rate in the previous year (%) − poverty rate in the assessment year (%) ≥ 1.5 percentage points.");
    expect(byId("3.1.1")?.rounding).toBe("Giá trị được làm tròn đến 2 chữ số thập phân trước khi so sánh");
    expect(byId("3.1.1")?.note).toContain("1,83% → 1,39%");
    expect(byId("3.2.2")?.measures[0]?.condition).toMatch(/< 0,05%$/);
    expect(byId("3.2.2")?.note).toBe("“Dưới 0,05%” là so sánh ngặt: đúng 0,05% là chưa đạt.");
    expect(byId("2.1.1")?.note).toBeNull();
  });

  it("lists the report fields each rule reads, with labels, units and decimals", () => {
    expect(byId("2.1.1")?.fields).toEqual([
      { name: "total", label: "tổng số cơ quan, đơn vị cấp huyện được đánh giá", unit: "count", decimals: 0 },
      { name: "good", label: "số đơn vị xếp loại Tốt", unit: "count", decimals: 0 },
      { name: "fair", label: "số đơn vị xếp loại Khá", unit: "count", decimals: 0 },
      { name: "percent", label: "tỷ lệ đơn vị xếp loại Khá trở lên (%)", unit: "percent", decimals: 12 },
    ]);
    expect(byId("3.2.2")?.fields.find((f) => f.name === "percent")?.decimals).toBe(12);
    expect(byId("3.1.1")?.fields.map((f) => f.decimals)).toEqual([2, 2]);
    expect(byId("1.1.1")?.fields).toEqual([{ name: "evidence", label: "văn bản, minh chứng", unit: "evidence", decimals: null }]);
    expect(byId("1.1.1")?.legalBasis).toMatchObject({ ref: "5196/BGDĐT-GDTX", date: "12/11/2021" });
  });

  it("generates its texts: no sentence or formula is written in the pack", () => {
    for (const e of [vi, en]) {
      for (const i of e.indicators) {
        expect(packText).not.toContain(i.sentence);
        // A whole pack string: a formula that is one reading in words (`có ít nhất một văn bản, minh chứng`) may well
        // be part of a pack's text (the requirement “yêu cầu có ít nhất một văn bản, minh chứng”).
        expect(packText).not.toContain(JSON.stringify(i.formula));
      }
    }
  });

  it("explains one indicator on request; an unknown id is a clear INVALID_ARGUMENT", () => {
    expect(explainPack(undefined, { indicator: "3.1.1" }).indicators.map((i) => i.id)).toEqual(["3.1.1"]);
    let error: unknown;
    try {
      explainPack(undefined, { indicator: "9.9.9" });
    } catch (e) {
      error = e;
    }
    expect(isHuyenHocTapError(error) && error.code).toBe("INVALID_ARGUMENT");
    expect(isHuyenHocTapError(error) && error.text.vi).toContain("không có chỉ báo “9.9.9”");
    expect(isHuyenHocTapError(error) && error.text.en).toContain("there is no indicator “9.9.9”");
  });
});

describe("a new pack explains itself", () => {
  const modified = (): RulePack => {
    const pack = pilot();
    pack.version = "2099.0.0-test";
    pack.thresholds["minShareLearningUnits"]!.value = 75;
    const schema = pack.reportSchema as { properties: { indicators: { properties: Record<string, { properties: Record<string, { "x-label": { vi: string; en: string } }> }> } } };
    schema.properties.indicators.properties["2.1.1"]!.properties["good"]!["x-label"] = { vi: "số đơn vị Xuất sắc", en: "units rated excellent" };
    const indicator = pack.standards[1]!.criteria[0]!.indicators[0]!;
    indicator.note = { vi: "Ghi chú thử.", en: "A test note." };
    indicator.rule.measures = [
      {
        id: "best",
        requires: ["total", "good", "fair"],
        applicable: { and: [{ ">": [{ var: "total" }, 0] }, { "!": [{ missing: ["good"] }] }] },
        value: { if: [{ ">": [{ var: "good" }, { var: "fair" }] }, { "/": [{ "*": [{ max: [{ var: "good" }, { var: "fair" }] }, 100] }, { var: "total" }] }, 0] },
      },
    ];
    indicator.rule.compare = ">";
    const defs = (pack.reportSchema as { $defs: { evidencedBlock: { properties: { evidence: { "x-label": { vi: string; en: string } } } } } }).$defs;
    defs.evidencedBlock.properties.evidence["x-label"] = { vi: "hồ sơ minh chứng", en: "supporting files" };
    return pack;
  };

  it("uses the new rule, labels, threshold, comparison and note, without any code change", () => {
    const e = explainPack(modified(), { indicator: "2.1.1" }).indicators[0];
    expect(e?.sentence).toBe(
      "Đạt khi (nếu số đơn vị Xuất sắc > số đơn vị xếp loại Khá thì giá trị lớn nhất trong (số đơn vị Xuất sắc; số đơn vị xếp loại Khá) × 100 ÷ tổng số cơ quan, đơn vị cấp huyện được đánh giá, còn lại 0) > 75%. " +
        "Không áp dụng khi tổng số cơ quan, đơn vị cấp huyện được đánh giá ≤ 0 hoặc thiếu số đơn vị Xuất sắc.",
    );
    expect(e?.formula).toBe("(nếu good > fair thì giá trị lớn nhất trong (good; fair) × 100 ÷ total, còn lại 0) > minShareLearningUnits");
    expect(e?.measures[0]?.notApplicableFormula).toBe("total ≤ 0 hoặc thiếu số đơn vị Xuất sắc");
    expect(e?.threshold?.text).toBe("75%");
    expect(e?.note).toBe("Ghi chú thử.");
    const en = explainPack(modified(), { indicator: "2.1.1", lang: "en" }).indicators[0];
    expect(en?.sentence).toContain("(if units rated excellent > number of units rated Khá (fair) then the largest of (units rated excellent, number of units rated Khá (fair)) × 100 ÷");
    expect(en?.sentence).toContain("> 75%.");
    expect(en?.note).toBe("A test note.");
  });

  it("reads a truthy rule from the list field's own label", () => {
    expect(explainPack(modified(), { indicator: "1.1.1" }).indicators[0]?.sentence).toBe("Đạt khi có ít nhất một hồ sơ minh chứng.");
    expect(explainPack(modified(), { indicator: "1.1.1", lang: "en" }).indicators[0]?.sentence).toBe("Met when the list of supporting files has at least one item.");
  });
});
