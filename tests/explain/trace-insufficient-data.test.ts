import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate, renderReport, renderTrace } from "../../src/index.js";
import type { EvaluationResult, IndicatorResult } from "../../src/index.js";
import * as lite from "../../src/lite.js";
import { buildBrowser } from "../tools/build-browser.mjs";
import { generateReports } from "../bench/generate-reports.js";
import { refusal, reportWith, thapMuoi } from "../helpers.js";

// An indicator whose report lacks figures of every method was judged without computing anything: with `trace: true`
// it still carries a trace, saying which figures each method lacked, and the trace's readers print it.

const traced = evaluate(thapMuoi(), { trace: true });
const find = (id: string, result: EvaluationResult = traced): IndicatorResult => result.indicators.find((r) => r.id === id) as IndicatorResult;

describe("a trace for every indicator, insufficient data too", () => {
  it("every indicator of Tháp Mười carries a trace; 3.1.2 and 3.2.3 say what each method lacked", () => {
    expect(traced.indicators.filter((r) => r.trace === undefined).map((r) => r.id)).toEqual([]);
    expect(find("3.1.2").trace).toEqual({ measure: null, methods: [{ measure: "percent", missing: ["percent"] }] });
    expect(find("3.2.3").trace).toEqual({ measure: null, methods: [{ measure: "counts", missing: ["total", "withWomen"] }, { measure: "percent", missing: ["percent"] }] });
  });

  it("names only the figures not given, also when some are, and every field when the block is absent", () => {
    const partial = evaluate(reportWith({ "2.1.1": { total: 10, good: null } }), { trace: true });
    expect(find("2.1.1", partial).trace).toEqual({ measure: null, methods: [{ measure: "counts", missing: ["good", "fair"] }, { measure: "percent", missing: ["percent"] }] });
    expect(find("3.1.1", partial).trace).toEqual({ measure: null, methods: [{ measure: "rates", missing: ["previousRate", "currentRate"] }] });
  });

  it("is its own data: changing one result's trace changes no other result", () => {
    const a = evaluate(thapMuoi(), { trace: true });
    (find("3.1.2", a).trace?.methods?.[0]?.missing as string[]).push("x");
    expect(find("3.1.2", evaluate(thapMuoi(), { trace: true })).trace?.methods?.[0]?.missing).toEqual(["percent"]);
  });

  it("without trace, no result carries one", () => {
    expect(evaluate(thapMuoi()).indicators.filter((r) => r.trace !== undefined)).toEqual([]);
  });
});

describe("the same traces from every engine and build", () => {
  const reports = [thapMuoi(), reportWith({ "2.1.1": { total: 10 } }), reportWith({}), ...generateReports(60, { seed: 41 })];
  const compiled = reports.map((r) => JSON.stringify(evaluate(r, { trace: true })));
  let dir = "";
  let browser: { evaluate(report: unknown, options: { trace: boolean }): unknown } | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "hht-trace-"));
    const file = join(dir, "huyen-hoc-tap.js");
    await buildBrowser(file);
    browser = (await import(pathToFileURL(file).href)) as typeof browser;
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("json-logic-js (engine: reference) gives the same traces as the compiled rules", () => {
    expect(reports.map((r) => JSON.stringify(evaluate(r, { trace: true, engine: "reference" })))).toEqual(compiled);
  });

  it("huyen-hoc-tap/lite gives the same traces", () => {
    expect(reports.map((r) => JSON.stringify(lite.evaluate(r, { trace: true })))).toEqual(compiled);
  });

  it("the browser build gives the same traces", () => {
    expect(reports.map((r) => JSON.stringify(browser?.evaluate(r, { trace: true })))).toEqual(compiled);
    expect(compiled.some((json) => json.includes('"measure":null,"methods":'))).toBe(true);
  });
});

describe("rendering the trace of an indicator lacking figures", () => {
  it("renderTrace gives one line per method with the figures it lacks, by name and label, in vi and en", () => {
    expect(renderTrace(find("3.2.3"))).toEqual([
      { kind: "missing", text: "cách tính counts: thiếu total (tổng số cấp ủy, cấp lãnh đạo của chính quyền, tổ chức, đoàn thể) và withWomen (số cấp ủy, cấp lãnh đạo có nữ tham gia quản lý) → không tính được" },
      { kind: "missing", text: "cách tính percent: thiếu percent (tỷ lệ có nữ tham gia quản lý (%)) → không tính được" },
    ]);
    expect(renderTrace(find("3.1.2"), { lang: "en" })).toEqual([
      { kind: "missing", text: "method percent: missing percent (share of solid waste and wastewater collected and treated as regulated (%)) → cannot be computed" },
    ]);
  });

  it("the appendix's trace section lists all 16 indicators, 3.1.2 and 3.2.3 among them (Markdown and HTML, vi and en)", () => {
    const md = renderReport(traced, { format: "markdown" });
    const section = md.slice(md.indexOf("### Diễn giải cách tính"));
    expect(section.match(/^\*\*\d\.\d\.\d\*\*$/gm)).toHaveLength(16);
    expect(section).toContain("**3.1.2**\n\n- cách tính percent: thiếu percent (tỷ lệ chất thải rắn, nước thải được thu gom, xử lý theo quy định (%)) → không tính được\n");
    const html = renderReport(traced, { format: "html", lang: "en" });
    expect(html.match(/<div class="trace-item">/g)).toHaveLength(16);
    expect(html).toContain('<div class="trace-item"><h3>3.2.3</h3><ol><li class="missing">method counts: missing total (total number of party committees and leaderships of government, organisations and unions) and withWomen (number of committees and leaderships with women in management) → cannot be computed</li>');
  });
});

describe("a stored result with the new trace", () => {
  /** The result's JSON read back, as storage gives it (any shape may come back). */
  const stored = (): EvaluationResult & { indicators: any[] } => JSON.parse(JSON.stringify(traced)) as EvaluationResult & { indicators: any[] };

  it("is accepted, and renders like the live one", () => {
    expect(renderReport(stored(), { format: "markdown" })).toBe(renderReport(traced, { format: "markdown" }));
    expect(renderTrace(stored().indicators[12] as IndicatorResult)).toEqual(renderTrace(find("3.1.2")));
  });

  it("is refused, each problem located, when its methods are malformed", () => {
    const bad = stored();
    bad.indicators[12].trace = { measure: null, methods: [{ measure: 3, missing: "percent" }] };
    bad.indicators[15].trace = { measure: 1, methods: {} };
    const error = refusal(() => renderReport(bad, { format: "html" }));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.issues?.map((i) => [i.path, i.code])).toEqual([
      ["/indicators/12/trace/methods/0/measure", "WRONG_TYPE"],
      ["/indicators/12/trace/methods/0/missing", "WRONG_TYPE"],
      ["/indicators/15/trace/measure", "WRONG_TYPE"],
      ["/indicators/15/trace/methods", "WRONG_TYPE"],
    ]);
    const one = stored().indicators[12] as Record<string, any>;
    one["trace"] = { measure: null, methods: [{ measure: "percent", missing: [null] }] };
    expect(refusal(() => renderTrace(one as IndicatorResult)).issues?.map((i) => i.path)).toEqual(["/trace/methods/0/missing/0"]);
  });
});
