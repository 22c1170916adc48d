import { describe, expect, it } from "vitest";
import { diffPacks, listPacks } from "../../src/index.js";
import type { Indicator, PackChange, PackDiff, RulePack } from "../../src/index.js";

/* The words of a pack diff: both languages say the same thing, in words, and never “X → X”. One spec per bug found. */

type Doc = Record<string, any>;
const pilot = (): Doc => JSON.parse(JSON.stringify(listPacks()[0]?.pack)) as Doc;
const field = (p: Doc, id: string, name: string): Doc => p["reportSchema"].properties.indicators.properties[id].properties[name] as Doc;
const indicator = (p: Doc, id: string): Indicator =>
  (p as RulePack).standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators)).find((i) => i.id === id) as Indicator;
const diffOf = (change: (p: Doc) => void): PackDiff => {
  const after = pilot();
  change(after);
  return diffPacks(pilot() as RulePack, after as RulePack);
};
/** The only change (of the rules or the header) that `change` makes. */
const onlyChange = (change: (p: Doc) => void): PackChange<string> => {
  const diff = diffOf(change);
  const all: PackChange<string>[] = [...diff.header, ...diff.changes];
  expect(all).toHaveLength(1);
  return all[0] as PackChange<string>;
};
/** Every “before” → “after” pair of a text whose two sides are the same. */
const noOps = (text: string): string[] => [...text.matchAll(/“([^”]*)” → “([^”]*)”/g)].filter((m) => m[1] === m[2]).map((m) => m[0]);

describe("a report field's label changed in one language (bug 1)", () => {
  it("the English text says only the Vietnamese label changed, and shows it", () => {
    const change = onlyChange((p) => (field(p, "2.1.1", "percent")["x-label"].vi = "tỷ lệ mới (%)"));
    expect(change.text).toEqual({
      vi: "Trường báo cáo /indicators/2.1.1/percent thay đổi: nhãn “tỷ lệ đơn vị xếp loại Khá trở lên (%)” → “tỷ lệ mới (%)”",
      en: "Report field /indicators/2.1.1/percent changed: label (Vietnamese only): “tỷ lệ đơn vị xếp loại Khá trở lên (%)” → “tỷ lệ mới (%)”",
    });
  });

  it("the Vietnamese text says only the English label changed, and shows it", () => {
    const change = onlyChange((p) => (field(p, "2.1.1", "percent")["x-label"].en = "new share (%)"));
    expect(change.text).toEqual({
      vi: "Trường báo cáo /indicators/2.1.1/percent thay đổi: nhãn (chỉ bản tiếng Anh): “share of units rated Khá or better (%)” → “new share (%)”",
      en: "Report field /indicators/2.1.1/percent changed: label “share of units rated Khá or better (%)” → “new share (%)”",
    });
  });

  it("both labels changed: each language shows its own, with no note", () => {
    const change = onlyChange((p) => (field(p, "2.1.1", "percent")["x-label"] = { vi: "tỷ lệ mới (%)", en: "new share (%)" }));
    expect(change.text.vi).toMatch(/: nhãn “tỷ lệ đơn vị xếp loại Khá trở lên \(%\)” → “tỷ lệ mới \(%\)”$/);
    expect(change.text.en).toMatch(/: label “share of units rated Khá or better \(%\)” → “new share \(%\)”$/);
  });

  it("the pack's title changed in one language is said the same way", () => {
    const vi = onlyChange((p) => (p["title"].vi += " (sửa)"));
    expect(vi.kind).toBe("title_changed");
    expect(vi.text.en).toBe("Title (Vietnamese only): “Bộ tiêu chí huyện học tập (thí điểm)” → “Bộ tiêu chí huyện học tập (thí điểm) (sửa)”");
    expect(vi.text.vi).toBe("Tên: “Bộ tiêu chí huyện học tập (thí điểm)” → “Bộ tiêu chí huyện học tập (thí điểm) (sửa)”");
    const en = onlyChange((p) => (p["title"].en += " (revised)"));
    expect(en.text.vi).toBe("Tên (chỉ bản tiếng Anh): “Learning District criteria (pilot)” → “Learning District criteria (pilot) (revised)”");
  });

  it("a description or an indicator's note changed in one language says which", () => {
    expect(onlyChange((p) => (p["description"].vi += " (sửa)")).text).toEqual({ vi: "Mô tả thay đổi", en: "Description changed (Vietnamese only)" });
    expect(onlyChange((p) => (p["description"].en += " (revised)")).text).toEqual({ vi: "Mô tả thay đổi (chỉ bản tiếng Anh)", en: "Description changed" });
    expect(onlyChange((p) => (indicator(p, "2.1.1").note = { vi: "Ghi chú", en: "Note" })).text).toEqual({ vi: "Ghi chú của chỉ báo 2.1.1 thay đổi", en: "Note of indicator 2.1.1 changed" });
  });
});

