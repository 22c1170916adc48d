import { describe, expect, it } from "vitest";
import { ALLOWED_OPERATORS } from "../../src/logic/operators.js";
import { enDocument as en } from "../../src/explain/document-messages.en.js";
import { viDocument as vi } from "../../src/explain/document-messages.vi.js";
import { negateLogic, renderLogic, variablesOf } from "../../src/explain/render-logic.js";
import type { LogicContext } from "../../src/explain/render-logic.js";
import type { Lang, Logic } from "../../src/types.js";

const LABELS: Record<string, string> = { good: "số Tốt", fair: "số Khá", total: "tổng số", evidence: "văn bản, minh chứng", rate: "tỷ lệ" };
const ctx = (lang: Lang = "vi"): LogicContext => ({
  lang,
  variable: (n) => LABELS[n] ?? n,
  isList: (n) => n === "evidence",
  minimum: (n) => (n === "total" ? 0 : undefined),
});

/** A sample call of each operator, with distinct arguments that must all show in its rendering. */
const SAMPLES: Record<string, Logic> = {
  var: { var: "rate" },
  missing: { missing: ["good", "fair"] },
  missing_some: { missing_some: [1, ["good", "fair"]] },
  if: { if: [{ ">": [{ var: "rate" }, 3] }, 4, 5] },
  "?:": { "?:": [{ ">": [{ var: "rate" }, 3] }, 4, 5] },
  and: { and: [{ ">": [{ var: "rate" }, 3] }, { "<": [{ var: "good" }, 4] }] },
  or: { or: [{ ">": [{ var: "rate" }, 3] }, { "<": [{ var: "good" }, 4] }] },
  "!": { "!": [{ in: ["x", "xyz"] }] },
  "!!": { "!!": [{ "+": [{ var: "rate" }, 3] }] },
  "==": { "==": [{ var: "rate" }, 3] },
  "===": { "===": [{ var: "rate" }, 3] },
  "!=": { "!=": [{ var: "rate" }, 3] },
  "!==": { "!==": [{ var: "rate" }, 3] },
  ">": { ">": [{ var: "rate" }, 3] },
  ">=": { ">=": [{ var: "rate" }, 3] },
  "<": { "<": [{ var: "rate" }, 3] },
  "<=": { "<=": [{ var: "rate" }, 3] },
  "+": { "+": [{ var: "rate" }, 3] },
  "-": { "-": [{ var: "rate" }, 3] },
  "*": { "*": [{ var: "rate" }, 3] },
  "/": { "/": [{ var: "rate" }, 3] },
  "%": { "%": [{ var: "rate" }, 3] },
  min: { min: [{ var: "rate" }, 3] },
  max: { max: [{ var: "rate" }, 3] },
  cat: { cat: [{ var: "rate" }, "x"] },
  substr: { substr: [{ var: "rate" }, 3] },
  in: { in: [{ var: "rate" }, "xyz"] },
};

