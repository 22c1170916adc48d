import { describe, expect, it } from "vitest";
import { diffPacks, listPacks, loadPack } from "../../src/index.js";
import type { Indicator, Issue, PackChange, RulePack } from "../../src/index.js";
import { schemaProblemText } from "../../src/explain/schema-words.js";
import { refusal } from "../helpers.js";

/* The words people read about the pack schema: no JSON-Schema keyword or ajv English in the Vietnamese texts. */

type Doc = Record<string, any>;
const pilot = (): Doc => JSON.parse(JSON.stringify(listPacks()[0]?.pack)) as Doc;
const field = (p: Doc, id: string, name: string): Doc => p["reportSchema"].properties.indicators.properties[id].properties[name] as Doc;
const indicator = (p: Doc, id: string): Indicator =>
  (p as RulePack).standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators)).find((i) => i.id === id) as Indicator;
const ENGLISH = /\bmust\b|\b(type|minimum|maximum|maxLength|minLength|pattern|enum|const|items|characters|integer|number|object)\b/;
/** English words of JSON Schema or ajv, outside the quoted values a pack author writes. */
const english = (text: string): boolean => ENGLISH.test(text.replace(/“[^”]*”/g, ""));

/** The only issue of loading a pack changed by `change`. */
function onlyIssue(change: (p: Doc) => void): Issue {
  const p = pilot();
  change(p);
  const issues = refusal(() => loadPack(p)).issues ?? [];
  expect(issues).toHaveLength(1);
  return issues[0] as Issue;
}

