import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evaluate, isHuyenHocTapError, parseJson, validateReport } from "../../src/index.js";
import type { HuyenHocTapError, Issue } from "../../src/index.js";
import { readReportFile } from "../../src/node/index.js";
import { REPORT_LIMITS } from "../../src/pack/check-limits.js";
import { refusal, reportWith, thapMuoi } from "../helpers.js";
import { MALFORMED_REPORTS, REPORT_CATEGORIES, reportText } from "./corpus/malformed-reports.js";

const dir = mkdtempSync(join(tmpdir(), "hht-reports-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rejection(p: Promise<unknown>): Promise<HuyenHocTapError> {
  try {
    await p;
  } catch (error) {
    if (isHuyenHocTapError(error)) return error;
    throw error;
  }
  throw new Error("expected a HuyenHocTapError, got no error");
}

const first = (issues: Issue[]): { code: string | undefined; path: string | undefined } => ({ code: issues[0]?.code, path: issues[0]?.path });
const located = (issues: Issue[]): void => {
  for (const issue of issues) {
    expect(issue.message.vi.length, issue.code).toBeGreaterThan(0);
    expect(issue.message.en.length, issue.code).toBeGreaterThan(0);
    expect(issue.path === "" || issue.path.startsWith("/"), issue.path).toBe(true);
  }
};
const verdictsOf = (report: unknown): [string, string][] => evaluate(report).indicators.map((i) => [i.id, i.verdict]);

describe("malformed reports: every one is refused with its exact code and path, never judged", () => {
  it("has at least 40 cases, in every category, with distinct names", () => {
    expect(MALFORMED_REPORTS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(MALFORMED_REPORTS.map((c) => c.name)).size).toBe(MALFORMED_REPORTS.length);
    for (const category of REPORT_CATEGORIES) expect(MALFORMED_REPORTS.some((c) => c.category === category), category).toBe(true);
  });

  it.each(MALFORMED_REPORTS.filter((c) => !c.text).map((c) => [c.name, c] as const))("object: %s", (_name, c) => {
    const expected = { code: c.issue, path: c.path };
    const started = performance.now();
    const result = validateReport(c.make());
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(first(issues)).toEqual(expected);
    located(issues);
    const error = refusal(() => evaluate(c.make()));
    if (c.evaluateError) {
      expect(error.code).toBe(c.evaluateError);
    } else {
      expect(error.code).toBe("REPORT_INVALID");
      expect(first(error.issues)).toEqual(expected);
    }
    expect(performance.now() - started, "refused quickly").toBeLessThan(2_000);
  });

  it.each(MALFORMED_REPORTS.filter((c) => c.text).map((c) => [c.name, c] as const))("text: %s", async (_name, c) => {
    const expected = { code: c.issue, path: c.path };
    const text = reportText(c);
    const parsed = parseJson(text, REPORT_LIMITS);
    const issues = parsed.ok ? (validateReport(parsed.value) as { issues: Issue[] }).issues : parsed.issues;
    expect(first(issues)).toEqual(expected);
    located(issues);
    // The Node entry reads the same text from a file: refused while reading, or when judged.
    const file = join(dir, `${c.name.replace(/\W+/g, "-")}.json`);
    writeFileSync(file, text);
    const error = parsed.ok ? refusal(() => evaluate(JSON.parse(text))) : await rejection(readReportFile(file));
    expect(error.code).toBe("REPORT_INVALID");
    expect(first(error.issues)).toEqual(expected);
    if (parsed.ok) {
      const read = await readReportFile(file);
      expect(first(refusal(() => evaluate(read)).issues)).toEqual(expected);
    }
  });

  it("reports every problem at once, each at its own path", () => {
    const r = thapMuoi();
    r.district = 1 as never;
    (r.indicators["2.1.1"] as Record<string, unknown>)["total"] = "33";
    (r.indicators["3.1.1"] as Record<string, unknown>)["previousRate"] = "1,83";
    r.indicators["9.9.9"] = {};
    const result = validateReport(r);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ["WRONG_TYPE", "/district"],
      ["NUMBER_AS_STRING", "/indicators/2.1.1/total"],
      ["NUMBER_AS_STRING", "/indicators/3.1.1/previousRate"],
      ["UNKNOWN_INDICATOR", "/indicators/9.9.9"],
    ]);
  });
});

