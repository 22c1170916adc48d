import { describe, expect, it } from "vitest";
import { evaluate, isHuyenHocTapError, validateReport } from "../../src/index.js";
import type { Issue } from "../../src/index.js";
import { refusal, reportWith, thapMuoi } from "../helpers.js";

function issuesOf(report: unknown): Issue[] {
  const result = validateReport(report);
  return result.ok ? [] : result.issues;
}

describe("invalid reports: every problem, each with its path, code and a message in vi and en", () => {
  it.each([
    ["good + fair above total", reportWith({ "2.1.1": { total: 10, good: 8, fair: 3 } }), "/indicators/2.1.1/good", "COUNT_EXCEEDS_TOTAL"],
    ["affected above students", reportWith({ "3.2.2": { students: 10, affected: 11 } }), "/indicators/3.2.2/affected", "COUNT_EXCEEDS_TOTAL"],
    ["withPlan above total", reportWith({ "2.2.1": { total: 5, withPlan: 6 } }), "/indicators/2.2.1/withPlan", "COUNT_EXCEEDS_TOTAL"],
    ["percent above 100", reportWith({ "3.1.2": { percent: 100.5 } }), "/indicators/3.1.2/percent", "OUT_OF_RANGE"],
    ["negative percent", reportWith({ "2.2.4": { percent: -1 } }), "/indicators/2.2.4/percent", "OUT_OF_RANGE"],
    ["decimal comma as a string", reportWith({ "3.1.1": { previousRate: "1,83", currentRate: 1.39 } }), "/indicators/3.1.1/previousRate", "NUMBER_AS_STRING"],
    ["number as a string", reportWith({ "2.1.1": { total: "33", good: 33, fair: 0 } }), "/indicators/2.1.1/total", "NUMBER_AS_STRING"],
    ["unknown indicator", reportWith({ "2.1.9": { total: 1 } }), "/indicators/2.1.9", "UNKNOWN_INDICATOR"],
    ["unknown field (a typo)", reportWith({ "2.1.1": { total: 10, goood: 8 } }), "/indicators/2.1.1/goood", "UNKNOWN_FIELD"],
    ["missing district", { province: "P", year: 2022, indicators: {} }, "/district", "MISSING_FIELD"],
    ["missing province", { district: "D", year: 2022, indicators: {} }, "/province", "MISSING_FIELD"],
    ["missing indicators", { district: "D", province: "P", year: 2022 }, "/indicators", "MISSING_FIELD"],
    ["year as a string", { district: "D", province: "P", year: "2022", indicators: {} }, "/year", "NUMBER_AS_STRING"],
    ["year not an integer", { district: "D", province: "P", year: 2022.5, indicators: {} }, "/year", "WRONG_TYPE"],
    ["district not a string", { district: 5, province: "P", year: 2022, indicators: {} }, "/district", "WRONG_TYPE"],
    ["blank district (the appendix was headed “Huyện , …”)", { district: " ", province: "P", year: 2022, indicators: {} }, "/district", "BLANK_STRING"],
    ["blank province", { district: "D", province: "\u200b", year: 2022, indicators: {} }, "/province", "BLANK_STRING"],
    ["blank report number", { district: "D", province: "P", year: 2022, report: { number: "  " }, indicators: {} }, "/report/number", "BLANK_STRING"],
    ["total of 0 where a population is required", reportWith({ "2.1.1": { total: 0, good: 0, fair: 0 } }), "/indicators/2.1.1/total", "OUT_OF_RANGE"],
    ["students of 0", reportWith({ "3.2.2": { students: 0, affected: 0 } }), "/indicators/3.2.2/students", "OUT_OF_RANGE"],
    ["negative count", reportWith({ "2.2.2": { total: 5, equipped: -1 } }), "/indicators/2.2.2/equipped", "OUT_OF_RANGE"],
    ["fractional count", reportWith({ "2.2.2": { total: 5, equipped: 2.5 } }), "/indicators/2.2.2/equipped", "WRONG_TYPE"],
    ["rate with too many decimals", reportWith({ "3.1.1": { previousRate: 1.835, currentRate: 1.39 } }), "/indicators/3.1.1/previousRate", "TOO_MANY_DECIMALS"],
    ["bad self-assessment", reportWith({ "3.1.1": { selfAssessment: "đạt" } }), "/indicators/3.1.1/selfAssessment", "INVALID_VALUE"],
    ["evidence without ref or description", reportWith({ "1.1.1": { evidence: [{ date: "2022-01-01" }] } }), "/indicators/1.1.1/evidence/0", "MISSING_ONE_OF"],
    ["blank evidence reference", reportWith({ "1.1.1": { evidence: [{ ref: " \u200b" }] } }), "/indicators/1.1.1/evidence/0/ref", "BLANK_STRING"],
    ["blank evidence description", reportWith({ "1.1.1": { evidence: [{ description: "\n\t" }] } }), "/indicators/1.1.1/evidence/0/description", "BLANK_STRING"],
    ["evidence not a list", reportWith({ "1.1.1": { evidence: "915/KH-UBND" } }), "/indicators/1.1.1/evidence", "WRONG_TYPE"],
    ["impossible date", reportWith({ "1.1.1": { evidence: [{ ref: "1", date: "2022-02-30" }] } }), "/indicators/1.1.1/evidence/0/date", "INVALID_DATE"],
    ["indicator block not an object", reportWith({ "2.1.1": 70 }), "/indicators/2.1.1", "WRONG_TYPE"],
    ["an indicator id of \"\"", reportWith({ "": {} }), "/indicators/", "UNKNOWN_INDICATOR"],
    ["unknown top-level field", { ...reportWith({}), extra: 1 }, "/extra", "UNKNOWN_FIELD"],
    ["report date malformed", { ...reportWith({}), report: { number: "1", date: "13/01/2023" } }, "/report/date", "INVALID_DATE"],
  ])("%s", (_name, report, path, code) => {
    const issues = issuesOf(report);
    const issue = issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.code).toBe(code);
    expect(issue?.message.vi.length).toBeGreaterThan(5);
    expect(issue?.message.en.length).toBeGreaterThan(5);
    expect(issue?.message.vi).not.toBe(issue?.message.en);
  });

  it("a count written as text is told to be written as a whole number (1210), a rate with a decimal point (1.83)", () => {
    const [count] = issuesOf(reportWith({ "2.1.1": { total: "1.210", good: 33, fair: 0 } }));
    expect(count?.params).toMatchObject({ value: "1.210", integer: true, suggested: "1210" });
    expect(count?.message.vi).toContain("số nguyên, không có dấu phân cách hàng nghìn: 1210");
    expect(count?.message.en).toContain("a whole number, without thousands separators: 1210");
    expect(count?.message.vi).not.toContain("1.83");
    for (const [text, whole] of [["1 210", "1210"], ["1,210", "1210"], [" 33 ", "33"], ["1.210.000", "1210000"], ["-0", "-0"], ["007", "7"]]) {
      expect([text, issuesOf(reportWith({ "2.1.1": { total: text, good: 0, fair: 0 } }))[0]?.params["suggested"]]).toEqual([text, whole]);
    }
    const [fraction] = issuesOf(reportWith({ "2.1.1": { total: "12,5", good: 0, fair: 0 } }));
    expect(fraction?.params["suggested"]).toBeUndefined();
    expect(fraction?.message.en).toContain("e.g. 1210");
    const [rate] = issuesOf(reportWith({ "3.1.1": { previousRate: "1,83", currentRate: 1.39 } }));
    expect(rate?.params["integer"]).toBeUndefined();
    expect(rate?.params["suggested"]).toBe("1.83");
    expect(rate?.message.vi).toContain("(ghi số 1.83: dấu chấm thập phân, không kèm %)");
    expect(rate?.message.en).toContain("(write the number 1.83: a decimal point, no %)");
    // A percent written as text, with its sign (a Vietnamese reader's audit): the number, without “%”.
    const [percent] = issuesOf(reportWith({ "3.1.2": { percent: "92,3%" } }));
    expect(percent?.params["suggested"]).toBe("92.3");
    expect(percent?.message.vi).toContain("ghi số 92.3: dấu chấm thập phân, không kèm %");
  });

  it("a decimal where a count is expected is said to be a decimal number (not “a number”, which a count is too)", () => {
    const [issue] = issuesOf(reportWith({ "2.1.1": { total: 3.5, good: 0, fair: 0 } }));
    expect(issue?.code).toBe("WRONG_TYPE");
    expect(issue?.params["actual"]).toBe("decimal");
    expect(issue?.message.vi).toContain("nhưng nhận được số thập phân");
    expect(issue?.message.en).toContain("got a decimal number");
  });

  it("a blank evidence reference cannot make an indicator met: evaluate refuses it (generated and closure readers)", async () => {
    const report = reportWith({ "1.1.1": { evidence: [{ ref: "   " }] } });
    const error = refusal(() => evaluate(report));
    expect(error.code).toBe("REPORT_INVALID");
    expect(error.issues.map((i) => `${i.code} ${i.path}`)).toEqual(["BLANK_STRING /indicators/1.1.1/evidence/0/ref"]);
    const { loadPack } = await import("../../src/index.js");
    const { readFileSync } = await import("node:fs");
    // Another report schema (a label changed): read by closures, not by the generated reader.
    const text = readFileSync(new URL("../../rules/huyen-hoc-tap/2021.json", import.meta.url), "utf8").replace("số, ký hiệu văn bản", "số hiệu văn bản");
    const pilot = JSON.parse(text) as object;
    expect(refusal(() => evaluate(report, { pack: loadPack(pilot) })).issues.map((i) => i.code)).toEqual(["BLANK_STRING"]);
    // Visible text is kept as it is.
    expect(evaluate(reportWith({ "1.1.1": { evidence: [{ ref: " 915/KH-UBND " }] } })).indicators.find((i) => i.id === "1.1.1")?.verdict).toBe("met");
  });

  it("characters that show nothing are blank: bidi controls, variation selectors, fillers, tags, lone surrogates", () => {
    for (const ref of ["\u2066", "\u202a\u202c", "\u061c", "\u034f", "\u180b", "\ufe0f", "\u{e0020}", "\u2800", "\u3164", "\uffa0", "\u115f", "\u17b4", "\ud800", " \u00a0\u3000"]) {
      const issues = issuesOf(reportWith({ "3.2.1": { evidence: [{ ref }] } }));
      expect([JSON.stringify(ref), issues.map((i) => `${i.code} ${i.path}`)]).toEqual([JSON.stringify(ref), ["BLANK_STRING /indicators/3.2.1/evidence/0/ref"]]);
      expect(refusal(() => evaluate(reportWith({ "3.2.1": { evidence: [{ ref }] } }))).code).toBe("REPORT_INVALID");
    }
    // An empty string is too short, once.
    expect(issuesOf(reportWith({ "3.2.1": { evidence: [{ ref: "" }] } })).map((i) => i.code)).toEqual(["TOO_SHORT"]);
  });

  it("a year no pack covers is invalid for validateReport too, at /year, as evaluate says (other problems still reported)", () => {
    const issues = issuesOf({ ...reportWith({ "2.1.1": { total: -1 } }, 2030) });
    expect(issues.map((i) => `${i.code} ${i.path}`)).toEqual(["OUT_OF_RANGE /indicators/2.1.1/total", "NO_PACK_FOR_YEAR /year"]);
    expect(refusal(() => evaluate(reportWith({}, 2030))).issues.map((i) => i.path)).toEqual(["/year"]);
    // A year out of the newest pack's range is that problem alone.
    expect(issuesOf(reportWith({}, 2500)).map((i) => `${i.code} ${i.path}`)).toEqual(["OUT_OF_RANGE /year"]);
  });

  it("lengths count code points, a lone surrogate as one, in NFC (a decomposed é is one character)", () => {
    const district = "\ud800x".repeat(101); // 202 code points, over the 200 allowed
    expect(issuesOf({ ...reportWith({}), district }).map((i) => `${i.code} ${i.path}`)).toEqual(["TOO_LONG /district"]);
    expect(refusal(() => evaluate({ ...reportWith({}), district })).issues.map((i) => i.code)).toEqual(["TOO_LONG"]);
    const ref = "e\u0301".repeat(150); // 300 code points decomposed, 150 in NFC (200 allowed)
    expect(issuesOf(reportWith({ "1.1.1": { evidence: [{ ref }] } }))).toEqual([]);
    expect(evaluate(reportWith({ "1.1.1": { evidence: [{ ref }] } })).indicators[0]?.verdict).toBe("met");
    expect(issuesOf(reportWith({ "1.1.1": { evidence: [{ ref: "e\u0301".repeat(201) }] } })).map((i) => i.code)).toEqual(["TOO_LONG"]);
  });

  it("control characters are blank too (U+0085, C0, DEL); x-notBlank without minLength refuses \"\" in every reader", async () => {
    for (const description of ["\u0085", "\u0000", "\u0007", "\u001b", "\u007f", "\u0085\u00a0"]) {
      const report = reportWith({ "3.2.1": { evidence: [{ description }] } });
      expect([JSON.stringify(description), issuesOf(report).map((i) => i.code)]).toEqual([JSON.stringify(description), ["BLANK_STRING"]]);
      expect(refusal(() => evaluate(report)).code).toBe("REPORT_INVALID");
    }
    const { loadPack } = await import("../../src/index.js");
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(new URL("../../rules/huyen-hoc-tap/2021.json", import.meta.url), "utf8").replace('"minLength": 1,\n            "x-notBlank": true,\n            "maxLength": 4000', '"x-notBlank": true,\n            "maxLength": 4000');
    const pack = loadPack(JSON.parse(text) as object);
    const empty = reportWith({ "3.2.1": { evidence: [{ description: "" }] } });
    expect(validateReport(empty, { pack })).toMatchObject({ ok: false, issues: [{ code: "BLANK_STRING", path: "/indicators/3.2.1/evidence/0/description" }] });
    expect(refusal(() => evaluate(empty, { pack })).issues.map((i) => i.code)).toEqual(["BLANK_STRING"]);
  });

  it("maxLength counts the NFC form both ways: U+0958 is two code points in NFC", () => {
    const ref = "\u0958".repeat(101); // 101 as written, 202 in NFC (200 allowed)
    expect(issuesOf(reportWith({ "1.1.1": { evidence: [{ ref }] } })).map((i) => i.code)).toEqual(["TOO_LONG"]);
    expect(refusal(() => evaluate(reportWith({ "1.1.1": { evidence: [{ ref }] } }))).issues.map((i) => i.code)).toEqual(["TOO_LONG"]);
    expect(issuesOf(reportWith({ "1.1.1": { evidence: [{ ref: "\u0958".repeat(100) }] } }))).toEqual([]);
  });

  it("reports every problem at once", () => {
    const issues = issuesOf({ year: "x", indicators: { "2.1.1": { total: -1, good: "7" }, "9.9": {} } });
    expect(issues.map((i) => i.path).sort()).toEqual(["/district", "/indicators/2.1.1/good", "/indicators/2.1.1/total", "/indicators/9.9", "/province", "/year"]);
  });

  it("refuses what is not an object", () => {
    for (const bad of [null, 5, "report", [], undefined]) {
      expect(issuesOf(bad)).toMatchObject([{ code: "WRONG_TYPE", path: "" }]);
    }
  });

  it("evaluate throws one error class with code REPORT_INVALID and the issues", () => {
    let caught: unknown;
    try {
      evaluate(reportWith({ "2.1.1": { total: 10, good: 8, fair: 3 } }));
    } catch (error) {
      caught = error;
    }
    expect(isHuyenHocTapError(caught)).toBe(true);
    if (!isHuyenHocTapError(caught)) return;
    expect(caught.code).toBe("REPORT_INVALID");
    expect(caught.issues).toHaveLength(1);
    expect(caught.issues[0]?.message.vi).toBe("tổng 8 (số đơn vị xếp loại Tốt) + 3 (số đơn vị xếp loại Khá) vượt quá tổng số 10 (tổng số cơ quan, đơn vị cấp huyện được đánh giá)");
    expect(caught.text.vi).toContain("Báo cáo không hợp lệ");
    expect(isHuyenHocTapError(new Error("x"))).toBe(false);
  });

  it("a year no bundled pack covers throws NO_PACK_FOR_YEAR naming the covered years, before validation", () => {
    for (const year of [2020, 2024, 2030]) {
      try {
        evaluate({ year, indicators: "not even valid" });
        expect.unreachable();
      } catch (error) {
        expect(isHuyenHocTapError(error) && error.code).toBe("NO_PACK_FOR_YEAR");
        expect(isHuyenHocTapError(error) && error.text.vi).toContain("2021–2023");
        expect(isHuyenHocTapError(error) && error.text.en).toContain(String(year));
      }
    }
    for (const year of [2021, 2022, 2023]) expect(evaluate(reportWith({}, year)).pack.version).toBe("2021.1.0");
  });

  it("an asOf date no bundled pack is in force on throws NO_PACK_FOR_YEAR naming that date and the periods in force", () => {
    const error = refusal(() => evaluate(reportWith({}, 2022), { asOf: "2021-11-11" }));
    expect(error.code).toBe("NO_PACK_FOR_YEAR");
    expect(error.text).toEqual({
      vi: "Không có bộ quy tắc nào có hiệu lực vào ngày 11/11/2021 (asOf). Thời gian hiệu lực của các bộ quy tắc: 12/11/2021 – 11/02/2024.",
      en: "No rule pack is in force on 11/11/2021 (asOf). Periods in force of the rule packs: 12/11/2021 – 11/02/2024.",
    });
    expect(evaluate(reportWith({}, 2022), { asOf: "2021-11-12" }).pack.version).toBe("2021.1.0");
    expect(evaluate(reportWith({}, 2022), { asOf: "2024-02-11" }).pack.version).toBe("2021.1.0");
    expect(refusal(() => evaluate(reportWith({}, 2022), { asOf: "2024-02-12" })).code).toBe("NO_PACK_FOR_YEAR");
  });

  it("validateReport never throws for a bad report, even for an uncovered year", () => {
    expect(validateReport(reportWith({}, 2030))).toMatchObject({ ok: false, issues: [{ code: "NO_PACK_FOR_YEAR", path: "/year" }] });
    expect(validateReport(thapMuoi())).toEqual({ ok: true });
  });
});