describe("SCHEMA_VIOLATION messages of a pack", () => {
  it.each<[string, (p: Doc) => void, string, string, string]>([
    ["a threshold written as a string", (p) => (p["thresholds"].minShareLearningUnits.value = "70"), "/thresholds/minShareLearningUnits/value", "phải là số", "must be a number"],
    ["the conclusion not an object", (p) => (p["conclusion"] = 5), "/conclusion", "phải là đối tượng", "must be an object"],
    ["a description too long", (p) => (p["description"] = { vi: "x".repeat(4001), en: "y" }), "/description/vi", "không được dài quá 4.000 ký tự", "must be at most 4,000 characters long"],
    ["an empty title", (p) => (p["title"].vi = ""), "/title/vi", "phải dài ít nhất 1 ký tự", "must be at least 1 character long"],
    ["a date written day first", (p) => (p["effectiveFrom"] = "12/11/2021"), "/effectiveFrom", "phải là ngày dạng YYYY-MM-DD", "must be a date YYYY-MM-DD"],
    ["an id with a space", (p) => (p["id"] = "huyen hoc tap"), "/id", "không khớp mẫu “^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$”", "does not match the pattern “^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$”"],
    [
      "an unknown unit",
      (p) => (p["thresholds"].minShareLearningUnits.unit = "percentage"),
      "/thresholds/minShareLearningUnits/unit",
      "phải là một trong các giá trị: “percent”, “percentagePoints”, “count”, “number”, “boolean”",
      "must be one of: “percent”, “percentagePoints”, “count”, “number”, “boolean”",
    ],
    ["another conclusion method", (p) => (p["conclusion"].method = "majority"), "/conclusion/method", "phải đúng bằng “allIndicators”", "must be exactly “allIndicators”"],
    ["no legal basis", (p) => (p["legalBasis"] = []), "/legalBasis", "phải có ít nhất 1 mục", "must have at least 1 item"],
    ["too many decimals declared", (p) => (field(p, "3.2.2", "students")["x-decimals"] = 13), "/reportSchema/properties/indicators/properties/3.2.2/properties/students/x-decimals", "phải nhỏ hơn hoặc bằng 12", "must be at most 12"],
    ["a field required twice", (p) => (p["reportSchema"].properties.indicators.properties["3.2.2"].required = ["students", "students"]), "/reportSchema/properties/indicators/properties/3.2.2/required", "không được có mục trùng nhau (mục thứ 1 và thứ 2 giống hệt nhau)", "must not have duplicate items (items 1 and 2, counting from 1, are identical)"],
    ["an enum of 101 values", (p) => (field(p, "3.2.2", "students")["enum"] = Array.from({ length: 101 }, (_, i) => i)), "/reportSchema/properties/indicators/properties/3.2.2/properties/students/enum", "không được có quá 100 mục", "must have at most 100 items"],
  ])("%s", (_name, change, path, vi, en) => {
    const issue = onlyIssue(change);
    expect(issue).toMatchObject({ code: "SCHEMA_VIOLATION", path });
    expect(issue.message).toEqual({ vi: `không đúng lược đồ bộ quy tắc: ${vi}`, en: `does not fit the pack schema: ${en}` });
    expect(english(issue.message.vi)).toBe(false);
  });

  it("keeps the keyword, ajv's params and ajv's English detail in the params", () => {
    const issue = onlyIssue((p) => (p["description"] = { vi: "x".repeat(4001), en: "y" }));
    expect(issue.params).toEqual({ keyword: "maxLength", limit: 4000, detail: "maxLength: must NOT have more than 4000 characters" });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["exclusiveMinimum", { comparison: ">", limit: 0.5 }, "phải lớn hơn 0,5", "must be greater than 0.5"],
    ["exclusiveMaximum", { comparison: "<", limit: 1210 }, "phải nhỏ hơn 1.210", "must be less than 1,210"],
    ["minimum", { comparison: ">=", limit: 92.3 }, "phải lớn hơn hoặc bằng 92,3", "must be at least 92.3"],
    ["multipleOf", { multipleOf: 0.25 }, "phải là bội số của 0,25", "must be a multiple of 0.25"],
    ["type", { type: ["string", "boolean", "null"] }, "phải là chuỗi hoặc giá trị đúng/sai hoặc null", "must be a string or true or false or null"],
    ["type", { type: "integer" }, "phải là số nguyên", "must be an integer"],
    ["type", { type: "array" }, "phải là danh sách", "must be an array"],
    ["required", { missingProperty: "unit" }, "thiếu trường bắt buộc “unit”", "required field “unit” is missing"],
    ["additionalProperties", { additionalProperty: "extra" }, "trường “extra” không có trong định dạng bộ quy tắc", "field “extra” is not part of the rule pack format"],
    ["format", { format: "date" }, "không đúng định dạng ngày (YYYY-MM-DD)", "is not in the format date (YYYY-MM-DD)"],
    ["minProperties", { limit: 1 }, "phải có ít nhất 1 trường", "must have at least 1 field"],
    ["maxProperties", { limit: 1500 }, "không được có quá 1.500 trường", "must have at most 1,500 fields"],
    ["maxItems", { limit: 2 }, "không được có quá 2 mục", "must have at most 2 items"],
    ["oneOf", { passingSchemas: [0, 1] }, "phải khớp đúng một trong các dạng được phép", "must match exactly one of the allowed forms"],
    ["anyOf", {}, "không khớp dạng nào trong các dạng được phép", "matches none of the allowed forms"],
    ["not", {}, "không được có dạng bị cấm này", "must not have this forbidden form"],
    ["propertyNames", { propertyName: "" }, "tên trường “” không hợp lệ", "field name “” is not allowed"],
  ])("says %s %j in words", (keyword, params, vi, en) => {
    const p = { ...(params as Record<string, never>), keyword, detail: `${keyword}: ajv's English` };
    expect(schemaProblemText(p, "vi")).toBe(vi);
    expect(schemaProblemText(p, "en")).toBe(en);
    expect(english(schemaProblemText(p, "vi"))).toBe(false);
  });

  it("names at most ten allowed values, then how many more", () => {
    const p = { keyword: "enum", allowedValues: Array.from({ length: 1012 }, (_, i) => `v${i}`), detail: "enum: …" };
    expect(schemaProblemText(p, "vi")).toBe(`phải là một trong các giá trị: ${Array.from({ length: 10 }, (_, i) => `“v${i}”`).join(", ")} và 1.002 giá trị khác`);
    expect(schemaProblemText(p, "en")).toMatch(/“v9” and 1,002 more$/);
    expect(schemaProblemText({ keyword: "enum", allowedValues: [1.5, true, null], detail: "" }, "vi")).toBe("phải là một trong các giá trị: 1,5, true, null");
  });

  it("says an unknown keyword with ajv's English after a Vietnamese lead-in, and an issue without a keyword by its detail", () => {
    const p = { keyword: "if", failingKeyword: "then", detail: 'if: must match "then" schema' };
    expect(schemaProblemText(p, "vi")).toBe('không thỏa điều kiện “if” của lược đồ (must match "then" schema)');
    expect(schemaProblemText(p, "en")).toBe('if: must match "then" schema');
    expect(schemaProblemText({ detail: "digest sha256:a ≠ sha256:b" }, "vi")).toBe("digest sha256:a ≠ sha256:b");
  });
});

