import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { digestOf, evaluate, isHuyenHocTapError, listPacks, loadPack, parseJson } from "../../src/index.js";
import type { Issue, RulePack } from "../../src/index.js";
import { PACK_LIMITS } from "../../src/pack/check-limits.js";
import { readJson, refusal, repoPath, thapMuoi } from "../helpers.js";

const packText = readFileSync(repoPath("rules/huyen-hoc-tap/2021.json"), "utf8");
const pilot = (): RulePack & Record<string, unknown> => JSON.parse(packText) as RulePack & Record<string, unknown>;

function packIssues(pack: unknown): Issue[] {
  try {
    loadPack(pack as object);
  } catch (error) {
    if (isHuyenHocTapError(error) && error.code === "PACK_INVALID") return error.issues;
    throw error;
  }
  return [];
}

describe("the bundled pilot pack", () => {
  it("passes every check loadPack makes (the runtime trusts it)", () => {
    const pack = loadPack(packText);
    expect(pack.id).toBe("huyen-hoc-tap");
    expect(pack.standards).toHaveLength(3);
    expect(pack.standards.flatMap((s) => s.criteria)).toHaveLength(6);
    expect(pack.standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators))).toHaveLength(16);
    expect(Object.isFrozen(pack) && Object.isFrozen(pack.thresholds)).toBe(true);
  });

  it("has the same digest loaded from text, from an object and as bundled", () => {
    const digest = listPacks()[0]?.digest;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(digestOf(loadPack(packText))).toBe(digest);
    expect(evaluate(thapMuoi(), { pack: pilot() }).pack.digest).toBe(digest);
    expect(listPacks()[0]).toMatchObject({ version: "2021.1.0", effectiveFrom: "2021-11-12", effectiveTo: "2024-02-11", years: "2021–2023" });
  });

  it("names every threshold with a label and a plain number", () => {
    const thresholds = pilot().thresholds;
    const values = Object.values(thresholds).map((t) => t.value).sort((a, b) => a - b);
    expect(values).toEqual([0.05, 1.5, 50, 70, 70, 70, 70, 70, 90, 100]);
    for (const t of Object.values(thresholds)) expect(t.label.vi && t.label.en).toBeTruthy();
  });

  it("a ministry changes a threshold by editing one number", () => {
    const pack = pilot();
    (pack.thresholds["minPovertyRateFall"] as { value: number }).value = 0.4;
    const result = evaluate(thapMuoi(), { pack });
    expect(result.indicators.find((i) => i.id === "3.1.1")?.verdict).toBe("met");
    expect(result.verdict).toBe("insufficient_data");
    expect(result.pack.digest).not.toBe(listPacks()[0]?.digest);
  });
});