describe("purity", () => {
  it("never mutates the input, which may be frozen", () => {
    const report = thapMuoi();
    const before = JSON.stringify(report);
    const freeze = (o: unknown): void => {
      if (o && typeof o === "object") {
        Object.freeze(o);
        Object.values(o).forEach(freeze);
      }
    };
    freeze(report);
    evaluate(report);
    evaluate(report, { trace: true });
    validateReport(report);
    expect(JSON.stringify(report)).toBe(before);
  });

  it("gives results that share nothing with the input", () => {
    const report = thapMuoi();
    const result = evaluate(report);
    const digest = result.reportDigest; // computed on first read (documented), then cached
    (report.indicators["3.1.1"] as Record<string, unknown>)["previousRate"] = 9;
    (report.indicators["1.1.1"]?.["evidence"] as { ref: string }[])[0]!.ref = "changed";
    expect(result.indicators.find((i) => i.id === "3.1.1")?.inputs["previousRate"]).toBe(1.83);
    expect((result.indicators.find((i) => i.id === "1.1.1")?.inputs["evidence"] as { ref: string }[])[0]?.ref).toBe("254/KH-UBND");
    expect(result.reportDigest).toBe(digest);
    expect(digest).toBe(evaluate(thapMuoi()).reportDigest);
    expect(evaluate(report).reportDigest).not.toBe(digest);
  });
});
