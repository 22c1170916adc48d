/* One regression spec per wording bug found by the audit of rendered rules, traces and the appendix (audit 4). */
import { describe, expect, it } from "vitest";
import { evaluate, explainPack, loadPack, renderReport, renderTrace } from "../../src/index.js";
import type { EvaluationResult, IndicatorResult, Lang, Logic, Measure, RulePack } from "../../src/index.js";
import { renderLogic } from "../../src/explain/render-logic.js";
import type { LogicContext } from "../../src/explain/render-logic.js";
import { readJson, reportWith, thapMuoi } from "../helpers.js";

/** A fresh copy of the pilot pack, to change. */
const pilot = (): RulePack => {
  const pack = readJson<RulePack & { tests?: unknown }>("rules/huyen-hoc-tap/2021.json");
  delete pack.tests;
  return pack;
};

function measureOf(pack: RulePack, id: string): Measure {
  const indicator = pack.standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators)).find((i) => i.id === id);
  const measure = indicator?.rule.measures[0];
  if (measure === undefined) throw new Error(`no measure for ${id}`);
  return measure;
}

/** The pilot pack with indicator 3.1.1 (previousRate − currentRate ≥ 1,5 points) computed by `value`. */
function povertyPack(value: unknown): RulePack {
  const pack = pilot();
  measureOf(pack, "3.1.1").value = value as Logic;
  return loadPack(pack);
}

const prev = { var: "previousRate" };
const curr = { var: "currentRate" };
const fall = { "-": [prev, curr] };

function evaluated(pack: RulePack, previousRate: number, currentRate: number, trace = true): EvaluationResult {
  return evaluate(reportWith({ "3.1.1": { previousRate, currentRate } }), { pack, trace });
}
const poverty = (r: EvaluationResult): IndicatorResult => r.indicators.find((i) => i.id === "3.1.1") as IndicatorResult;
const lines = (r: EvaluationResult, pack: RulePack, lang: Lang = "vi"): string[] => renderTrace(poverty(r), { lang, pack }).map((l) => l.text);
/** The Kết quả tính / Computed cell of 3.1.1 in the Markdown appendix. */
function computedCell(r: EvaluationResult, pack: RulePack, lang: Lang = "vi"): string {
  const row = renderReport(r, { format: "markdown", lang, pack, trace: false }).split("\n").find((l) => l.includes(" | 3.1.1. "));
  return (row ?? "").split(" | ")[4] ?? "";
}
const sentence = (pack: RulePack, lang: Lang = "vi"): string => explainPack(pack, { indicator: "3.1.1", lang }).indicators[0]?.sentence ?? "";

describe("bug 1: the appendix's computation of an if rule shows only the branch taken", () => {
  const halved = povertyPack({ if: [{ ">": [curr, 5] }, { "*": [fall, 0.5] }, fall] });

  it("the then branch, with and without a trace, in both languages", () => {
    for (const trace of [true, false]) {
      const r = evaluated(halved, 9, 6, trace);
      expect(computedCell(r, halved)).toBe("(9 − 6) × 0,5 = 1,5 điểm phần trăm");
      expect(computedCell(r, halved, "en")).toBe("(9 − 6) × 0.5 = 1.5 percentage points");
      // A result read back from storage computes the same.
      expect(computedCell(JSON.parse(JSON.stringify(r)) as EvaluationResult, halved)).toBe("(9 − 6) × 0,5 = 1,5 điểm phần trăm");
    }
  });

  it("the else branch, and a literal branch (the value alone)", () => {
    expect(computedCell(evaluated(halved, 4, 2, false), halved)).toBe("4 − 2 = 2 điểm phần trăm");
    const zero = povertyPack({ if: [{ ">": [curr, 5] }, 0, fall] });
    expect(computedCell(evaluated(zero, 9, 6), zero)).toBe("0 điểm phần trăm");
    const nested = povertyPack({ "+": [{ if: [{ ">": [curr, 5] }, { if: [{ ">": [prev, 8] }, { "*": [fall, 0.5] }, fall] }, 0] }, 1] });
    expect(computedCell(evaluated(nested, 9, 6, false), nested, "en")).toBe("(9 − 6) × 0.5 + 1 = 2.5 percentage points");
    for (const lang of ["vi", "en"] as const) expect(computedCell(evaluated(nested, 9, 6), nested, lang)).not.toMatch(/nếu|còn lại|if |otherwise/);
  });

  it("a chain of conditions: the branch of the condition that held, or the last one", () => {
    const chain = povertyPack({ if: [{ ">": [curr, 5] }, { "*": [fall, 0.5] }, { ">": [prev, 8] }, { "*": [fall, 2] }, fall] });
    for (const trace of [true, false]) {
      expect(computedCell(evaluated(chain, 9, 6, trace), chain)).toBe("(9 − 6) × 0,5 = 1,5 điểm phần trăm");
      expect(computedCell(evaluated(chain, 9, 2, trace), chain)).toBe("(9 − 2) × 2 = 14 điểm phần trăm");
      expect(computedCell(evaluated(chain, 4, 2, trace), chain)).toBe("4 − 2 = 2 điểm phần trăm");
    }
  });
});