describe("a report field's keywords in English words (bug 2)", () => {
  it.each<[string, (p: Doc) => void, string, string]>([
    ["the decimals", (p) => (field(p, "2.1.1", "percent")["x-decimals"] = 4), "số chữ số thập phân: 12 → 4", "decimal places: 12 → 4"],
    ["a maximum length", (p) => (p["reportSchema"].$defs.note.maxLength = 10), "độ dài tối đa: 4.000 → 10 ký tự", "maximum length: 4,000 → 10 characters"],
    ["a maximum length of one", (p) => (p["reportSchema"].$defs.note.maxLength = 1), "độ dài tối đa: 4.000 → 1 ký tự", "maximum length: 4,000 → 1 character"],
    ["a minimum length", (p) => (p["reportSchema"].properties.district.minLength = 2), "độ dài tối thiểu: 1 → 2 ký tự", "minimum length: 1 → 2 characters"],
    ["a number of items", (p) => (p["reportSchema"].$defs.evidencedBlock.properties.evidence.maxItems = 1210), "số mục tối đa: 200 → 1.210 mục", "maximum number of items: 200 → 1,210 items"],
    ["a minimum number of items", (p) => (p["reportSchema"].$defs.evidencedBlock.properties.evidence.minItems = 1), "số mục tối thiểu: — → 1 mục", "minimum number of items: — → 1 item"],
    ["a unit", (p) => (field(p, "2.1.1", "percent")["x-unit"] = "number"), "đơn vị: phần trăm → số", "unit: percent → number"],
    [
      "the allowed values",
      (p) => p["reportSchema"].$defs.selfAssessment.enum.push("partly"),
      "giá trị cho phép: “met”, “not_met” → “met”, “not_met”, “partly”",
      "allowed values: “met”, “not_met” → “met”, “not_met”, “partly”",
    ],
    ["the groups of fields one of which is needed", (p) => (p["reportSchema"].$defs.evidenceItem.anyOf = [{ required: ["ref"] }]), "các nhóm trường thay thế nhau", "alternative groups of fields"],
    ["a minimum", (p) => (field(p, "2.1.1", "percent")["minimum"] = 1), "giá trị nhỏ nhất: 0 → 1", "minimum: 0 → 1"],
  ])("%s", (_name, change, vi, en) => {
    const [first] = diffOf(change).changes;
    expect(first?.kind).toBe("report_field_changed");
    expect(first?.text.vi).toMatch(new RegExp(` thay đổi: ${literal(vi)}$`));
    expect(first?.text.en).toMatch(new RegExp(` changed: ${literal(en)}$`));
  });
});

describe("the parts of a changed method, in words in both languages (bug 3)", () => {
  it.each<[string, (m: Doc) => void, string, string]>([
    ["the formula", (m) => (m["value"] = { "*": [{ "/": [{ "+": [{ var: "good" }, { var: "fair" }] }, { var: "total" }] }, 100] }), "công thức", "formula"],
    ["the condition", (m) => (m["applicable"] = { ">": [{ var: "total" }, 0] }), "điều kiện áp dụng", "condition"],
    ["the figures it needs", (m) => (m["requires"] = ["good", "total", "fair"]), "các số liệu cần có", "required figures"],
    ["the description", (m) => (m["describe"] = { vi: "{value} khác", en: "{value} other" }), "lời mô tả giá trị", "description"],
    ["the explanation when it does not apply", (m) => (m["notApplicable"] = { vi: "không áp dụng", en: "does not apply" }), "lời giải thích khi không áp dụng", "explanation when not applicable"],
    ["the description of a fall", (m) => (m["describeNegative"] = { vi: "giảm {value}", en: "fell by {value}" }), "lời mô tả giá trị âm", "description of a negative value"],
  ])("%s", (_name, change, vi, en) => {
    const c = onlyChange((p) => change(indicator(p, "2.1.1").rule.measures[0] as unknown as Doc));
    expect(c.text).toEqual({ vi: `Quy tắc của chỉ báo 2.1.1 thay đổi: cách tính “counts” thay đổi (${vi})`, en: `Rule of indicator 2.1.1 changed: method “counts” changed (${en})` });
  });

  it("several parts are listed in the same order in both languages", () => {
    const c = onlyChange((p) => {
      const m = indicator(p, "2.1.1").rule.measures[0] as unknown as Doc;
      m["applicable"] = { ">": [{ var: "total" }, 0] };
      m["describe"] = { vi: "{value} khác", en: "{value} other" };
    });
    expect(c.text.vi).toMatch(/\(điều kiện áp dụng, lời mô tả giá trị\)$/);
    expect(c.text.en).toMatch(/\(condition, description\)$/);
  });
});

