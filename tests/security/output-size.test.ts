/**
 * Texts written about a rule stay within a bound that grows with the rule plus the report, never with their product
 * (bug: a 668 KB pack that names a report's 10 000-character note 40 000 times ran `renderReport`, `renderTrace` and
 * `evaluate(…, { trace: true })` out of a 256 MB heap, since every step quoted the whole note; a 140 KB one gave a
 * 41 MB result and a 40 MB appendix). The attack here is scaled down to 1 600 references, and still ran this file's
 * 256 MB worker out of memory before the fix (texts of 13-16 MB each); docs/security.md states the bounds.
 */
import { describe, expect, it } from "vitest";
import { evaluate, explainPack, loadPack, renderReport, renderTrace } from "../../src/index.js";
import type { EvaluationResult, IndicatorResult, Logic, RulePack } from "../../src/index.js";
import { MAX_RENDERED_LENGTH } from "../../src/explain/render-logic.js";
import { MAX_TRACE_LINE_LENGTH, MAX_TRACE_STEPS } from "../../src/explain/trace-lines.js";
import { SHORT_VALUE_LENGTH } from "../../src/logic/trace-logic.js";
import { thapMuoi } from "../helpers.js";
import { pilot } from "./corpus/hostile-packs.js";

/** `{"and": [x × width]}`, nested `depth` times. */
const andTree = (leaf: Logic, width: number, depth: number): Logic => (depth === 0 ? leaf : { and: new Array<Logic>(width).fill(andTree(leaf, width, depth - 1)) });

/** 10 000 characters, none of its 61-character pieces twice. */
const NOTE = Array.from({ length: 1000 }, (_, i) => `ghi chú ${i} `).join("").slice(0, 10000);
const LABEL = "nhãn rất dài ".repeat(300).slice(0, 4000);
const WIDTH = 20;

/**
 * The pilot pack with 2.1.1's first measure naming the note 1 600 times in its condition and 1 600 times in the branch
 * it takes (so that the appendix's computed column shows them), the note's label 4 000 characters long, and 1.1.1
 * reading its evidence list 1 600 times.
 */
function attackPack(): RulePack {
  const pack = pilot();
  pack["reportSchema"].$defs.note.maxLength = NOTE.length;
  pack["reportSchema"].$defs.note["x-label"] = { vi: LABEL, en: LABEL };
  const measure = pack["standards"][1].criteria[0].indicators[0].rule.measures[0];
  measure.requires = ["total", "good", "fair", "note"];
  const notes = andTree({ var: "note" }, WIDTH, 2);
  // 100 − (not the note) = 100 − false = 100: the computed column shows the branch taken with its figures.
  measure.value = { if: [{ and: [notes, notes, notes, notes] }, { "-": [100, { "!": [{ and: [notes, notes, notes, notes] }] }] }, 0] };
  const evidence = pack["standards"][0].criteria[0].indicators[0].rule.measures[0];
  evidence.value = { "!!": [{ and: new Array<Logic>(4).fill(andTree({ var: "evidence" }, WIDTH, 2)) }] };
  return pack as RulePack;
}

function attackReport(): Record<string, unknown> {
  const report = thapMuoi();
  (report.indicators["2.1.1"] as Record<string, unknown>)["note"] = NOTE;
  (report.indicators["1.1.1"] as Record<string, unknown>)["evidence"] = Array.from({ length: 100 }, (_, i) => ({ ref: `${i + 1}/KH-UBND`, date: "2022-03-01", description: "minh chứng ".repeat(40) }));
  return report;
}

const packText = JSON.stringify(attackPack());
const reportText = JSON.stringify(attackReport());
const pack = loadPack(packText);
/** The bound for the result's JSON: far below the product of rule and report, a small multiple of their sum. */
const BOUND = 20 * (packText.length + reportText.length);
const byId = (result: EvaluationResult, id: string): IndicatorResult => result.indicators.find((i) => i.id === id) as IndicatorResult;