describe("nothing in a report makes an indicator pass that its figures do not support", () => {
  it("selfAssessment never changes a verdict: flipped, removed or set to 'met' everywhere", () => {
    const base = verdictsOf(thapMuoi());
    for (const change of ["met", "not_met", undefined] as const) {
      const r = thapMuoi();
      for (const block of Object.values(r.indicators)) {
        if (change === undefined) delete block["selfAssessment"];
        else block["selfAssessment"] = change;
      }
      expect(verdictsOf(r)).toEqual(base);
    }
  });

  it("a block with only selfAssessment 'met' is insufficient_data, never met", () => {
    const result = evaluate(reportWith({ "2.1.1": { selfAssessment: "met" }, "1.1.1": { selfAssessment: "met" } }));
    expect(result.indicators.find((i) => i.id === "2.1.1")?.verdict).toBe("insufficient_data");
    expect(result.indicators.find((i) => i.id === "1.1.1")?.verdict).toBe("insufficient_data");
    expect(result.verdict).not.toBe("met");
  });

  it("an empty evidence list is not met, and no malformed evidence is ever judged", () => {
    const result = evaluate(reportWith({ "1.1.1": { evidence: [] } }));
    expect(result.indicators.find((i) => i.id === "1.1.1")?.verdict).toBe("not_met");
    for (const evidence of [[{}], [null], [""], [[]], [0], "có", true, 1, {}, [{ ref: "" }], [{ title: "x" }]]) {
      expect(refusal(() => evaluate(reportWith({ "1.1.1": { evidence } }))).code, JSON.stringify(evidence)).toBe("REPORT_INVALID");
    }
  });

  it.each([["100"], ["100%"], ["100,0"], [" 100 "], ["1e2"], ["Infinity"], ["0x64"]])("the string %j never counts as a figure", (value) => {
    for (const [id, field] of [["2.2.4", "percent"], ["3.1.2", "percent"], ["2.1.1", "total"], ["3.1.1", "previousRate"]] as const) {
      const error = refusal(() => evaluate(reportWith({ [id]: { [field]: value } })));
      expect(error.code).toBe("REPORT_INVALID");
      expect(error.issues[0]?.path).toBe(`/indicators/${id}/${field}`);
    }
  });

  it("an empty population is not_applicable, never met by a division by zero", () => {
    const result = evaluate(reportWith({ "2.2.3": { total: 0, withOpenResources: 0 } }));
    expect(result.indicators.find((i) => i.id === "2.2.3")?.verdict).toBe("not_applicable");
  });

  it("the figures are read once, from a private copy: a getter cannot show one value to the check and another to the judge", () => {
    let reads = 0;
    const r = thapMuoi();
    // 1,83 → 1,39 is a fall of 0,44 points: not met. A getter answering 0 after the first read would make it "met".
    Object.defineProperty(r.indicators["3.1.1"], "currentRate", { enumerable: true, get: () => (reads++ === 0 ? 1.39 : 0) });
    const result = evaluate(r);
    expect(result.indicators.find((i) => i.id === "3.1.1")?.verdict).toBe("not_met");
    expect(reads).toBe(1);
    expect(result.reportDigest).toBe(evaluate(thapMuoi()).reportDigest);
    expect(reads).toBe(1);
  });

  it("changing the report object after evaluate changes neither the result nor its digest", () => {
    const r = thapMuoi();
    const result = evaluate(r);
    const before = JSON.stringify(result);
    (r.indicators["3.1.1"] as Record<string, unknown>)["currentRate"] = 0;
    r.district = "Huyện khác";
    expect(JSON.stringify(result)).toBe(before);
    expect(result.reportDigest).toBe(evaluate(thapMuoi()).reportDigest);
  });

  it("a report with shared (not cyclic) objects is read as plain data", () => {
    const r = thapMuoi();
    r.indicators["1.1.2"] = r.indicators["1.1.1"] as Record<string, unknown>;
    const result = evaluate(r);
    expect(result.indicators.find((i) => i.id === "1.1.2")?.verdict).toBe("met");
  });

  it("evaluating never changes the report", () => {
    const r = thapMuoi();
    const before = JSON.stringify(r);
    evaluate(r);
    validateReport(r);
    expect(JSON.stringify(r)).toBe(before);
    expect(({} as Record<string, unknown>)["verdict"]).toBeUndefined();
  });
});