describe("bug 2: ! and !! read as JsonLogic's truthiness, not as 'given'", () => {
  const zeroGuard = povertyPack({ if: [{ "!": [curr] }, 0, fall] });

  it("! of a number field: '… bằng 0 hoặc không có' / '… is 0 or not given'", () => {
    expect(sentence(zeroGuard)).toContain("nếu tỷ lệ hộ nghèo năm đánh giá (%) bằng 0 hoặc không có thì 0");
    expect(sentence(zeroGuard, "en")).toContain("if poverty rate in the assessment year (%) is 0 or not given then 0");
    const r = evaluated(zeroGuard, 3.5, 0);
    expect(lines(r, zeroGuard)).toContain("tỷ lệ hộ nghèo năm đánh giá (%) bằng 0 hoặc không có (0) → đúng");
    expect(lines(r, zeroGuard, "en")).toContain("poverty rate in the assessment year (%) is 0 or not given (0) → true");
    expect(lines(r, zeroGuard).join("\n")).not.toMatch(/không có currentRate|không phải 0/);
  });

  it("!! of a number field, and a list field keeps its list reading", () => {
    const nonZero = povertyPack({ if: [{ "!!": [curr] }, fall, 0] });
    expect(sentence(nonZero)).toContain("nếu tỷ lệ hộ nghèo năm đánh giá (%) có và khác 0 thì");
    expect(sentence(nonZero, "en")).toContain("if poverty rate in the assessment year (%) is given and not 0 then");
    const ctx = (lang: Lang): LogicContext => ({ lang, variable: (n) => n, isList: (n) => n === "evidence" });
    expect(renderLogic({ "!": [{ var: "evidence" }] }, ctx("vi"))).toBe("không có evidence nào");
    expect(renderLogic({ "!!": [{ var: "evidence" }] }, ctx("en"))).toBe("the list of evidence has at least one item");
  });

  it.each<[string, Logic, string, string]>([
    ["a text", { "!": [{ var: "name" }] }, "name trống hoặc không có", "name is empty or not given"],
    ["a true/false", { "!": [{ var: "flag" }] }, "flag sai hoặc không có", "flag is false or not given"],
    ["a value of unknown kind", { "!": [{ var: "other" }] }, "other không có, bằng 0, trống hoặc sai", "other is not given, 0, empty or false"],
    ["a computed number", { "!": [{ "-": [{ var: "a" }, { var: "b" }] }] }, "a − b bằng 0 hoặc không tính được", "a − b is 0 or cannot be computed"],
    ["!! of a true/false", { "!!": [{ var: "flag" }] }, "flag là đúng", "flag is true"],
    ["! of !", { "!": [{ "!": [{ var: "a" }] }] }, "a có và khác 0", "a is given and not 0"],
  ])("%s", (_, logic, vi, en) => {
    const kinds: Record<string, "text" | "boolean" | "number"> = { name: "text", flag: "boolean", a: "number" };
    const ctx = (lang: Lang): LogicContext => ({ lang, variable: (n) => n, kind: (n) => kinds[n] });
    expect(renderLogic(logic, ctx("vi"))).toBe(vi);
    expect(renderLogic(logic, ctx("en"))).toBe(en);
  });
});