describe("a rule that names a long report value thousands of times (output size)", () => {
  const plain = evaluate(attackReport(), { pack });
  const traced = evaluate(attackReport(), { pack, trace: true });

  it("the attack passes the gate, and tracing changes no verdict", () => {
    expect(packText.length).toBeLessThan(200_000);
    expect(byId(plain, "2.1.1").verdict).toBe("met");
    expect(byId(plain, "2.1.1").value).toBe(100);
    expect(byId(plain, "1.1.1").verdict).toBe("met");
    expect(traced.indicators.map((i) => [i.id, i.verdict, i.value])).toEqual(plain.indicators.map((i) => [i.id, i.verdict, i.value]));
  });

  it("the result with traces, as JSON, is within 20 characters per character of pack and report", () => {
    const json = JSON.stringify(traced);
    expect(json.length).toBeLessThan(BOUND);
    // The note is whole once among the figures used, and in the trace while its budget lasts (10 000 characters and
    // twice the figures read: 3 times here), then by its start.
    expect(json.split(NOTE).length - 1).toBeLessThanOrEqual(4);
    expect(json).toContain(`"value":"${NOTE.slice(0, SHORT_VALUE_LENGTH)}…"`);
  });

  it.each(["vi", "en"] as const)("renderTrace (%s): short lines, values shortened", (lang) => {
    for (const id of ["2.1.1", "1.1.1"]) {
      const lines = renderTrace(byId(traced, id), { pack, lang });
      expect(lines.length).toBeLessThanOrEqual(MAX_TRACE_STEPS + 10);
      for (const line of lines) expect(line.text.length).toBeLessThanOrEqual(MAX_TRACE_LINE_LENGTH + 1);
      expect(lines.reduce((n, l) => n + l.text.length, 0)).toBeLessThan(100_000);
    }
    const lines = renderTrace(byId(traced, "2.1.1"), { pack, lang });
    expect(lines[0]?.text).toContain(`“${NOTE.slice(0, SHORT_VALUE_LENGTH)}…”`);
    expect(lines.some((l) => l.text.includes(NOTE.slice(0, SHORT_VALUE_LENGTH + 1)))).toBe(false);
  });

  it.each(["markdown", "html"] as const)("renderReport (%s), with and without traces, is under 200 000 characters", (format) => {
    for (const lang of ["vi", "en"] as const) {
      for (const result of [plain, traced]) {
        const text = renderReport(result, { format, lang, pack });
        expect(text.length).toBeLessThan(200_000);
        // Whole once, among the figures the rule used; shortened everywhere else.
        expect(text.split(NOTE.slice(0, SHORT_VALUE_LENGTH + 1)).length - 1).toBe(1);
      }
    }
  });

  it("the appendix's computed column shows the figures, shortened, in at most 2 000 characters", () => {
    const html = renderReport(plain, { format: "html", pack });
    const computed = /<tr class="indicator met" data-id="2\.1\.1">.*?<td class="computed">(.*?)<\/td>/s.exec(html)?.[1] ?? "";
    expect(computed).toContain(`“${NOTE.slice(0, SHORT_VALUE_LENGTH)}…”`);
    expect(computed.length).toBeLessThan(MAX_RENDERED_LENGTH + 200);
  });

  it.each(["vi", "en"] as const)("explainPack (%s): each rendered rule is at most 2 000 characters", (lang) => {
    const explained = explainPack(pack, { lang });
    expect(JSON.stringify(explained).length).toBeLessThan(200_000);
    const indicator = explained.indicators.find((i) => i.id === "2.1.1");
    for (const m of indicator?.measures ?? []) {
      expect(m.condition.length).toBeLessThanOrEqual(MAX_RENDERED_LENGTH + 1);
      expect(m.formula.length).toBeLessThanOrEqual(MAX_RENDERED_LENGTH + 1);
    }
    expect(indicator?.measures[0]?.condition.endsWith("…")).toBe(true);
  });
});

describe("a trace of more than 2 000 steps", () => {
  // 3 000 comparisons of a sum, all true: 6 000 steps, each its own line.
  const step: Logic = { ">=": [{ "+": [{ var: "good" }, 1] }, 0] };
  const p = pilot();
  p["standards"][1].criteria[0].indicators[0].rule.measures[0].value = { if: [{ and: new Array<Logic>(100).fill({ and: new Array<Logic>(30).fill(step) }) }, 100, 0] };
  const many = loadPack(p);
  const result = evaluate(thapMuoi(), { pack: many, trace: true });

  it.each([
    ["vi", /^… \(đã lược bớt (\d+) bước\)$/],
    ["en", /^… \((\d+) more steps left out\)$/],
  ] as const)("shows the first 2 000 and one line counting the rest (%s)", (lang, leftOut) => {
    const lines = renderTrace(byId(result, "2.1.1"), { pack: many, lang });
    const steps = lines.filter((l) => l.kind === "step");
    expect(steps).toHaveLength(MAX_TRACE_STEPS + 1);
    const last = steps[steps.length - 1]?.text ?? "";
    expect(last).toMatch(leftOut);
    // 6 000 step lines, the condition's own line and the branch taken, less the 2 000 shown.
    expect(Number(leftOut.exec(last)?.[1])).toBe(6002 - MAX_TRACE_STEPS);
    expect(lines[lines.length - 1]?.kind).toBe("comparison");
    expect(byId(result, "2.1.1").verdict).toBe("met");
  });
});