describe("every allowed operator has a rendering in Vietnamese and in English", () => {
  it("the message tables cover every operator of ALLOWED_OPERATORS", () => {
    for (const op of ALLOWED_OPERATORS) {
      expect(typeof vi.logic.op[op as keyof typeof vi.logic.op], `vi ${op}`).toBe("function");
      expect(typeof en.logic.op[op as keyof typeof en.logic.op], `en ${op}`).toBe("function");
      expect(SAMPLES[op], `sample ${op}`).toBeDefined();
    }
  });

  it.each([...ALLOWED_OPERATORS].map((op) => [op]))("%s", (op) => {
    const sample = SAMPLES[op] as Logic;
    const texts = (["vi", "en"] as const).map((lang) => renderLogic(sample, ctx(lang)));
    for (const text of texts) {
      expect(text).not.toMatch(/undefined|\[object|^\s*$/);
      expect(text).not.toContain(`${op}(`); // never the raw fallback
    }
    expect(texts[0]).toContain(op === "missing" || op === "missing_some" ? "số Tốt" : op === "!" ? "“x”" : "tỷ lệ");
  });
});

describe("rules read as formulas with the pack's labels", () => {
  it.each<[string, Logic, string]>([
    ["a share in percent", { "/": [{ "*": [{ "+": [{ var: "good" }, { var: "fair" }] }, 100] }, { var: "total" }] }, "(số Tốt + số Khá) × 100 ÷ tổng số"],
    ["a difference", { "-": [{ var: "good" }, { var: "fair" }] }, "số Tốt − số Khá"],
    ["a difference of a difference", { "-": [{ var: "good" }, { "-": [{ var: "fair" }, 1] }] }, "số Tốt − (số Khá − 1)"],
    ["a quotient of a product", { "/": [{ var: "good" }, { "*": [{ var: "fair" }, 2] }] }, "số Tốt ÷ (số Khá × 2)"],
    ["a negation", { "-": [{ var: "good" }] }, "−số Tốt"],
    ["Vietnamese numbers", { "+": [1210, 0.05, -2.5] }, "1.210 + 0,05 + −2,5"],
    ["a negative number after a minus", { "-": [{ var: "rate" }, -2] }, "tỷ lệ − (−2)"],
    ["a between", { "<": [0, { var: "rate" }, 100] }, "0 < tỷ lệ < 100"],
    ["and within or", { or: [{ and: [{ ">": [{ var: "good" }, 1] }, { ">": [{ var: "fair" }, 2] }] }, { "==": [{ var: "total" }, 3] }] }, "(số Tốt > 1 và số Khá > 2) hoặc tổng số = 3"],
    ["a chained if", { if: [{ ">": [{ var: "rate" }, 1] }, "A", { ">": [{ var: "rate" }, 2] }, "B", "C"] }, "nếu tỷ lệ > 1 thì “A”, nếu không, nếu tỷ lệ > 2 thì “B”, còn lại “C”"],
    ["at least one item of a list", { "!!": [{ var: "evidence" }] }, "có ít nhất một văn bản, minh chứng"],
    ["no item of a list", { "!": [{ var: "evidence" }] }, "không có văn bản, minh chứng nào"],
    ["a negated comparison says its opposite", { "!": [{ ">": [{ var: "rate" }, 3] }] }, "tỷ lệ ≤ 3"],
    ["every field given", { "!": [{ missing: ["good", "fair"] }] }, "có đủ số Tốt; số Khá"],
    ["an impossible below-minimum reads as equal", { "<=": [{ var: "total" }, 0] }, "tổng số = 0"],
    // Membership of a list written in the rule, not "nằm trong [1; 2]" (read as the interval from 1 to 2).
    ["a literal list and null", { in: [null, [1, 2]] }, "không có giá trị là một trong các giá trị 1; 2"],
    // Words say nothing of where they end: a remainder (or a part of a text) is bracketed inside a formula.
    ["a remainder times 2", { "*": [{ "%": [{ var: "rate" }, 3] }, 2] }, "(phần dư của tỷ lệ chia cho 3) × 2"],
    ["a remainder plus 1", { "+": [{ "%": [{ var: "rate" }, 3] }, 1] }, "(phần dư của tỷ lệ chia cho 3) + 1"],
    ["a remainder compared", { ">=": [{ "%": [{ var: "rate" }, 3] }, 1] }, "(phần dư của tỷ lệ chia cho 3) ≥ 1"],
    ["a remainder alone", { "%": [{ "+": [{ var: "rate" }, 1] }, 3] }, "phần dư của (tỷ lệ + 1) chia cho 3"],
  ])("%s", (_, logic, expected) => {
    expect(renderLogic(logic, ctx())).toBe(expected);
  });

  it("English: a later if condition is tested only when the earlier ones are false; in a list is membership", () => {
    expect(renderLogic({ if: [{ ">": [{ var: "rate" }, 1] }, "A", { ">": [{ var: "rate" }, 0] }, "B", "C"] }, ctx("en"))).toBe("if tỷ lệ > 1 then “A”, otherwise, if tỷ lệ > 0 then “B”, otherwise “C”");
    expect(renderLogic({ in: [{ var: "rate" }, [1, 2]] }, ctx("en"))).toBe("tỷ lệ is one of 1, 2");
  });

  it("English uses English words and number format", () => {
    expect(renderLogic({ and: [{ ">=": [{ var: "rate" }, 1.5] }, { "!!": [{ var: "evidence" }] }] }, ctx("en"))).toBe(
      "tỷ lệ ≥ 1.5 and the list of văn bản, minh chứng has at least one item",
    );
  });
});

describe("negateLogic", () => {
  it.each<[Logic, Logic]>([
    [{ ">": [{ var: "t" }, 0] }, { "<=": [{ var: "t" }, 0] }],
    [{ "<": [{ var: "t" }, 0] }, { ">=": [{ var: "t" }, 0] }],
    [{ "==": [1, 2] }, { "!=": [1, 2] }],
    [{ and: [{ ">": [1, 2] }, { "!": [{ var: "x" }] }] }, { or: [{ "<=": [1, 2] }, { "!!": [{ var: "x" }] }] }],
    [{ var: "x" }, { "!": [{ var: "x" }] }],
    [true, false],
  ])("%j", (logic, negated) => {
    expect(negateLogic(logic)).toEqual(negated);
  });
});

it("variablesOf lists every variable once, in order", () => {
  expect(variablesOf({ "/": [{ "*": [{ "+": [{ var: "good" }, { var: "fair" }] }, 100] }, { var: "total" }, { var: "good" }] })).toEqual(["good", "fair", "total"]);
  expect(variablesOf({ missing_some: [1, ["a", "b"]] })).toEqual(["a", "b"]);
});

it("the Vietnamese and English message tables have the same keys, at every depth", () => {
  const shape = (o: unknown): unknown =>
    o !== null && typeof o === "object" ? Object.fromEntries(Object.keys(o).sort().map((k) => [k, shape((o as Record<string, unknown>)[k])])) : typeof o;
  expect(shape(en)).toEqual(shape(vi));
});

describe("negations it cannot flip", () => {
  it.each([
    [{ "!": [{ ">=": [{ var: "rate" }] }] }],
    [{ "!": [{ ">": [{ var: "rate" }, 1, 2] }] }],
    [{ "!": [{ "<": [1, { var: "rate" }, 3] }] }],
  ] as [Logic][])("renders %j as a negation, without recursing forever", (logic) => {
    for (const lang of ["vi", "en"] as const) {
      const text = renderLogic(logic, ctx(lang));
      expect(text).toContain(LABELS["rate"]);
      expect(text).toMatch(lang === "vi" ? /không/ : /not/);
    }
  });
});