describe("packs that do not fit are refused with located errors", () => {
  const mutate = (f: (p: Record<string, any>) => void): unknown => {
    const p = pilot() as Record<string, any>;
    f(p);
    return p;
  };
  const firstIndicator = (p: Record<string, any>): Record<string, any> => p["standards"][0].criteria[0].indicators[0];
  const shareIndicator = (p: Record<string, any>): Record<string, any> => p["standards"][1].criteria[0].indicators[0];
  it.each([
    ["missing version", mutate((p) => delete p["version"]), "/version", "MISSING_FIELD"],
    ["unknown top-level key", mutate((p) => (p["extra"] = 1)), "/extra", "UNKNOWN_FIELD"],
    ["threshold not a number", mutate((p) => (p["thresholds"].minShareLearningUnits.value = "70")), "/thresholds/minShareLearningUnits/value", "SCHEMA_VIOLATION"],
    ["forbidden operator", mutate((p) => (shareIndicator(p)["rule"].measures[0].value = { log: 1 })), "/standards/1/criteria/0/indicators/0/rule/measures/0/value/log", "FORBIDDEN_OPERATOR"],
    ["unknown variable", mutate((p) => (shareIndicator(p)["rule"].measures[0].value = { var: "nope" })), "/standards/1/criteria/0/indicators/0/rule/measures/0/value/var", "UNKNOWN_VARIABLE"],
    ["computed variable path", mutate((p) => (shareIndicator(p)["rule"].measures[0].value = { var: { cat: ["to", "tal"] } })), "/standards/1/criteria/0/indicators/0/rule/measures/0/value/var", "INVALID_VAR_PATH"],
    ["prototype path", mutate((p) => (shareIndicator(p)["rule"].measures[0].value = { var: "constructor" })), "/standards/1/criteria/0/indicators/0/rule/measures/0/value/var", "UNKNOWN_VARIABLE"],
    ["unknown threshold", mutate((p) => (shareIndicator(p)["rule"].threshold = "nope")), "/standards/1/criteria/0/indicators/0/rule/threshold", "UNKNOWN_THRESHOLD"],
    ["unused threshold", mutate((p) => (p["thresholds"].spare = { value: 1, unit: "percent", label: { vi: "a", en: "b" } })), "/thresholds/spare", "UNUSED_THRESHOLD"],
    ["duplicate indicator id", mutate((p) => (p["standards"][0].criteria[0].indicators[1].id = "1.1.1")), "/standards/0/criteria/0/indicators/1/id", "DUPLICATE_ID"],
    ["text without en", mutate((p) => delete firstIndicator(p)["text"].en), "/standards/0/criteria/0/indicators/0/text/en", "MISSING_FIELD"],
    ["required field not in the block", mutate((p) => (shareIndicator(p)["rule"].measures[0].requires = ["total", "excellent"])), "/standards/1/criteria/0/indicators/0/rule/measures/0/requires/1", "UNKNOWN_VARIABLE"],
    ["unknown legal basis", mutate((p) => (firstIndicator(p)["legalBasis"] = "1/2099")), "/standards/0/criteria/0/indicators/0/legalBasis", "UNKNOWN_LEGAL_BASIS"],
    ["end before start", mutate((p) => (p["effectiveTo"] = "2020-01-01")), "/effectiveTo", "INVALID_DATE_RANGE"],
    ["field without label", mutate((p) => delete p["reportSchema"].properties.indicators.properties["2.1.1"].properties.total["x-label"]), "/reportSchema/properties/indicators/properties/2.1.1/properties/total", "MISSING_LABEL"],
    ["district not required (every document is headed by it)", mutate((p) => (p["reportSchema"].required = ["province", "year", "indicators"])), "/reportSchema/required", "CORE_FIELD"],
    ["district declared as a number", mutate((p) => (p["reportSchema"].properties.district = { type: "integer", minimum: 0, "x-label": { vi: "a", en: "b" } })), "/reportSchema/properties/district", "CORE_FIELD"],
    ["no year (the pack is selected by it)", mutate((p) => { delete p["reportSchema"].properties.year; p["reportSchema"].required = ["district", "province", "indicators"]; }), "/reportSchema/properties/year", "MISSING_FIELD"],
    ["a report date that is not a date", mutate((p) => (p["reportSchema"].properties.report.properties.date = { type: "integer", minimum: 0, "x-label": { vi: "a", en: "b" } })), "/reportSchema/properties/report/properties/date", "CORE_FIELD"],
    ["a block that leaves out additionalProperties (a misspelt field would be ignored)", mutate((p) => delete p["reportSchema"].properties.indicators.properties["2.1.1"].additionalProperties), "/reportSchema/properties/indicators/properties/2.1.1", "OPEN_OBJECT"],
    ["the report itself without additionalProperties", mutate((p) => delete p["reportSchema"].additionalProperties), "/reportSchema", "OPEN_OBJECT"],
    ["a shared definition without additionalProperties: located where it is written", mutate((p) => delete p["reportSchema"].$defs.evidenceItem.additionalProperties), "/reportSchema/$defs/evidenceItem", "OPEN_OBJECT"],
    ["a field without type or enum (text or a list would count as a figure)", mutate((p) => delete p["reportSchema"].properties.indicators.properties["2.1.1"].properties.total.type), "/reportSchema/properties/indicators/properties/2.1.1/properties/total", "UNTYPED_FIELD"],
    ["a report that is not an object", mutate((p) => (p["reportSchema"].type = "array")), "/reportSchema/type", "SCHEMA_VIOLATION"],
    ["a blank noun for the unit assessed", mutate((p) => (p["assessedUnit"] = { name: { vi: "\u200b", en: "commune" }, plural: { vi: "xã", en: "communes" } })), "/assessedUnit/name/vi", "SCHEMA_VIOLATION"],
    ["decimal field without decimals", mutate((p) => delete p["reportSchema"].properties.indicators.properties["3.1.1"].properties.previousRate["x-decimals"]), "/reportSchema/properties/indicators/properties/3.1.1/properties/previousRate", "MISSING_DECIMALS"],
    ["comparison with one argument (its threshold forgotten)", mutate((p) => (shareIndicator(p)["rule"].measures[0].value = { ">=": [{ var: "total" }] })), "/standards/1/criteria/0/indicators/0/rule/measures/0/value/>=", "TOO_FEW_ARGUMENTS"],
    ["division by nothing", mutate((p) => (shareIndicator(p)["rule"].measures[0].value = { "/": [{ var: "total" }] })), "/standards/1/criteria/0/indicators/0/rule/measures/0/value/~1", "TOO_FEW_ARGUMENTS"],
    ["a comparison with a third argument it ignores (read as a chain a ≥ b ≥ 5)", mutate((p) => (shareIndicator(p)["rule"].measures[0].value = { ">=": [{ var: "total" }, 1, 5] })), "/standards/1/criteria/0/indicators/0/rule/measures/0/value/>=", "TOO_MANY_ARGUMENTS"],
    ["a between with a fourth argument", mutate((p) => (shareIndicator(p)["rule"].measures[0].value = { "<": [0, { var: "total" }, 1, 0.5] })), "/standards/1/criteria/0/indicators/0/rule/measures/0/value/<", "TOO_MANY_ARGUMENTS"],
    ["two operators in one object", mutate((p) => (shareIndicator(p)["rule"].measures[0].value = { ">=": [0, 1], x: 1 })), "/standards/1/criteria/0/indicators/0/rule/measures/0/value", "INVALID_OPERATOR_OBJECT"],
    ["indicator without a report block", mutate((p) => delete p["reportSchema"].properties.indicators.properties["2.1.1"]), "/standards/1/criteria/0/indicators/0/id", "INDICATOR_BLOCK_MISSING"],
    ["a field read but not required (a missing count would be read as 0)", mutate((p) => (shareIndicator(p)["rule"].measures[0].requires = ["total", "good"])), "/standards/1/criteria/0/indicators/0/rule/measures/0/value/~1/0/*/0/+/1/var", "VARIABLE_NOT_REQUIRED"],
    ["a constraint reading a field it does not require", mutate((p) => (shareIndicator(p)["rule"].constraints[0].requires = ["total", "good"])), "/standards/1/criteria/0/indicators/0/rule/constraints/0/check/<=/0/+/1/var", "VARIABLE_NOT_REQUIRED"],
    ["a report field named after a member of Object.prototype", mutate((p) => (p["reportSchema"].properties.indicators.properties["2.1.1"].properties.valueOf = { type: "integer", minimum: 0, "x-label": { vi: "a", en: "b" } })), "/reportSchema/properties/indicators/properties/2.1.1/properties/valueOf", "FORBIDDEN_KEY"],
    ["two methods of one rule with one id", mutate((p) => (shareIndicator(p)["rule"].measures[1].id = "counts")), "/standards/1/criteria/0/indicators/0/rule/measures/1/id", "DUPLICATE_ID"],
    ["a criterion id that is also an indicator id", mutate((p) => (p["standards"][1].criteria[0].id = "2.1.1")), "/standards/1/criteria/0/indicators/0/id", "DUPLICATE_ID"],
    ["a placeholder nothing fills in describe", mutate((p) => (shareIndicator(p)["rule"].measures[0].describe.en = "{nosuch} x {value}")), "/standards/1/criteria/0/indicators/0/rule/measures/0/describe/en", "UNKNOWN_PLACEHOLDER"],
    ["a placeholder nothing fills in a constraint's message", mutate((p) => (shareIndicator(p)["rule"].constraints[0].message.vi = "{goood} > {total}")), "/standards/1/criteria/0/indicators/0/rule/constraints/0/message/vi", "UNKNOWN_PLACEHOLDER"],
    ["a threshold read with a default (the engines would disagree)", mutate((p) => (shareIndicator(p)["rule"].measures[0].value = { ">=": [{ var: "total" }, { var: ["minShareLearningUnits", 0] }] })), "/standards/1/criteria/0/indicators/0/rule/measures/0/value/>=/1/var", "INVALID_VAR_PATH"],
    ["a threshold tested with missing", mutate((p) => (shareIndicator(p)["rule"].measures[0].applicable = { "!": [{ missing: ["minShareLearningUnits"] }] })), "/standards/1/criteria/0/indicators/0/rule/measures/0/applicable/!/0/missing", "INVALID_VAR_PATH"],
    ["a truthy rule naming a threshold (no verdict could depend on it)", mutate((p) => (firstIndicator(p)["rule"].threshold = "minShareLearningUnits")), "/standards/0/criteria/0/indicators/0/rule/threshold", "THRESHOLD_NOT_COMPARED"],
    ["{threshold} in a truthy rule's describe (nothing fills it)", mutate((p) => (firstIndicator(p)["rule"].measures[0].describe.vi = "{evidence} ngưỡng {threshold}")), "/standards/0/criteria/0/indicators/0/rule/measures/0/describe/vi", "UNKNOWN_PLACEHOLDER"],
    ["{threshold} in a truthy rule's requirement", mutate((p) => (firstIndicator(p)["rule"].requirement.en = "needs {threshold}")), "/standards/0/criteria/0/indicators/0/rule/requirement/en", "UNKNOWN_PLACEHOLDER"],
    ["a constraint on a field the block does not have (the path is the field's, not a list item's)", mutate((p) => (shareIndicator(p)["rule"].constraints[0].field = "nope")), "/standards/1/criteria/0/indicators/0/rule/constraints/0/field", "UNKNOWN_VARIABLE"],
    ["a placeholder repeated (a template bomb: 400 copies of the evidence list)", mutate((p) => (firstIndicator(p)["rule"].measures[0].describe.vi = "{evidence}".repeat(400))), "/standards/0/criteria/0/indicators/0/rule/measures/0/describe/vi", "PLACEHOLDER_REPEATED"],
    ["a placeholder in a measure's notApplicable text (nothing fills it)", mutate((p) => (p["standards"][1].criteria[1].indicators[2]["rule"].measures[0].notApplicable = { vi: "{total}", en: "none" })), "/standards/1/criteria/1/indicators/2/rule/measures/0/notApplicable/vi", "UNKNOWN_PLACEHOLDER"],
    ["a placeholder repeated in a constraint's message", mutate((p) => (shareIndicator(p)["rule"].constraints[0].message.en = "{good} > {total} ({good})")), "/standards/1/criteria/0/indicators/0/rule/constraints/0/message/en", "PLACEHOLDER_REPEATED"],
    ["a definition nothing uses, referring to itself", mutate((p) => (p["reportSchema"].$defs.loop = { $ref: "#/$defs/loop" })), "/reportSchema/$defs/loop", "REF_CYCLE"],
    ["a definition nothing uses, referring to nothing", mutate((p) => (p["reportSchema"].$defs.dangling = { $ref: "#/$defs/nothere" })), "/reportSchema/$defs/dangling/$ref", "UNRESOLVED_REF"],
    ["unresolved $ref", mutate((p) => (p["reportSchema"].properties.indicators.properties["1.1.1"] = { $ref: "#/$defs/nope" })), "/reportSchema/properties/indicators/properties/1.1.1/$ref", "UNRESOLVED_REF"],
  ])("%s", (_name, pack, path, code) => {
    const issues = packIssues(pack);
    const issue = issues.find((i) => i.path === path && i.code === code);
    expect(issue, JSON.stringify(issues.slice(0, 5))).toBeDefined();
    expect(issue?.message.vi).toBeTruthy();
    expect(issue?.message.en).toBeTruthy();
  });

  it("reports a repeated or unknown placeholder once per template, so that the other problems still show", () => {
    const issues = packIssues(mutate((p) => {
      firstIndicator(p)["rule"].measures[0].describe = { vi: "{evidence}".repeat(400), en: "{nope}".repeat(400) };
      shareIndicator(p)["rule"].threshold = "nope";
    }));
    expect(issues.filter((i) => i.code === "PLACEHOLDER_REPEATED").map((i) => i.path)).toEqual(["/standards/0/criteria/0/indicators/0/rule/measures/0/describe/vi"]);
    expect(issues.filter((i) => i.code === "UNKNOWN_PLACEHOLDER").map((i) => i.path)).toEqual(["/standards/0/criteria/0/indicators/0/rule/measures/0/describe/en"]);
    expect(issues.some((i) => i.code === "UNKNOWN_THRESHOLD")).toBe(true);
  });

  it("reports a problem of a shared definition once, where it is written, not at each block that uses it", () => {
    const issues = packIssues(mutate((p) => delete p["reportSchema"].$defs.selfAssessment["x-label"]));
    expect(issues.filter((i) => i.code === "MISSING_LABEL").map((i) => i.path)).toEqual(["/reportSchema/$defs/selfAssessment"]);
  });

  it("checks a field's label wherever it is a field, also when its definition is first met as a list's items", () => {
    const issues = packIssues(mutate((p) => {
      p["reportSchema"].$defs.thing = { type: "integer", minimum: 0 };
      const block = p["reportSchema"].properties.indicators.properties["2.1.1"];
      block.properties.list = { type: "array", items: { $ref: "#/$defs/thing" }, "x-label": { vi: "a", en: "b" } };
      block.properties.extra = { $ref: "#/$defs/thing" };
    }));
    expect(issues.filter((i) => i.code === "MISSING_LABEL").map((i) => i.path)).toEqual(["/reportSchema/$defs/thing"]);
  });

  it("refuses a pack whose report could lack a field the library reads, before any report crashes on it", () => {
    const issues = packIssues(mutate((p) => (p["reportSchema"].required = ["indicators"])));
    expect(issues.filter((i) => i.code === "CORE_FIELD").map((i) => i.params["field"])).toEqual(["district", "province", "year"]);
    const issue = issues[0];
    expect(issue?.message.vi).toBe("trường “district” của báo cáo là trường chính thư viện đọc (chọn bộ quy tắc theo năm, tiêu đề, ngày của minh chứng): phải khai báo kiểu string và có trong required");
    expect(issue?.message.en).toBe("report field “district” is one the library itself reads (the pack for the year, headings, the dates of evidence): it must be declared of type string and listed in required");
  });

  it("says that an unknown key of a pack is not part of the pack format (not of a report schema)", () => {
    const issue = packIssues(mutate((p) => (p["extra"] = 1))).find((i) => i.path === "/extra");
    expect(issue?.code).toBe("UNKNOWN_FIELD");
    expect(issue?.message.vi).toBe("trường “extra” không có trong định dạng bộ quy tắc");
    expect(issue?.message.en).toBe("field “extra” is not part of the rule pack format");
  });

  it("locates a key holding / or ~ by an escaped JSON pointer, and names the key itself (RFC 6901)", () => {
    const unknown = packIssues(mutate((p) => (p["a/b"] = 1))).find((i) => i.code === "UNKNOWN_FIELD");
    expect(unknown?.path).toBe("/a~1b");
    expect(unknown?.params).toEqual({ field: "a/b" });
    expect(unknown?.message.en).toBe("field “a/b” is not part of the rule pack format");
    const inTitle = packIssues(mutate((p) => ((p["title"] as Record<string, string>)["a~b"] = "z"))).find((i) => i.code === "UNKNOWN_FIELD");
    expect(inTitle?.path).toBe("/title/a~0b");
    expect(inTitle?.params).toEqual({ field: "a~b" });
    const threshold = packIssues(mutate((p) => (p.thresholds["a/b"] = { value: 1, unit: "percent", label: { vi: "x", en: "x" } } as never)));
    expect(threshold.map((i) => i.path)).toContain("/thresholds/a~1b");
    expect(threshold.some((i) => i.path.startsWith("/thresholds/a/"))).toBe(false);
    const schema = mutate((p) => {
      const block = (p.reportSchema as { properties: { indicators: { properties: Record<string, { properties: Record<string, unknown> }> } } }).properties.indicators.properties["3.1.1"];
      if (block) block.properties["x/y"] = { type: "number", minimum: 0 };
    });
    const paths = packIssues(schema).map((i) => `${i.code} ${i.path}`);
    expect(paths).toContain("MISSING_LABEL /reportSchema/properties/indicators/properties/3.1.1/properties/x~1y");
    expect(paths).toContain("MISSING_DECIMALS /reportSchema/properties/indicators/properties/3.1.1/properties/x~1y");
  });

  it("refuses a pack whose formatVersion is newer than the library understands, saying so", () => {
    try {
      loadPack({ ...pilot(), formatVersion: 2 });
      expect.unreachable();
    } catch (error) {
      expect(isHuyenHocTapError(error) && error.code).toBe("PACK_INVALID");
      expect(isHuyenHocTapError(error) && error.text.en).toMatch(/newer than this library understands/);
      expect(isHuyenHocTapError(error) && error.issues[0]?.path).toBe("/formatVersion");
    }
  });

  it("refuses text that is not JSON, or has duplicate keys", () => {
    expect(packIssues("{ not json")).toBeDefined();
    try {
      loadPack('{"id": "a", "id": "b"}');
      expect.unreachable();
    } catch (error) {
      expect(isHuyenHocTapError(error) && error.issues[0]).toMatchObject({ code: "DUPLICATE_KEY", path: "/id" });
    }
  });

  it("refuses a wrong expected digest, with an issue that says so (not a schema problem)", () => {
    const wrong = `sha256:${"1".repeat(64)}`;
    const actual = listPacks()[0]?.digest as string;
    const error = refusal(() => loadPack(packText, { expectedDigest: wrong }));
    expect(error.code).toBe("PACK_INVALID");
    const issue = error.issues[0];
    expect(issue).toMatchObject({ code: "DIGEST_MISMATCH", path: "", params: { expected: wrong, actual } });
    expect(issue?.message.vi).toContain("không phải");
    expect(issue?.message.en).toContain("not the expected");
    expect(loadPack(packText, { expectedDigest: actual }).id).toBe("huyen-hoc-tap");
  });

  it.each(["sha256:00", "garbage", `SHA256:${"a".repeat(64)}`, `sha256:${"A".repeat(64)}`])("refuses a malformed expected digest %s as a bad argument", (digest) => {
    expect(refusal(() => loadPack(packText, { expectedDigest: digest })).code).toBe("INVALID_ARGUMENT");
  });
});

