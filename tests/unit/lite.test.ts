import { describe, expect, it } from "vitest";
import * as lite from "../../src/lite.js";
import { evaluate, isHuyenHocTapError, listPacks, validateReport } from "../../src/index.js";
import { bundledPacks } from "../../src/pack/bundled-packs.js";
import { litePacks } from "../../src/pack/lite-packs.js";
import { bundleSize, LITE_EVALUATE } from "../bench/bundle-size.js";
import { generateReports } from "../bench/generate-reports.js";
import { refusal, repoPath, thapMuoi } from "../helpers.js";

/** What a call gives, as JSON (every lazy text read), or the error's code and issues. */
function outcome(f: () => unknown): string {
  try {
    return JSON.stringify(f());
  } catch (error) {
    if (!isHuyenHocTapError(error)) throw error;
    return JSON.stringify({ code: error.code, issues: error.issues, text: error.text });
  }
}

describe("huyen-hoc-tap/lite", () => {
  const reports: unknown[] = [thapMuoi(), ...generateReports(250, { seed: 66, invalidShare: 0.1 }), { ...thapMuoi(), year: 1999 }, null, "x"];

  it("judges exactly as the main entry: results with every reason, flag and digest, and errors", () => {
    let judged = 0;
    for (const report of reports) {
      const expected = outcome(() => evaluate(report));
      expect(outcome(() => lite.evaluate(report))).toBe(expected);
      if (!expected.startsWith('{"code"')) judged++;
    }
    expect(judged).toBeGreaterThan(200);
  });

  it("with asOf and trace, and validates alike", () => {
    for (const report of reports.slice(0, 40)) {
      expect(outcome(() => lite.evaluate(report, { asOf: "2022-12-31", trace: true }))).toBe(outcome(() => evaluate(report, { asOf: "2022-12-31", trace: true })));
      expect(outcome(() => lite.validateReport(report))).toBe(outcome(() => validateReport(report)));
    }
    expect(refusal(() => lite.evaluate(thapMuoi(), { asOf: "31/12/2022" })).code).toBe("INVALID_ARGUMENT");
  });

  it("refuses a pack and the reference engine, saying which entry has them", () => {
    const pack = listPacks()[0]?.pack;
    for (const options of [{ pack }, { engine: "reference" }]) {
      const error = refusal(() => lite.evaluate(thapMuoi(), options as never));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.text.en).toContain('"huyen-hoc-tap"');
      expect(error.text.vi).toContain("huyen-hoc-tap/lite");
    }
    expect(refusal(() => lite.validateReport(thapMuoi(), { pack } as never)).code).toBe("INVALID_ARGUMENT");
    expect(lite.evaluate(thapMuoi(), { engine: "compiled" } as never).verdict).toBe(evaluate(thapMuoi()).verdict);
  });

  it("has the same bundled packs, without their tests, description, acts' titles, thresholds' labels and indicator wording and notes, under the published digests", () => {
    const full = bundledPacks();
    const small = litePacks();
    expect(small.map((p) => p.info)).toEqual(full.map((p) => p.info));
    small.forEach((p, i) => {
      const { tests, description, standards, $schema, legalBasis, thresholds, ...rest } = full[i]?.pack as unknown as Record<string, any>;
      expect(tests).toBeDefined();
      expect(description).toBeDefined();
      expect($schema).toBeDefined();
      const { standards: liteStandards, legalBasis: liteActs, thresholds: liteThresholds, ...liteRest } = p.pack as unknown as Record<string, any>;
      expect(liteRest).toEqual(rest);
      // Every threshold by its value and unit (judging compares with them); its label only names it in documents.
      expect(liteThresholds).toEqual(Object.fromEntries(Object.entries(thresholds).map(([name, t]: [string, any]) => [name, { value: t.value, unit: t.unit }])));
      // The acts by reference and date (indicators name them), without their titles and issuers.
      expect(liteActs).toEqual(legalBasis.map((act: { ref: string; date: string }) => ({ ref: act.ref, date: act.date })));
      // Every indicator, in the same place, with everything but its official wording and note (which only documents show).
      const strip = (s: any[]) => s.map((st) => ({ ...st, criteria: st.criteria.map((c: any) => ({ ...c, indicators: c.indicators.map(({ text: _text, note: _note, ...ind }: any) => ind) })) }));
      expect(liteStandards).toEqual(strip(standards));
      expect(JSON.stringify(liteStandards)).not.toContain('"text"');
      expect(JSON.stringify(liteStandards)).not.toContain('"note"');
    });
  });

  it("its browser bundle of evaluate holds no pack checker, json-logic-js or pack tests, within 30 KB gzipped", async () => {
    const bundle = await bundleSize(LITE_EVALUATE, repoPath(""));
    for (const left of ["json-logic-js", "ajv", "@noble", "src/pack/load-pack.ts", "src/generated/validate-pack-schema.js", "rules/huyen-hoc-tap/2021.json", "document-messages"]) {
      expect(bundle.inputs.filter((input) => input.includes(left)), left).toEqual([]);
    }
    expect(bundle.inputs).toContain("rules/huyen-hoc-tap/2021.lite.js");
    expect(bundle.gzipBytes).toBeLessThanOrEqual(30 * 1024);
  });
});
