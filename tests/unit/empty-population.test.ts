import { describe, expect, it } from "vitest";
import { evaluate, listPacks, renderTrace, simulate, validateReport } from "../../src/index.js";
import type { Issue, RulePack } from "../../src/index.js";
import { refusal, reportWith } from "../helpers.js";

const pilot = listPacks()[0]?.pack;

describe("an empty population is not applicable, whatever the other figures", () => {
  const cases: [string, Record<string, unknown>][] = [
    ["a total of 0 and the count of 0", { total: 0, withOpenResources: 0 }],
    ["a total of 0 and no count", { total: 0 }],
    ["a total of 0 and a percentage of 100", { total: 0, percent: 100 }],
    ["a total of 0 and a percentage of 50", { total: 0, percent: 50 }],
  ];
  it.each(cases)("%s", (_name, block) => {
    const report = reportWith({ "2.2.3": block });
    for (const engine of ["compiled", "reference"] as const) {
      const r = evaluate(report, { engine }).indicators.find((i) => i.id === "2.2.3");
      expect(r?.verdict, engine).toBe("not_applicable");
      expect(r?.inputs, engine).toEqual({ total: 0 });
      expect(r?.value, engine).toBeNull();
      expect(r?.reason.vi, engine).toBe("Không áp dụng: không có đối tượng để đánh giá (tổng số bằng 0).");
      expect(r?.reason.en, engine).toBe("Not applicable: there is nothing to assess (the total is 0).");
    }
    const [variant] = simulate([report], [pilot as RulePack]);
    expect(variant?.indicators["2.2.3"]?.not_applicable).toBe(1);
  });

  it("records the condition in the trace", () => {
    const r = evaluate(reportWith({ "2.2.3": { total: 0, percent: 100 } }), { trace: true }).indicators.find((i) => i.id === "2.2.3");
    expect(r?.trace?.measure).toBe("counts");
    expect(r?.trace?.applicable?.value).toBe(false);
    expect(r?.trace?.value).toBeUndefined();
    expect(renderTrace(r as NonNullable<typeof r>).some((line) => line.kind === "applicable" && line.text.includes("→ sai"))).toBe(true);
  });

  it("still judges a population that is not empty, and asks for the figures when only the total is given", () => {
    const judged = (block: Record<string, unknown>) => evaluate(reportWith({ "2.2.3": block })).indicators.find((i) => i.id === "2.2.3");
    expect(judged({ total: 2, percent: 100 })?.verdict).toBe("met");
    expect(judged({ total: 2, withOpenResources: 1 })?.verdict).toBe("not_met");
    expect(judged({ total: 2 })?.verdict).toBe("insufficient_data");
    expect(judged({ percent: 100 })?.verdict).toBe("met");
  });
});

describe("a part above its total is invalid even when the other part is not given", () => {
  const issuesOf = (block: Record<string, unknown>): Issue[] => {
    const v = validateReport(reportWith({ "2.1.1": block }));
    return v.ok ? [] : v.issues;
  };
  it("refuses 6 Tốt out of 5 with Khá left out, instead of judging the stated percentage", () => {
    expect(issuesOf({ total: 5, good: 6, percent: 80 }).map((i) => [i.path, i.code])).toEqual([["/indicators/2.1.1/good", "COUNT_EXCEEDS_TOTAL"]]);
    expect(refusal(() => evaluate(reportWith({ "2.1.1": { total: 5, good: 6, percent: 80 } }))).code).toBe("REPORT_INVALID");
    expect(issuesOf({ total: 5, fair: 6 }).map((i) => [i.path, i.code])).toEqual([["/indicators/2.1.1/fair", "COUNT_EXCEEDS_TOTAL"]]);
  });
  it("reports one problem per field and code when a part alone and the sum both exceed the total", () => {
    const issues = issuesOf({ total: 5, good: 6, fair: 0 });
    expect(issues.map((i) => [i.path, i.code])).toEqual([["/indicators/2.1.1/good", "COUNT_EXCEEDS_TOTAL"]]);
    expect(issues[0]?.message.vi).toContain("vượt quá tổng số");
  });
  it("accepts parts within the total", () => {
    expect(issuesOf({ total: 5, good: 5 })).toEqual([]);
    expect(issuesOf({ total: 5, good: 3, fair: 2 })).toEqual([]);
  });
});

describe("a self-assessment against a not-applicable verdict", () => {
  it("is flagged: the district judged an indicator the engine found nothing to assess in", () => {
    for (const self of ["met", "not_met"] as const) {
      const r = evaluate(reportWith({ "2.2.3": { total: 0, selfAssessment: self } })).indicators.find((i) => i.id === "2.2.3");
      expect(r?.verdict).toBe("not_applicable");
      expect(r?.flags.map((f) => [f.code, f.path])).toEqual([["SELF_ASSESSMENT_DIFFERS", "/indicators/2.2.3/selfAssessment"]]);
      expect(r?.flags[0]?.message.vi).toContain("Không áp dụng");
    }
  });
});