describe("no English text of a diff leaks a key name, nor shows “X → X” (bug 4)", () => {
  const RAW = /\b(x-[a-z]+|maxLength|minLength|maxItems|minItems|enum|anyOf|exclusiveM\w+|multipleOf|notApplicable|describeNegative|requires|additionalProperties|percentagePoints)\b|\((value|applicable|describe)\b/;
  const cases: [string, (p: Doc) => void][] = [
    ["threshold value", (p) => (p["thresholds"].minShareLearningUnits.value = 71)],
    ["threshold in points", (p) => (p["thresholds"].minPovertyRateFall.value = 2)],
    ["threshold unit", (p) => {
      p["thresholds"].minShareLearningUnits = { ...p["thresholds"].minShareLearningUnits, value: 0.8, unit: "number" };
      indicator(p, "2.1.1").rule.unit = "number";
    }],
    ["threshold labels", (p) => (p["thresholds"].minShareLearningUnits.label.vi += " (sửa)")],
    ["rule unit in points", (p) => {
      p["thresholds"].maxShareAffectedPupils.unit = "percentagePoints";
      indicator(p, "3.2.2").rule.unit = "percentagePoints";
    }],
    ["compare", (p) => (indicator(p, "2.1.1").rule.compare = ">")],
    ["decimals", (p) => (indicator(p, "2.1.1").rule.decimals = 1)],
    ["measure added", (p) => indicator(p, "2.1.1").rule.measures.push({ id: "good", requires: ["good", "total"], value: { var: "good" } })],
    ["measure removed", (p) => indicator(p, "2.1.1").rule.measures.pop()],
    ["measure order", (p) => indicator(p, "2.1.1").rule.measures.reverse()],
    ["measure parts", (p) => Object.assign(indicator(p, "2.1.1").rule.measures[0] as object, { applicable: { ">": [{ var: "total" }, 0] }, notApplicable: { vi: "a", en: "b" } })],
    ["constraints", (p) => indicator(p, "2.1.1").rule.constraints?.pop()],
    ["requirement", (p) => (indicator(p, "2.1.1").rule.requirement = { vi: "cần {threshold}", en: "needs {threshold}" })],
    ["indicator text", (p) => (indicator(p, "2.1.1").text.vi += " (sửa)")],
    ["criterion title", (p) => (p["standards"][0].criteria[0].title.vi += " (sửa)")],
    ["field label", (p) => (field(p, "2.1.1", "percent")["x-label"].vi = "mới")],
    ["field keywords", (p) => Object.assign(field(p, "2.1.1", "percent"), { "x-decimals": 4, "x-unit": "number", minimum: 1, maximum: 99 })],
    ["field type", (p) => Object.assign(field(p, "2.1.1", "total"), { type: "number", "x-decimals": 0 })],
    ["field format", (p) => (p["reportSchema"].properties.district.format = "date")],
    ["field lengths and items", (p) => {
      p["reportSchema"].$defs.note.maxLength = 10;
      p["reportSchema"].$defs.evidencedBlock.properties.evidence.minItems = 1;
    }],
    ["enum and anyOf", (p) => {
      p["reportSchema"].$defs.selfAssessment.enum.push("partly");
      p["reportSchema"].$defs.evidenceItem.anyOf = [{ required: ["ref"] }];
    }],
    ["required", (p) => p["reportSchema"].required.push("report")],
    ["field added and removed", (p) => {
      p["reportSchema"].properties.extra = { type: "string", maxLength: 10, "x-label": { vi: "thêm", en: "extra" } };
      delete p["reportSchema"].properties.report;
    }],
    ["conclusion", (p) => (p["conclusion"] = { method: "allIndicators", notApplicable: "fail" })],
    ["dates", (p) => delete p["effectiveTo"]],
    ["legal basis", (p) => p["legalBasis"].push({ ref: "MOI/2024", date: "2024-01-01", title: { vi: "Văn bản mới", en: "New act" } })],
    ["title", (p) => (p["title"].vi += " (sửa)")],
    ["indicator removed", (p) => {
      const criterion = p["standards"][2].criteria[1];
      criterion.indicators = criterion.indicators.filter((i: Indicator) => i.id !== "3.2.3");
      delete p["reportSchema"].properties.indicators.properties["3.2.3"];
      delete p["thresholds"].minShareWomenInManagement;
    }],
  ];

  it.each(cases)("%s", (_name, change) => {
    const diff = diffOf(change);
    const all: PackChange<string>[] = [...diff.header, ...diff.changes];
    expect(all.length).toBeGreaterThan(0);
    for (const c of all) {
      expect(c.text.en.replace(/“[^”]*”/g, "“”"), c.text.en).not.toMatch(RAW);
      expect(c.text.vi.replace(/“[^”]*”/g, "“”"), c.text.vi).not.toMatch(RAW);
      expect(noOps(c.text.en), c.text.en).toEqual([]);
      expect(noOps(c.text.vi), c.text.vi).toEqual([]);
    }
  });

  it("a rule's rounding left out is its default, 12 places: no change when it was 12", () => {
    expect(diffOf((p) => delete indicator(p, "2.1.1").rule.decimals).changes).toEqual([]);
    const c = onlyChange((p) => delete indicator(p, "3.1.1").rule.decimals);
    expect(c.text).toEqual({ vi: "Quy tắc của chỉ báo 3.1.1 thay đổi: làm tròn 2 → 12 chữ số thập phân", en: "Rule of indicator 3.1.1 changed: rounding 2 → 12 decimal places" });
  });

  it("units the diff words itself are singular for one", () => {
    const c = onlyChange((p) => (indicator(p, "3.1.1").rule.decimals = 1));
    expect(c.text.en).toBe("Rule of indicator 3.1.1 changed: rounding 2 → 1 decimal place");
  });
});

/** A text as a regular expression that matches it literally. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