describe("identity: canonical JSON digests", () => {
  it("do not change with whitespace, key order or Unicode composition", () => {
    const a = { b: "Tháp Mười", a: [1, 2.5, { y: null, x: true }] };
    const b = JSON.parse(`{ "a" : [1, 2.50, {"x": true, "y": null}],\n "b": "${"Tháp Mười".normalize("NFD")}" }`) as unknown;
    expect(digestOf(b)).toBe(digestOf(a));
    expect(digestOf({ ...a, b: "Thap Muoi" })).not.toBe(digestOf(a));
  });
  it("match RFC 8785 number and key rules", async () => {
    const { canonicalJson } = await import("../../src/index.js");
    expect(canonicalJson({ "€": 1, "\r": 2, "1": 3, a: 1e21, b: 0.000001, c: -0 })).toBe('{"\\r":2,"1":3,"a":1e+21,"b":0.000001,"c":0,"€":1}');
  });
});

describe("parseJson", () => {
  it("reports duplicate keys with their path and keeps __proto__ as plain data", () => {
    expect(parseJson('{"a": {"b": 1, "b": 2}}', PACK_LIMITS)).toMatchObject({ ok: false, issues: [{ code: "DUPLICATE_KEY", path: "/a/b" }] });
    const parsed = parseJson('{"__proto__": {"polluted": true}}', PACK_LIMITS);
    expect(parsed.ok && Object.keys(parsed.value as object)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
  it("agrees with JSON.parse on valid documents", () => {
    const text = readFileSync(repoPath("tests/fixtures/thap-muoi-2022.json"), "utf8");
    expect(parseJson(text, PACK_LIMITS)).toEqual({ ok: true, value: readJson("tests/fixtures/thap-muoi-2022.json") });
    for (const t of ["[]", "{}", '"x"', "1e3", "-0.5", "[1,[2,[3]]]", "null", " true "]) {
      expect(parseJson(t, PACK_LIMITS)).toEqual({ ok: true, value: JSON.parse(t) });
    }
  });
  it.each(["", "[1,]", '{"a":1,}', "{'a':1}", "[1 2]", "01", "NaN", '{"a"}', "[", '"\\x"', "1 2"])("refuses %j", (text) => {
    expect(parseJson(text, PACK_LIMITS)).toMatchObject({ ok: false, issues: [{ code: "INVALID_JSON" }] });
  });
  it.each([
    ['{"a" 1}', "expectedColon", 'expected \':\' (line 1, column 6)', "cần dấu “:” (dòng 1, cột 6)"],
    ["{1: 2}", "expectedKey", "expected a property name (line 1, column 2)", "cần tên trường (trong dấu ngoặc kép) (dòng 1, cột 2)"],
    ['{"a": 1\n\n', "endOfInput", "unexpected end of input (line 3, column 1)", "văn bản kết thúc giữa chừng (dòng 3, cột 1)"],
    ['{"a": 1 "b"', "expectedSeparator", "expected ',' or '}', found \"\\\"\" (line 1, column 9)", "cần dấu “,” hoặc “}”, nhưng gặp “\"” (dòng 1, cột 9)"],
    ["[1] x", "textAfterValue", "unexpected text after the JSON value (line 1, column 5)", "còn văn bản sau giá trị JSON (dòng 1, cột 5)"],
    ['"a\u0001"', "invalidString", "invalid string (line 1, column 1)", "chuỗi không hợp lệ (dòng 1, cột 1)"],
    ["\uFEFF{}", "unexpectedCharacter", 'unexpected character "U+FEFF" (line 1, column 1)', "ký tự không mong đợi “U+FEFF” (dòng 1, cột 1)"],
    ["{\"a\": đúng}", "unexpectedCharacter", 'unexpected character "đ" (line 1, column 7)', "ký tự không mong đợi “đ” (dòng 1, cột 7)"],
  ])("says what is wrong with %j in each language, and where", (text, problem, detail, vi) => {
    const parsed = parseJson(text, PACK_LIMITS);
    const issue = parsed.ok ? undefined : parsed.issues[0];
    expect(issue).toMatchObject({ code: "INVALID_JSON", path: "", params: { problem, detail } });
    expect(issue?.message).toEqual({ vi: `không phải JSON hợp lệ: ${vi}`, en: `not valid JSON: ${detail}` });
  });
  it("refuses nesting deeper than the limit without recursion", () => {
    const deep = "[".repeat(100000) + "]".repeat(100000);
    expect(parseJson(deep, PACK_LIMITS)).toMatchObject({ ok: false, issues: [{ code: "TOO_DEEP" }] });
  });
});