describe("the summary ends with the conclusion, as the district's report words it", () => {
  it("and documents about the result write the conclusion once", async () => {
    const { renderReport } = await import("../../src/index.js");
    const { thapMuoi } = await import("../helpers.js");
    const result = evaluate(thapMuoi());
    expect(result.summary.text.vi.endsWith("; Kết luận: Không đạt, do chỉ báo 3.1.1 chưa đạt.")).toBe(true);
    expect(result.summary.text.en.endsWith("; Conclusion: Not met, because indicator 3.1.1 is not met.")).toBe(true);
    for (const format of ["markdown", "html"] as const) {
      const doc = renderReport(result, { format });
      expect(doc.split("Kết luận:").length - 1, format).toBe(1);
      expect(doc, format).toContain("do chỉ báo 3.1.1 chưa đạt");
    }
    // A result stored before the summary carried its conclusion still renders it once.
    const stored = JSON.parse(JSON.stringify(result)) as typeof result & { summary: { text: { vi: string; en: string } } };
    stored.summary.text = { vi: stored.summary.text.vi.replace(/; Kết luận:.*$/u, ""), en: stored.summary.text.en.replace(/; Conclusion:.*$/u, "") };
    expect(renderReport(stored, { format: "markdown" }).split("Kết luận:").length - 1).toBe(1);
  });
});

describe("lazy texts are written from the engine's own verdicts, not from fields the caller changed first", () => {
  it("conclusion, summary text and flag messages", async () => {
    const { thapMuoi } = await import("../helpers.js");
    const fresh = evaluate(thapMuoi());
    const result = evaluate(thapMuoi()) as unknown as Record<string, any>;
    result["verdict"] = "met";
    result["indicators"].reverse();
    result["summary"].met = 16;
    result["summary"].notMetIds.push("9.9.9");
    const flagged = result["indicators"].find((i: { flags: unknown[] }) => i.flags.length > 0);
    flagged.flags[0].code = "NOPE";
    expect(result["conclusion"]).toEqual(fresh.conclusion);
    expect(result["summary"].text).toEqual(fresh.summary.text);
    expect(flagged.flags[0].message).toEqual(fresh.indicators.find((i) => i.id === flagged.id)?.flags[0]?.message);
  });
});

describe("a year is written as a year", () => {
  it("in an out-of-range message: 1999, not 1.999", () => {
    const v = validateReport({ ...reportWith({}), year: 1999 });
    const issue = v.ok ? undefined : v.issues.find((i) => i.path === "/year");
    expect(issue?.code).toBe("OUT_OF_RANGE");
    expect(issue?.message.vi).toBe("giá trị 1999 (năm đánh giá) nằm ngoài khoảng cho phép 2000–2100");
    expect(issue?.message.en).toBe("value 1999 (assessment year) is outside the allowed range 2000–2100");
  });
});

describe("a preferred way of measuring with only some of its figures", () => {
  it("is flagged: the stated percent decides, unchecked against the counts given", () => {
    const r = evaluate(reportWith({ "2.1.1": { total: 10, good: 9, percent: 50 } })).indicators.find((i) => i.id === "2.1.1");
    expect(r?.verdict).toBe("not_met");
    expect(r?.method).toBe("percent");
    expect(r?.flags.map((f) => [f.code, f.path])).toEqual([["PREFERRED_MEASURE_INCOMPLETE", "/indicators/2.1.1/fair"]]);
    expect(r?.flags[0]?.message.vi).toContain("thiếu số đơn vị xếp loại Khá");
    expect(r?.flags[0]?.message.en).toContain("so the result rests on");
    // All the counts, or none: no such flag.
    for (const block of [{ total: 10, good: 9, fair: 0, percent: 90 }, { percent: 50 }]) {
      const other = evaluate(reportWith({ "2.1.1": block })).indicators.find((i) => i.id === "2.1.1");
      expect(other?.flags.map((f) => f.code)).not.toContain("PREFERRED_MEASURE_INCOMPLETE");
    }
  });
});

describe("two figures that disagree", () => {
  it("are written so that they visibly differ", () => {
    const r = evaluate(reportWith({ "3.2.2": { students: 10000, affected: 0, percent: 0.0001 } })).indicators.find((i) => i.id === "3.2.2");
    const flag = r?.flags.find((f) => f.code === "MEASURES_DISAGREE");
    expect(flag?.message.vi).toContain("tính được 0%");
    expect(flag?.message.vi).toContain("ghi 0,0001%");
    expect(flag?.params["chosenText"]).not.toBe(flag?.params["otherText"]);
  });
});

describe("a string over the length limit is one problem among others", () => {
  it("every problem is still reported, each once, with its path", () => {
    const long = "x".repeat(10_001);
    const report = { ...reportWith({ "2.1.1": { total: 10, good: 5, fair: -1, note: long }, "2.1.2": { total: 10, good: 5, fair: 1, note: long } }), year: "2022" };
    const v = validateReport(report);
    const found = v.ok ? [] : v.issues.map((i) => [i.path, i.code]);
    expect(found).toEqual(expect.arrayContaining([
      ["/indicators/2.1.1/note", "TOO_LONG"],
      ["/indicators/2.1.2/note", "TOO_LONG"],
      ["/year", "NUMBER_AS_STRING"],
      ["/indicators/2.1.1/fair", "OUT_OF_RANGE"],
    ]));
    expect(found.filter(([path]) => path === "/indicators/2.1.1/note")).toHaveLength(1);
    expect(refusal(() => evaluate(report)).issues.map((i) => [i.path, i.code])).toEqual(found);
  });
});
