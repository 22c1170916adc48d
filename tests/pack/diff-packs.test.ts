import { describe, expect, it } from "vitest";
import { diffPacks, listPacks } from "../../src/index.js";
import type { Indicator, PackChange, RulePack } from "../../src/index.js";
import { readJson } from "../helpers.js";

const pilot = (): RulePack => JSON.parse(JSON.stringify(listPacks()[0]?.pack)) as RulePack;
type Blocks = Record<string, Record<string, unknown> & { properties: Record<string, Record<string, unknown>> }>;
const blocks = (p: RulePack): Blocks => (p.reportSchema as { properties: { indicators: { properties: Blocks } } }).properties.indicators.properties;
const indicator = (p: RulePack, id: string): Indicator => p.standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators)).find((i) => i.id === id) as Indicator;
const kinds = (changes: PackChange<string>[]): string[] => changes.map((c) => c.kind);

describe("diffPacks", () => {
  it("finds nothing between a pack and itself, or a re-serialised copy", () => {
    const diff = diffPacks(pilot(), JSON.stringify(pilot(), null, 4));
    expect(diff.changes).toEqual([]);
    expect(diff.header).toEqual([]);
    expect(diff.from.digest).toBe(diff.to.digest);
  });

  it.each<[string, (p: RulePack) => void, string, string, string]>([
    [
      "a threshold lowered, with its decimals",
      (p) => ((p.thresholds["maxShareAffectedPupils"] as { value: number }).value = 0.025),
      "threshold_changed",
      "Chỉ báo 3.2.2: ngưỡng hạ 0,05% → 0,025% (maxShareAffectedPupils — Tỷ lệ học sinh bị bắt nạt, bạo lực học đường, quấy rối, lạm dụng, phân biệt đối xử phải dưới mức)",
      "Indicator 3.2.2: threshold lowered 0.05% → 0.025% (maxShareAffectedPupils — Share of pupils affected by bullying, violence, harassment, abuse or discrimination must be below)",
    ],
    [
      "a threshold in percentage points",
      (p) => ((p.thresholds["minPovertyRateFall"] as { value: number }).value = 2),
      "threshold_changed",
      "Chỉ báo 3.1.1: ngưỡng nâng 1,5 điểm phần trăm → 2 điểm phần trăm (minPovertyRateFall — Mức giảm tối thiểu tỷ lệ hộ nghèo đa chiều so với năm trước)",
      "Indicator 3.1.1: threshold raised 1.5 percentage points → 2 percentage points (minPovertyRateFall — Minimum fall of the multidimensional poverty rate on the previous year)",
    ],
    [
      "a threshold relabelled",
      (p) => ((p.thresholds["minShareFreeWifi"] as { label: { vi: string; en: string } }).label = { vi: "Tỷ lệ wifi", en: "Wifi share" }),
      "threshold_relabelled",
      "Ngưỡng minShareFreeWifi đổi tên: “Tỷ lệ tối thiểu xã, thị trấn được phủ sóng wifi miễn phí” → “Tỷ lệ wifi”",
      "Threshold minShareFreeWifi relabelled: “Minimum share of communes with free wifi” → “Wifi share”",
    ],
    [
      "the comparison of a rule",
      (p) => (indicator(p, "3.2.3").rule.compare = ">"),
      "indicator_rule_changed",
      "Quy tắc của chỉ báo 3.2.3 thay đổi: phép so sánh ≥ → >",
      "Rule of indicator 3.2.3 changed: comparison ≥ → >",
    ],
    [
      "a method removed from a rule",
      (p) => (indicator(p, "3.2.3").rule.measures = indicator(p, "3.2.3").rule.measures.slice(0, 1)),
      "indicator_rule_changed",
      "Quy tắc của chỉ báo 3.2.3 thay đổi: bỏ cách tính “percent”",
      "Rule of indicator 3.2.3 changed: method “percent” removed",
    ],
    [
      "the rounding and the requirement of a rule",
      (p) => {
        const rule = indicator(p, "3.1.1").rule;
        rule.decimals = 1;
        rule.requirement = { vi: "cần giảm {threshold}", en: "a fall of {threshold} is needed" };
      },
      "indicator_rule_changed",
      "Quy tắc của chỉ báo 3.1.1 thay đổi: làm tròn 2 → 1 chữ số thập phân; câu yêu cầu: “yêu cầu giảm ít nhất 1,5 điểm phần trăm” → “cần giảm 1,5 điểm phần trăm”",
      "Rule of indicator 3.1.1 changed: rounding 2 → 1 decimal place; requirement wording: “a fall of at least 1.5 percentage points is required” → “a fall of 1.5 percentage points is needed”",
    ],
    [
      "an indicator's note",
      (p) => (indicator(p, "3.1.2").note = { vi: "Ghi chú mới", en: "New note" }),
      "indicator_note_changed",
      "Ghi chú của chỉ báo 3.1.2 thay đổi",
      "Note of indicator 3.1.2 changed",
    ],
    [
      "a criterion's title",
      (p) => ((p.standards[2]?.criteria[0] as { title: { vi: string; en: string } }).title = { vi: "Tiêu chí mới", en: "New criterion" }),
      "group_retitled",
      "Đổi tên tiêu chí 3.1: “Góp phần thúc đẩy tăng trưởng kinh tế bền vững gắn liền với bảo vệ môi trường” → “Tiêu chí mới”",
      "Criterion 3.1 retitled: “Contributing to sustainable economic growth with environmental protection” → “New criterion”",
    ],
    [
      "the conclusion rule",
      (p) => (p.conclusion = { method: "allIndicators", notApplicable: "fail" }),
      "conclusion_changed",
      "Cách kết luận thay đổi: đạt khi mọi chỉ báo đạt, chỉ báo không áp dụng được bỏ qua → đạt khi mọi chỉ báo đạt, chỉ báo không áp dụng tính là chưa đạt",
      "Conclusion rule changed: met when every indicator is met, a not-applicable indicator is ignored → met when every indicator is met, a not-applicable indicator counts as not met",
    ],
    [
      "a report field's range",
      (p) => ((blocks(p)["3.2.2"]?.properties["students"] as { minimum: number }).minimum = 10),
      "report_field_changed",
      "Trường báo cáo /indicators/3.2.2/students thay đổi: giá trị nhỏ nhất: 1 → 10",
      "Report field /indicators/3.2.2/students changed: minimum: 1 → 10",
    ],
    [
      "a report field made required",
      (p) => ((p.reportSchema as { required: string[] }).required = ["district", "province", "year", "indicators", "report"]),
      "report_field_changed",
      "Trường báo cáo /report thay đổi: bắt buộc: không → có",
      "Report field /report changed: required: no → yes",
    ],
  ])("%s", (_name, change, kind, vi, en) => {
    const after = pilot();
    change(after);
    const diff = diffPacks(pilot(), after);
    expect(kinds(diff.changes)).toEqual([kind]);
    expect(diff.changes[0]?.text).toEqual({ vi, en });
    expect(diff.header).toEqual([]);
  });

  it("a report field added to an existing block is its own change, and so is the rule that reads it", () => {
    const after = pilot();
    blocks(after)["3.1.2"]!.properties["treated"] = { type: "integer", minimum: 0, maximum: 100, "x-unit": "count", "x-label": { vi: "số điểm xử lý", en: "treatment sites" } };
    const rule = indicator(after, "3.1.2").rule;
    rule.measures = [...rule.measures, { id: "sites", requires: ["treated"], value: { var: "treated" } }];
    const diff = diffPacks(pilot(), after);
    expect(kinds(diff.changes)).toEqual(["indicator_rule_changed", "report_field_added"]);
    expect(diff.changes[0]?.text.en).toBe("Rule of indicator 3.1.2 changed: new method “sites” (needs: treated)");
    expect(diff.changes[1]).toMatchObject({ field: "/indicators/3.1.2/treated", text: { vi: "Thêm trường báo cáo /indicators/3.1.2/treated (số điểm xử lý)" } });
    const back = diffPacks(after, pilot());
    expect(kinds(back.changes)).toEqual(["indicator_rule_changed", "report_field_removed"]);
  });

  it("an indicator removed carries its report block and its threshold with it: one change", () => {
    const after = pilot();
    const criterion = after.standards[2]?.criteria[1];
    criterion!.indicators = criterion!.indicators.filter((i) => i.id !== "3.2.3");
    delete blocks(after)["3.2.3"];
    delete after.thresholds["minShareWomenInManagement"];
    const diff = diffPacks(pilot(), after);
    expect(kinds(diff.changes)).toEqual(["indicator_removed"]);
    expect(diff.changes[0]?.indicator).toBe("3.2.3");
    expect(diff.changes[0]?.text.vi).toBe(
      "Bỏ chỉ báo 3.2.3 (tiêu chí 3.2): “Tối thiểu 50% các cấp ủy, cấp lãnh đạo của chính quyền, tổ chức, đoàn thể của huyện có nữ tham gia quản lý (được hưởng % phụ cấp)”; " +
        "quy tắc: yêu cầu tối thiểu 50% (bỏ ngưỡng: minShareWomenInManagement = 50%); " +
        "bỏ trường báo cáo chỉ báo này đọc: total (tổng số cấp ủy, cấp lãnh đạo của chính quyền, tổ chức, đoàn thể); withWomen (số cấp ủy, cấp lãnh đạo có nữ tham gia quản lý); percent (tỷ lệ có nữ tham gia quản lý (%))",
    );
    expect(diff.changes[0]?.text.en).toMatch(/^Indicator 3\.2\.3 removed \(criterion 3\.2\): “At least 50%.*”; its rule: at least 50% is required \(threshold removed: minShareWomenInManagement = 50%\); removes the report fields it read: total \(total number of party committees .*\); withWomen \(number of committees and leaderships with women in management\); percent \(share with women in management \(%\)\)$/);
    // The way back adds it: the same data on the other side, and the same folding of its threshold and fields.
    const back = diffPacks(after, pilot());
    expect(kinds(back.changes)).toEqual(["indicator_added"]);
    expect(diff.changes[0]?.before).toEqual(back.changes[0]?.after);
    expect(diff.changes[0]?.before).toMatchObject({ criterion: "3.2", block: { properties: { withWomen: { "x-unit": "count" } } }, threshold: { name: "minShareWomenInManagement", value: 50, unit: "percent" } });
  });

  it("the worked example's removal mirrors its addition: same data, threshold and report fields named", () => {
    const illustration = readJson<RulePack>("tests/fixtures/packs/huyen-hoc-tap-illustration.json");
    const forth = diffPacks(pilot(), illustration).changes;
    const back = diffPacks(illustration, pilot()).changes;
    const added = forth.find((c) => c.kind === "indicator_added");
    const removed = back.find((c) => c.kind === "indicator_removed");
    expect(removed?.before).toEqual(added?.after);
    expect(Object.keys(removed?.before as object).sort()).toEqual(["block", "criterion", "indicator", "threshold"]);
    expect(removed?.text.vi).toContain("(tiêu chí 2.2)");
    expect(removed?.text.vi).toContain("quy tắc: yêu cầu tối thiểu 50% (bỏ ngưỡng: minShareDigitalClasses = 50%)");
    expect(removed?.text.vi).toContain(
      "bỏ trường báo cáo chỉ báo này đọc: total (tổng số xã, thị trấn); withDigitalClasses (số xã, thị trấn có Trung tâm học tập cộng đồng mở lớp kỹ năng số); percent (tỷ lệ xã, thị trấn có lớp kỹ năng số (%))",
    );
    expect(removed?.text.en).toContain("(threshold removed: minShareDigitalClasses = 50%)");
    expect(removed?.text.en).toContain("removes the report fields it read: total (total number of communes and towns); withDigitalClasses");
    // Neither direction lists the indicator's own threshold or block fields again.
    const folded = ["threshold_added", "threshold_removed", "report_field_added", "report_field_removed"];
    expect(kinds(forth).filter((k) => folded.includes(k))).toEqual([]);
    expect(kinds(back).filter((k) => folded.includes(k))).toEqual([]);
  });

  it.each<[string, number, "percent" | "count", string, string]>([
    ["a percentage with a decimal", 92.3, "percent", "minShareWomenInManagement = 92,3%", "minShareWomenInManagement = 92.3%"],
    ["a count in the thousands", 1210, "count", "minShareWomenInManagement = 1.210", "minShareWomenInManagement = 1,210"],
  ])("a removed indicator names its threshold in its unit, the Vietnamese way: %s", (_name, value, unit, vi, en) => {
    const before = pilot();
    before.thresholds["minShareWomenInManagement"] = { ...(before.thresholds["minShareWomenInManagement"] as RulePack["thresholds"][string]), value, unit };
    if (unit === "count") {
      const rule = indicator(before, "3.2.3").rule;
      rule.unit = "count";
      rule.measures = [{ id: "women", requires: ["withWomen"], value: { var: "withWomen" } }];
    }
    const after = JSON.parse(JSON.stringify(before)) as RulePack;
    const criterion = after.standards[2]?.criteria[1];
    criterion!.indicators = criterion!.indicators.filter((i) => i.id !== "3.2.3");
    delete blocks(after)["3.2.3"];
    delete after.thresholds["minShareWomenInManagement"];
    const [removed, ...rest] = diffPacks(before, after).changes;
    expect(rest).toEqual([]);
    expect(removed?.text.vi).toContain(`(bỏ ngưỡng: ${vi})`);
    expect(removed?.text.en).toContain(`(threshold removed: ${en})`);
    expect(removed?.before).toMatchObject({ threshold: { name: "minShareWomenInManagement", value, unit } });
    const [added] = diffPacks(after, before).changes;
    expect(added?.text.vi).toContain(`(ngưỡng mới: ${vi})`);
    expect(added?.after).toEqual(removed?.before);
  });

  it("a removed indicator whose threshold stays (another rule uses it) names no removed threshold, as an added one names no new one", () => {
    const before = pilot();
    indicator(before, "3.2.3").rule.threshold = "minShareFreeWifi";
    delete before.thresholds["minShareWomenInManagement"];
    const after = JSON.parse(JSON.stringify(before)) as RulePack;
    const criterion = after.standards[2]?.criteria[1];
    criterion!.indicators = criterion!.indicators.filter((i) => i.id !== "3.2.3");
    delete blocks(after)["3.2.3"];
    const [removed, ...rest] = diffPacks(before, after).changes;
    expect(rest).toEqual([]);
    expect(removed?.kind).toBe("indicator_removed");
    expect(removed?.before).not.toHaveProperty("threshold");
    expect(removed?.text.en).toContain("its rule: at least 70% is required; removes the report fields it read: total");
    const [added] = diffPacks(after, before).changes;
    expect(added?.after).toEqual(removed?.before);
    expect(added?.text.en).not.toContain("new threshold");
  });

  it("an indicator moved to a new criterion, and a legal basis changed", () => {
    const after = pilot();
    after.legalBasis.push({ ref: "MOI/2024", date: "2024-01-01", title: { vi: "Văn bản mới", en: "New act" } });
    const moved = indicator(after, "3.1.2");
    moved.legalBasis = "MOI/2024";
    after.standards[2]!.criteria[0]!.indicators = after.standards[2]!.criteria[0]!.indicators.filter((i) => i.id !== "3.1.2");
    after.standards[2]!.criteria.push({ id: "3.3", title: { vi: "Môi trường", en: "Environment" }, indicators: [moved] });
    const diff = diffPacks(pilot(), after);
    expect(kinds(diff.changes)).toEqual(["group_added", "indicator_moved", "indicator_legal_basis_changed"]);
    expect(diff.changes[1]?.text.vi).toBe("Chỉ báo 3.1.2 chuyển từ tiêu chí 3.1 sang tiêu chí 3.3");
    expect(diff.changes[2]?.text.en).toBe("Legal basis of indicator 3.1.2: 5196/BGDĐT-GDTX → MOI/2024");
    expect(kinds(diff.header)).toEqual(["legal_basis_changed"]);
    expect(diff.header[0]?.text.vi).toBe("Căn cứ pháp lý: thêm MOI/2024");
    expect(kinds(diffPacks(after, pilot()).changes)).toContain("group_removed");
  });

  it("a threshold added for an existing indicator, and the old one removed, are listed", () => {
    const after = pilot();
    after.thresholds["minShareWasteTreatedNew"] = { ...(after.thresholds["minShareWasteTreated"] as RulePack["thresholds"][string]), value: 95 };
    delete after.thresholds["minShareWasteTreated"];
    indicator(after, "3.1.2").rule.threshold = "minShareWasteTreatedNew";
    const diff = diffPacks(pilot(), after);
    expect(kinds(diff.changes)).toEqual(["threshold_added", "threshold_removed", "indicator_rule_changed"]);
    expect(diff.changes[0]?.text.vi).toBe("Thêm ngưỡng minShareWasteTreatedNew (Tỷ lệ tối thiểu chất thải rắn và nước thải được thu gom, xử lý theo quy định) = 95%");
    expect(diff.changes[1]?.text.en).toContain("removed, was 90%");
    expect(diff.changes[2]?.text.en).toBe("Rule of indicator 3.1.2 changed: threshold minShareWasteTreated → minShareWasteTreatedNew");
  });

  it("an indicator reworded in one language says so", () => {
    const after = pilot();
    indicator(after, "3.1.2").text.en = "At least 90% of waste is treated";
    const [change] = diffPacks(pilot(), after).changes;
    expect(change?.kind).toBe("indicator_reworded");
    expect(change?.text.en).toMatch(/^Indicator 3\.1\.2 reworded: “At least 90% of solid waste.*” → “At least 90% of waste is treated”$/);
    expect(change?.text.vi).toMatch(/^Chỉ báo 3\.1\.2 sửa lời văn \(chỉ bản tiếng Anh\): “At least 90% of solid waste/);
  });

  it("identity changes go to the header, not among the changes", () => {
    const after = pilot();
    after.id = "tinh-hoc-tap";
    after.version = "2021.2.0";
    after.effectiveTo = "2025-06-30";
    after.illustration = true;
    const diff = diffPacks(pilot(), after);
    expect(diff.changes).toEqual([]);
    expect(kinds(diff.header)).toEqual(["id_changed", "version_changed", "dates_changed", "illustration_changed"]);
    expect(diff.header[2]?.text.en).toBe("In force: 12/11/2021 – 11/02/2024 → 12/11/2021 – 30/06/2025");
    expect(diff.header[2]?.before).toEqual({ effectiveFrom: "2021-11-12", effectiveTo: "2024-02-11" });
  });

  it("a change of the unit assessed (assessedUnit) is an identity change, like the title, with the default named", () => {
    const after = pilot() as RulePack & { assessedUnit?: unknown };
    after.assessedUnit = { name: { vi: "xã", en: "commune" }, plural: { vi: "xã", en: "communes" } };
    const diff = diffPacks(pilot(), after);
    expect(diff.changes).toEqual([]);
    expect(kinds(diff.header)).toEqual(["assessed_unit_changed"]);
    expect(diff.header[0]?.text.vi).toBe("Đơn vị được đánh giá (assessedUnit): “huyện” / “huyện” → “xã” / “xã”");
    expect(diff.header[0]?.text.en).toBe("Unit assessed (assessedUnit): “district” / “districts” → “commune” / “communes”");
    expect(diff.header[0]?.before).toBeNull();
    expect(kinds(diffPacks(after, after).header)).toEqual([]);
  });

  it("checks both packs first", () => {
    expect(() => diffPacks(pilot(), { ...pilot(), thresholds: {} })).toThrow(expect.objectContaining({ code: "PACK_INVALID" }));
    expect(() => diffPacks(pilot(), 5 as unknown as object)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });
});

describe("a changed describeNegative", () => {
  it("is listed as a change of the method, and its placeholders are checked", async () => {
    const { diffPacks, loadPack, isHuyenHocTapError } = await import("../../src/index.js");
    const { readJson } = await import("../helpers.js");
    const pilot = readJson<Record<string, any>>("rules/huyen-hoc-tap/2021.json");
    const changed = readJson<Record<string, any>>("rules/huyen-hoc-tap/2021.json");
    const rule311 = (p: Record<string, any>) => p["standards"][2].criteria[0].indicators[0].rule;
    expect(rule311(changed).measures[0].describeNegative).toBeDefined();
    rule311(changed).measures[0].describeNegative.vi = "tỷ lệ hộ nghèo đã tăng {value}";
    changed["version"] = "2021.1.1";
    const texts = diffPacks(pilot as never, changed as never).changes.map((c) => c.text.vi).join("\n");
    expect(texts).toContain("lời mô tả giá trị âm");
    rule311(changed).measures[0].describeNegative.en = "rose by {valeu}";
    let thrown: unknown;
    try {
      loadPack(changed);
    } catch (error) {
      thrown = error;
    }
    expect(isHuyenHocTapError(thrown) && thrown.issues.map((i) => [i.code, i.path])).toEqual([["UNKNOWN_PLACEHOLDER", "/standards/2/criteria/0/indicators/0/rule/measures/0/describeNegative/en"]]);
  });
});

describe("a label or title changed in one language only", () => {
  it("is said in the other language's text as that change, never as “X → X”", async () => {
    const { diffPacks } = await import("../../src/index.js");
    const { readJson } = await import("../helpers.js");
    const pilot = readJson<Record<string, any>>("rules/huyen-hoc-tap/2021.json");
    const changed = readJson<Record<string, any>>("rules/huyen-hoc-tap/2021.json");
    changed["version"] = "2021.1.1";
    changed["thresholds"].minShareLearningUnits.label.vi += " (sửa)";
    changed["standards"][0].title.vi += " (sửa)";
    const changes = diffPacks(pilot as never, changed as never).changes;
    for (const kind of ["threshold_relabelled", "group_retitled"]) {
      const c = changes.find((x) => x.kind === kind);
      expect(c?.text.en, kind).toMatch(/\(Vietnamese (label|title) only\): “(.*)” → “\2 \(sửa\)”/);
      expect(c?.text.vi, kind).not.toContain("chỉ bản tiếng Anh");
    }
  });
});
