/*
 * Texts that come from a report or a pack (district, province, report number, evidence, notes, labels) are shown to
 * people by the appendix (HTML, Markdown) and by the CLI's text. They must not reorder the text around them (bidi
 * controls), break the HTML (C0/C1 controls, noncharacters) or drive the terminal (ESC sequences, BEL, CR); and a
 * place name that already carries its unit word or abbreviation is written as given.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { renderText } from "../../src/cli/render-text.js";
import { traceLines } from "../../src/explain/trace-lines.js";
import { evaluate, renderReport } from "../../src/index.js";
import type { EvaluationResult, RulePack } from "../../src/index.js";
import { fakeIo, readJson, thapMuoi } from "../helpers.js";

/** Bidi formatting characters: embeddings, overrides, isolates, and the marks LRM, RLM, ALM. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** What a conforming HTML document may not contain (besides tab, LF, CR and FF): C0, DEL, C1, lone surrogates, noncharacters. */
const NOT_IN_HTML = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]|\p{Cs}|\p{Noncharacter_Code_Point}/u;
/** What no line of the terminal text may contain: any control character but tab and the LF that ends a line. */
const NOT_IN_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/u;
const REPLACEMENT = "\ufffd";

const hostile = {
  district: "Tháp\u0000M\u001b[31mRED\u001b[0m\u0007",
  province: "\u202eĐồng Tháp",
  number: "417/BC\u2067-UBND\u0085\u009b2J",
  ref: "915/KH\u202e-UBND\r\nKết luận: Đạt",
  description: "Mô tả\u200f\u061c\u2066 \u007f\ufdd0\ud800 cuối\u000c",
  note: "Ghi chú\u202d\u001b]0;owned\u0007\u2028dòng mới",
};

function hostileReport(): Record<string, unknown> & { indicators: Record<string, Record<string, unknown>> } {
  const report = { ...thapMuoi(), district: hostile.district, province: hostile.province, report: { number: hostile.number, date: "2023-01-13" } };
  report.indicators["1.2.2"] = { evidence: [{ ref: hostile.ref, description: hostile.description, date: "2022-02-28" }], selfAssessment: "met" };
  (report.indicators["2.1.1"] as Record<string, unknown>)["note"] = hostile.note;
  return report;
}

/** Parse errors of an HTML document, when parse5 is installed (it is not a dependency of the project). */
function parseErrors(html: string): string[] | null {
  type Parse5 = { parse(html: string, options: { onParseError(error: { code: string }): void }): unknown };
  let parse5: Parse5;
  try {
    parse5 = createRequire(import.meta.url)("parse5") as Parse5;
  } catch {
    return null;
  }
  const errors: string[] = [];
  parse5.parse(html, { onParseError: (e) => errors.push(e.code) });
  return errors;
}

function expectConformingHtml(html: string): void {
  expect(html).not.toMatch(NOT_IN_HTML);
  expect(html).not.toMatch(BIDI);
  const errors = parseErrors(html);
  if (errors !== null) expect(errors).toEqual([]);
}

const hostileResult = evaluate(hostileReport(), { trace: true });

describe("the HTML check", () => {
  it("finds the parse errors a raw control character causes (when parse5 is installed)", () => {
    const errors = parseErrors("<!DOCTYPE html><html lang=\"vi\"><head><title>x</title></head><body><p>Tháp\u0000M\u001b</p></body></html>");
    if (errors !== null) expect(errors).toEqual(["unexpected-null-character", "control-character-in-input-stream"]);
    expect(parseErrors("<!DOCTYPE html><html lang=\"vi\"><head><title>x</title></head><body><p>Tháp\ufffdM</p></body></html>") ?? []).toEqual([]);
  });
});

describe("evaluate keeps the report's texts as given", () => {
  it("the result carries the district and province unchanged", () => {
    expect(hostileResult.district).toBe(hostile.district);
    expect(hostileResult.province).toBe(hostile.province);
    expect(hostileResult.report?.number).toBe(hostile.number);
  });
});

describe("bidirectional controls cannot reorder the appendix (bug: “Tháp Mười\\u202e” printed the year as 2202)", () => {
  const rlo = evaluate({ ...thapMuoi(), district: "Tháp Mười\u202e" });

  it.each(["vi", "en"] as const)("HTML (%s): no bidi control survives; the control is shown as U+FFFD", (lang) => {
    const html = renderReport(rlo, { format: "html", lang });
    expect(html).not.toMatch(BIDI);
    const place = /<p class="doc-place">(.*?)<\/p>/.exec(html)?.[1];
    expect(place).toBe(lang === "vi" ? `Huyện Tháp Mười${REPLACEMENT}, tỉnh Đồng Tháp, năm 2022` : `Tháp Mười${REPLACEMENT} district, Đồng Tháp province, year 2022`);
    expectConformingHtml(html);
  });

  it.each(["vi", "en"] as const)("Markdown (%s): no bidi control survives", (lang) => {
    const md = renderReport(rlo, { format: "markdown", lang });
    expect(md).not.toMatch(BIDI);
    expect(md).toContain(lang === "vi" ? `\n**Huyện Tháp Mười${REPLACEMENT}, tỉnh Đồng Tháp, năm 2022**\n` : `\n**Tháp Mười${REPLACEMENT} district, Đồng Tháp province, year 2022**\n`);
  });

  it.each(["vi", "en"] as const)("CLI text (%s): no bidi control survives", (lang) => {
    expect(renderText(rlo, lang)).not.toMatch(BIDI);
  });
});

