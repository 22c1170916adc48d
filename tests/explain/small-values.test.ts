import { describe, expect, it } from "vitest";
import { evaluate, renderTrace } from "../../src/index.js";
import { thapMuoi } from "../helpers.js";

/** The indicator of the pilot pack judged "under 0,05%", with its block replaced. */
function judged(block: Record<string, unknown>) {
  const report = thapMuoi() as { indicators: Record<string, unknown> };
  const id = Object.keys(report.indicators).find((k) => evaluate(thapMuoi()).indicators.find((i) => i.id === k)?.threshold?.value === 0.05);
  if (id === undefined) throw new Error("no indicator with a 0,05 threshold");
  report.indicators[id] = block;
  const result = evaluate(report, { trace: true }).indicators.find((i) => i.id === id);
  if (!result) throw new Error("not judged");
  return result;
}

describe("small values keep 3 significant digits (or all they have) in reasons, traces and flags", () => {
  it("a stated 0,0449% is quoted as 0,0449%, not 0,04%", () => {
    const r = judged({ percent: 0.0449 });
    expect(r.reason.vi).toContain("0,0449%");
    expect(r.reason.en).toContain("0.0449%");
    expect(renderTrace(r, { lang: "vi" }).at(-1)?.text).toBe("0,0449% < 0,05% → đúng");
  });
  it("1 pupil in 100 000 is 0,001%, not 0%", () => {
    const r = judged({ students: 100_000, affected: 1 });
    expect(r.value).toBe(0.001);
    expect(r.reason.vi).toMatch(/^Đạt: 0,001% /);
  });
  it("a disagreement flag quotes the stated 0,0449% as written", () => {
    const r = judged({ students: 10_000, affected: 4, percent: 0.0449 });
    expect(r.flags.map((f) => f.code)).toContain("MEASURES_DISAGREE");
    expect(r.flags.find((f) => f.code === "MEASURES_DISAGREE")?.message.vi).toContain("ghi 0,0449%");
  });
});