describe("bug 3: missing and missing_some read as conditions, with the fields named", () => {
  const guarded = povertyPack({ if: [{ missing: ["previousRate"] }, 0, fall] });

  it("in the rule: 'nếu thiếu … thì 0' / 'if … is missing then 0'", () => {
    expect(sentence(guarded)).toContain("nếu thiếu tỷ lệ hộ nghèo năm trước (%) thì 0, còn lại");
    expect(sentence(guarded, "en")).toContain("if poverty rate in the previous year (%) is missing then 0, otherwise");
  });

  it("in the trace: the names stay names, never figures nor 'no value'", () => {
    const r = evaluated(guarded, 1.83, 1.39);
    expect(lines(r, guarded)).toContain("thiếu tỷ lệ hộ nghèo năm trước (%) → sai");
    expect(lines(r, guarded, "en")).toContain("poverty rate in the previous year (%) is missing → false");
    expect(lines(r, guarded).join("\n")).not.toMatch(/các trường còn thiếu|\(1,83\)|mục/);
  });

  it("several fields, a field not read by var, and missing_some", () => {
    const some = povertyPack({ if: [{ missing_some: [2, ["previousRate", "currentRate", "note"]] }, 0, fall] });
    expect(sentence(some)).toContain("nếu có ít hơn 2 trong số (tỷ lệ hộ nghèo năm trước (%); tỷ lệ hộ nghèo năm đánh giá (%); ");
    expect(sentence(some, "en")).toContain("if fewer than 2 of (poverty rate in the previous year (%), poverty rate in the assessment year (%), ");
    const r = evaluated(some, 1.83, 1.39);
    const trace = lines(r, some);
    expect(trace.find((l) => l.startsWith("có ít hơn 2 trong số"))).toMatch(/\) được nêu → sai$/);
    expect(trace.join("\n")).not.toMatch(/không có giá trị|1,83;|note/);
    const all = povertyPack({ if: [{ missing: ["previousRate", "currentRate"] }, 0, fall] });
    expect(sentence(all)).toContain("nếu thiếu ít nhất một trong (tỷ lệ hộ nghèo năm trước (%); tỷ lệ hộ nghèo năm đánh giá (%)) thì 0");
    expect(lines(evaluated(all, 1.83, 1.39), all, "en")).toContain("at least one of (poverty rate in the previous year (%), poverty rate in the assessment year (%)) is missing → false");
  });

  it("! of missing says every field is given; the appendix's computation never lists figures for names", () => {
    const ok = povertyPack({ if: [{ "!": [{ missing: ["previousRate"] }] }, fall, 0] });
    expect(sentence(ok)).toContain("nếu có tỷ lệ hộ nghèo năm trước (%) thì");
    expect(lines(evaluated(ok, 1.83, 1.39), ok)).toContain("có tỷ lệ hộ nghèo năm trước (%) → đúng");
    const flag = pilot();
    const m = measureOf(flag, "3.1.1");
    m.value = { "*": [fall, { if: [{ missing: ["note"] }, 1, 2] }] };
    const loaded = loadPack(flag);
    expect(computedCell(evaluated(loaded, 1.83, 1.39), loaded)).toBe("(1,83 − 1,39) × 1 = 0,44 điểm phần trăm");
  });
});

describe("bug 4: readings in words name fields by their labels, not their code names", () => {
  const traced = evaluate(thapMuoi(), { trace: true });
  const evidence = traced.indicators.find((i) => i.id === "1.1.1") as IndicatorResult;

  it("a list in a trace: 'có ít nhất một văn bản, minh chứng (8 mục)'", () => {
    expect(renderTrace(evidence).map((l) => l.text)).toEqual(["evidence = 8 mục (văn bản, minh chứng)", "có ít nhất một văn bản, minh chứng (8 mục) → đúng"]);
    expect(renderTrace(evidence, { lang: "en" }).map((l) => l.text)[1]).toBe("the list of documents and evidence has at least one item (8 items) → true");
  });

  it("a relabelled list field in a trace uses the pack's label", () => {
    const pack = pilot();
    const defs = (pack.reportSchema as { $defs: { evidencedBlock: { properties: { evidence: { "x-label": { vi: string; en: string } } } } } }).$defs;
    defs.evidencedBlock.properties.evidence["x-label"] = { vi: "hồ sơ minh chứng", en: "supporting files" };
    const loaded = loadPack(pack);
    const r = evaluate(thapMuoi(), { trace: true, pack: loaded }).indicators.find((i) => i.id === "1.1.1") as IndicatorResult;
    expect(renderTrace(r, { pack: loaded }).map((l) => l.text)[1]).toBe("có ít nhất một hồ sơ minh chứng (8 mục) → đúng");
  });

  it("a named threshold a rule reads shows with its label", () => {
    const pack = povertyPack({ "-": [fall, { var: "minPovertyRateFall" }] });
    const r = evaluated(pack, 3.83, 1.39);
    expect(lines(r, pack)).toContain("minPovertyRateFall = 1,5 (Mức giảm tối thiểu tỷ lệ hộ nghèo đa chiều so với năm trước)");
  });

  it("a rendering context with labels uses them in words and names in formulas", () => {
    const labels: Record<string, string> = { evidence: "văn bản, minh chứng", total: "tổng số" };
    const ctx: LogicContext = { lang: "vi", variable: (n) => n, label: (n) => labels[n], isList: (n) => n === "evidence" };
    expect(renderLogic({ and: [{ "!!": [{ var: "evidence" }] }, { ">": [{ var: "total" }, 0] }] }, ctx)).toBe("có ít nhất một văn bản, minh chứng và total > 0");
  });
});