describe("control characters of a report (bug: NUL, ESC and BEL passed raw into HTML and the terminal)", () => {
  it.each(["vi", "en"] as const)("HTML (%s) is conforming: no parse error, no control character", (lang) => {
    const html = renderReport(hostileResult, { format: "html", lang });
    expectConformingHtml(html);
    expect(html).toContain(`Tháp${REPLACEMENT}M${REPLACEMENT}[31mRED${REPLACEMENT}[0m${REPLACEMENT}`);
  });

  it("HTML stays conforming for a stored result read back from JSON", () => {
    expectConformingHtml(renderReport(JSON.parse(JSON.stringify(hostileResult)) as EvaluationResult, { format: "html" }));
  });

  it.each(["vi", "en"] as const)("Markdown (%s): no control character, and a line break in a value does not start a line", (lang) => {
    const md = renderReport(hostileResult, { format: "markdown", lang });
    expect(md).not.toMatch(NOT_IN_TERMINAL);
    expect(md).not.toMatch(BIDI);
    expect(md).not.toMatch(/\nKết luận: Đạt/);
  });

  it.each(["vi", "en"] as const)("CLI text (%s): no control character but the LF ending each line, no bidi control", (lang) => {
    const text = renderText(hostileResult, lang, { trace: true, traceLines });
    expect(text).not.toMatch(NOT_IN_TERMINAL);
    expect(text).not.toMatch(BIDI);
    expect(text).not.toMatch(/\nKết luận: Đạt/);
    expect(text.split("\n")[0]).toContain(`Tháp${REPLACEMENT}M${REPLACEMENT}[31mRED${REPLACEMENT}[0m${REPLACEMENT}`);
  });

  it("huyen-hoc-tap evaluate writes no control character to the terminal, in any format for people", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hht-untrusted-"));
    const file = join(dir, "report.json");
    writeFileSync(file, JSON.stringify(hostileReport()));
    for (const format of ["text", "markdown"]) {
      for (const lang of ["vi", "en"]) {
        const { io, out } = fakeIo();
        await runMain(["evaluate", file, "--format", format, "--lang", lang, "--trace"], io);
        expect(out(), `${format} ${lang}`).toContain("Tháp");
        expect(out(), `${format} ${lang}`).not.toMatch(NOT_IN_TERMINAL);
        expect(out(), `${format} ${lang}`).not.toMatch(BIDI);
      }
    }
    const { io, out } = fakeIo();
    await runMain(["evaluate", file, "--format", "html"], io);
    expectConformingHtml(out());
  });
});

describe("texts of a pack are shown as safely as those of a report", () => {
  type Texts = { vi: string; en: string };
  const pack = readJson<RulePack & { standards: { title: Texts; criteria: { indicators: { text: Texts }[] }[] }[] }>("rules/huyen-hoc-tap/2021.json");
  const standard = pack.standards[0];
  const indicator = standard?.criteria[0]?.indicators[0];
  if (!standard || !indicator) throw new Error("the pilot pack has no indicator");
  indicator.text = { vi: `Chỉ báo\u202e đảo\u001b[2J`, en: `Indicator\u202e reversed\u001b[2J` };
  standard.title = { vi: `Tiêu chuẩn\u0000\u2066 một`, en: `Standard\u0000\u2066 one` };
  const result = evaluate(thapMuoi(), { pack, trace: true });

  it.each(["vi", "en"] as const)("%s: HTML conforming, Markdown and text without controls", (lang) => {
    const html = renderReport(result, { format: "html", lang, pack });
    expect(html).toContain(lang === "vi" ? `Chỉ báo${REPLACEMENT} đảo${REPLACEMENT}[2J` : `Indicator${REPLACEMENT} reversed${REPLACEMENT}[2J`);
    expectConformingHtml(html);
    const md = renderReport(result, { format: "markdown", lang, pack });
    expect(md).not.toMatch(NOT_IN_TERMINAL);
    expect(md).not.toMatch(BIDI);
    const text = renderText(result, lang, { trace: true, pack, traceLines });
    expect(text).not.toMatch(NOT_IN_TERMINAL);
    expect(text).not.toMatch(BIDI);
  });
});

