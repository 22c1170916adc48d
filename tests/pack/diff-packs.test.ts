import { describe, expect, it } from "vitest";
import { diffPacks, listPacks } from "../../src/index.js";
import type { Indicator, PackChange, RulePack } from "../../src/index.js";

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
      "Rule of indicator 3.1.1 changed: rounding 2 → 1 decimal places; requirement wording: “a fall of at least 1.5 percentage points is required” → “a fall of 1.5 percentage points is needed”",
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
    expect(diff.changes[0]?.text.en).toMatch(/^Indicator 3\.2\.3 removed: “At least 50%/);
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

  it("checks both packs first", () => {
    expect(() => diffPacks(pilot(), { ...pilot(), thresholds: {} })).toThrow(expect.objectContaining({ code: "PACK_INVALID" }));
    expect(() => diffPacks(pilot(), 5 as unknown as object)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });
});