describe("with figures, a `!` inside a formula keeps its negation", () => {
  it("the appendix's computed column of `!evidence and true` says “not 8 items”, not “8 items”", async () => {
    const { evaluate, loadPack, renderReport } = await import("../../src/index.js");
    const { readJson, thapMuoi } = await import("../helpers.js");
    const pack = readJson<Record<string, any>>("rules/huyen-hoc-tap/2021.json");
    pack["standards"][0].criteria[0].indicators[0].rule.measures[0].value = { and: [{ "!": [{ var: "evidence" }] }, true] };
    const loaded = loadPack(pack);
    const result = evaluate(thapMuoi(), { pack: loaded });
    const markdown = renderReport(result, { pack: loaded, format: "markdown", lang: "en" });
    const row = markdown.split("\n").find((line) => line.includes("1.1.1")) ?? "";
    expect(row).toContain("not 8 items and true");
    expect(row).not.toMatch(/\| 8 items and true/);
  });
});

describe("an `if` whose condition is a bare value reads as the test JsonLogic makes", () => {
  it("“if the rate is given and not 0 then …”, not “if the rate then …”", () => {
    const bare = povertyPack({ if: [curr, fall, 0] });
    expect(sentence(bare)).toContain("nếu tỷ lệ hộ nghèo năm đánh giá (%) có và khác 0 thì");
    expect(sentence(bare, "en")).toContain("if poverty rate in the assessment year (%) is given and not 0 then");
  });
});

describe("a double negation at the top of a step keeps the step's own wording", () => {
  it("`!(!!x)` with x = 0 reads “… bằng 0 hoặc không có (0) → đúng”, not “(không phải 0)”", () => {
    const doubled = povertyPack({ if: [{ "!": [{ "!!": [curr] }] }, 0, fall] });
    const r = evaluated(doubled, 3.5, 0);
    expect(lines(r, doubled)).toContain("tỷ lệ hộ nghèo năm đánh giá (%) bằng 0 hoặc không có (0) → đúng");
    expect(lines(r, doubled, "en")).toContain("poverty rate in the assessment year (%) is 0 or not given (0) → true");
    expect(lines(r, doubled).join("\n")).not.toContain("không phải 0");
  });
});

/* Audit 7 (rules of custom packs as auditors read them). */
describe("audit 7: what a rule says is what it computes", () => {
  it("a remainder inside a formula is bracketed, in the rule, the trace and the appendix", () => {
    const pack = povertyPack({ "*": [{ "%": [prev, curr] }, 2] });
    expect(sentence(pack)).toContain("(phần dư của");
    const r = evaluated(pack, 1.83, 1.39);
    expect(lines(r, pack)).toContain("(phần dư của previousRate chia cho currentRate) × 2 = (phần dư của 1,83 chia cho 1,39) × 2 = 0,88");
    expect(computedCell(r, pack, "en")).toBe("(the remainder of 1.83 divided by 1.39) × 2 = 0.88 percentage points");
  });

  it("in a list written in the rule is membership, not an interval", () => {
    const pack = povertyPack({ if: [{ in: [curr, [1, 2]] }, 0, fall] });
    const r = evaluated(pack, 1.83, 1.39);
    expect(lines(r, pack)).toContain("currentRate là một trong các giá trị 1; 2 (1,39 là một trong các giá trị 1; 2) → sai");
    expect(lines(r, pack, "en")).toContain("currentRate is one of 1, 2 (1.39 is one of 1, 2) → false");
  });

  it("a field as an if condition is traced as the test of its truth, as the rule reads it", () => {
    const pack = povertyPack({ if: [curr, fall, 9] });
    const r = evaluated(pack, 1.83, 1.39);
    expect(lines(r, pack)).toContain("tỷ lệ hộ nghèo năm đánh giá (%) có và khác 0 (1,39) → đúng");
    expect(lines(r, pack, "en").some((l) => l.endsWith("(1.39) → true"))).toBe(true);
    expect(lines(r, pack).some((l) => l.startsWith("currentRate = 1,39 →"))).toBe(false);
  });

  it("a later if condition is read as tested only when the earlier ones are false", () => {
    const pack = povertyPack({ if: [{ ">": [curr, 1] }, fall, { ">": [curr, 0] }, 2, 0] });
    expect(sentence(pack)).toContain(", nếu không, nếu ");
    expect(sentence(pack, "en")).toContain(", otherwise, if ");
  });
});