describe("diffPacks names schema keywords, types and units in Vietnamese", () => {
  const changeOf = (change: (p: Doc) => void, kind: string): PackChange<string> => {
    const after = pilot();
    change(after);
    const found = diffPacks(pilot() as RulePack, after as RulePack).changes.filter((c) => c.kind === kind);
    expect(found.length).toBeGreaterThan(0);
    return found[0] as PackChange<string>;
  };

  it.each<[string, (p: Doc) => void, string, string]>([
    ["a minimum", (p) => (field(p, "3.2.2", "students")["minimum"] = 5), "giá trị nhỏ nhất: 1 → 5", "minimum: 1 → 5"],
    ["a maximum, with separators", (p) => (field(p, "3.2.2", "students")["maximum"] = 1210.5), "giá trị lớn nhất: 1.000.000.000 → 1.210,5", "maximum: 1,000,000,000 → 1,210.5"],
    [
      "a type, and the decimals it needs",
      (p) => Object.assign(field(p, "3.2.2", "students"), { type: "number", "x-decimals": 0 }),
      "kiểu: số nguyên → số; số chữ số thập phân: — → 0",
      "type: integer → number; decimal places: — → 0",
    ],
    ["a unit", (p) => (field(p, "3.2.2", "students")["x-unit"] = "number"), "đơn vị: số đếm → số", "unit: count → number"],
    ["a year's bound, written as a year (not 2.100)", (p) => (p["reportSchema"].properties.year.maximum = 2050), "giá trị lớn nhất: 2100 → 2050", "maximum: 2100 → 2050"],
    ["a length", (p) => (p["reportSchema"].$defs.note.maxLength = 2000), "độ dài tối đa: 4.000 → 2.000 ký tự", "maximum length: 4,000 → 2,000 characters"],
    [
      "the allowed values",
      (p) => p["reportSchema"].$defs.selfAssessment.enum.push("partly"),
      "giá trị cho phép: “met”, “not_met” → “met”, “not_met”, “partly”",
      "allowed values: “met”, “not_met” → “met”, “not_met”, “partly”",
    ],
  ])("%s", (_name, change, vi, en) => {
    const { text } = changeOf(change, "report_field_changed");
    expect(text.vi).toMatch(new RegExp(`thay đổi: ${literal(vi)}$`));
    expect(text.en).toMatch(new RegExp(`changed: ${literal(en)}$`));
  });

  it("keeps the machine-readable values as they were", () => {
    const change = changeOf((p) => (field(p, "3.2.2", "students")["minimum"] = 5), "report_field_changed");
    expect(change).toMatchObject({ field: "/indicators/3.2.2/students", before: { minimum: 1, type: "integer" }, after: { minimum: 5, type: "integer" } });
  });

  it("a rule's unit in words", () => {
    const change = changeOf((p) => {
      p["thresholds"].maxShareAffectedPupils.unit = "percentagePoints";
      indicator(p, "3.2.2").rule.unit = "percentagePoints";
    }, "indicator_rule_changed");
    expect(change.text.vi).toBe("Quy tắc của chỉ báo 3.2.2 thay đổi: đơn vị phần trăm → điểm phần trăm");
    expect(change.text.en).toBe("Rule of indicator 3.2.2 changed: unit percent → percentage points");
    expect(change.after).toMatchObject({ unit: "percentagePoints" });
  });

  it("the parts of a changed method in words", () => {
    const change = changeOf((p) => {
      const measure = indicator(p, "3.2.3").rule.measures[0]!;
      measure.describe = { vi: "khác", en: "other" };
    }, "indicator_rule_changed");
    expect(change.text.vi).toMatch(/^Quy tắc của chỉ báo 3\.2\.3 thay đổi: cách tính “\w+” thay đổi \(lời mô tả giá trị\)$/);
    expect(change.text.en).toMatch(/^Rule of indicator 3\.2\.3 changed: method “\w+” changed \(description\)$/);
  });
});

/** A text as a regular expression that matches it literally. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