describe("place names that carry their unit word or abbreviation are written as given", () => {
  const render = (district: string, province: string, format: "html" | "markdown", lang: "vi" | "en" = "vi"): string =>
    renderReport(evaluate({ ...thapMuoi(), district, province }), { format, lang });
  const place = (out: string): string => (/<p class="doc-place">(.*?)<\/p>/.exec(out)?.[1] ?? "").replace(/\u00a0/g, " ");

  it.each([
    // district, province, Vietnamese place, English place
    ["TX. Hồng Ngự", "Đồng Tháp", "TX. Hồng Ngự, tỉnh Đồng Tháp", "Hồng Ngự town, Đồng Tháp province"],
    ["TX.Hồng Ngự", "Đồng Tháp", "TX.Hồng Ngự, tỉnh Đồng Tháp", "Hồng Ngự town, Đồng Tháp province"],
    ["tx. Hồng Ngự", "Đồng Tháp", "Tx. Hồng Ngự, tỉnh Đồng Tháp", "Hồng Ngự town, Đồng Tháp province"],
    ["TX Hồng Ngự", "Đồng Tháp", "TX Hồng Ngự, tỉnh Đồng Tháp", "Hồng Ngự town, Đồng Tháp province"],
    ["TP Cao Lãnh", "Đồng Tháp", "TP Cao Lãnh, tỉnh Đồng Tháp", "Cao Lãnh city, Đồng Tháp province"],
    ["TP. Cao Lãnh", "Đồng Tháp", "TP. Cao Lãnh, tỉnh Đồng Tháp", "Cao Lãnh city, Đồng Tháp province"],
    ["Q. 1", "TP Hồ Chí Minh", "Q. 1, TP Hồ Chí Minh", "District 1, Hồ Chí Minh city"],
    ["Q.Bình Thạnh", "TP.Hồ Chí Minh", "Q.Bình Thạnh, TP.Hồ Chí Minh", "Bình Thạnh district, Hồ Chí Minh city"],
    ["Thị xã Hồng Ngự", "T. Đồng Tháp", "Thị xã Hồng Ngự, T. Đồng Tháp", "Hồng Ngự town, Đồng Tháp province"],
    ["Huyện Tháp Mười", "T.Đồng Tháp", "Huyện Tháp Mười, T.Đồng Tháp", "Tháp Mười district, Đồng Tháp province"],
    ["T.X. Hồng Ngự", "T. P. Cần Thơ", "T.X. Hồng Ngự, T. P. Cần Thơ", "Hồng Ngự town, Cần Thơ city"],
    ["H. Tháp Mười", "Đồng Tháp", "H. Tháp Mười, tỉnh Đồng Tháp", "Tháp Mười district, Đồng Tháp province"],
    ["T.P Cao Lãnh", "Đồng Tháp", "T.P Cao Lãnh, tỉnh Đồng Tháp", "Cao Lãnh city, Đồng Tháp province"],
    ["T.X Hồng Ngự", "Đồng Tháp", "T.X Hồng Ngự, tỉnh Đồng Tháp", "Hồng Ngự town, Đồng Tháp province"],
    // "T.P" without its second dot is a city, not the province "P Hồ Chí Minh".
    ["Q. 1", "T.P Hồ Chí Minh", "Q. 1, T.P Hồ Chí Minh", "District 1, Hồ Chí Minh city"],
    // Real names that begin with the same letters are names, not abbreviations.
    ["Tân Phú", "Đồng Nai", "Huyện Tân Phú, tỉnh Đồng Nai", "Tân Phú district, Đồng Nai province"],
    ["Tân Phú Đông", "Tiền Giang", "Huyện Tân Phú Đông, tỉnh Tiền Giang", "Tân Phú Đông district, Tiền Giang province"],
    ["Quế Sơn", "Quảng Nam", "Huyện Quế Sơn, tỉnh Quảng Nam", "Quế Sơn district, Quảng Nam province"],
    ["Tx", "Tây Ninh", "Huyện Tx, tỉnh Tây Ninh", "Tx district, Tây Ninh province"],
    ["TP", "Tp", "Huyện TP, tỉnh Tp", "TP district, Tp province"],
    ["TX. ", "T.", "Huyện TX., tỉnh T.", "TX. district, T. province"],
    ["TP cao", "Tuyên Quang", "Huyện TP cao, tỉnh Tuyên Quang", "TP cao district, Tuyên Quang province"],
  ])("%s, %s → “%s” / “%s”", (district, province, vi, en) => {
    expect(place(render(district, province, "html"))).toBe(`${vi}, năm 2022`);
    expect(render(district, province, "markdown")).toContain(`\n**${vi}, năm 2022**\n`);
    expect(place(render(district, province, "html", "en"))).toBe(`${en}, year 2022`);
  });

  it("the CLI's text writes the same place", () => {
    const result = evaluate({ ...thapMuoi(), district: "TX. Hồng Ngự", province: "Đồng Tháp" });
    expect(renderText(result, "vi").split("\n")[0]).toBe("TX. Hồng Ngự, tỉnh Đồng Tháp, năm 2022 (báo cáo 417/BC-UBND)");
    expect(renderText(result, "en").split("\n")[0]).toBe("Hồng Ngự town, Đồng Tháp province, year 2022 (report 417/BC-UBND)");
  });
});
