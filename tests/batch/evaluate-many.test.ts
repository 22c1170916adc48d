import { describe, expect, it } from "vitest";
import { evaluate, evaluateMany, isHuyenHocTapError, listPacks, loadPack } from "../../src/index.js";
import type { RulePack } from "../../src/index.js";
import { generateReports } from "../bench/generate-reports.js";
import { reportWith, thapMuoi } from "../helpers.js";

const json = (value: unknown): string => JSON.stringify(value);

describe("evaluateMany", () => {
  const reports = generateReports(60, { seed: 11, invalidShare: 0.2 });

  it("gives one item per report, in input order, each equal to what evaluate gives", () => {
    const items = evaluateMany(reports);
    expect(items).toHaveLength(reports.length);
    items.forEach((item, i) => {
      expect(item.index).toBe(i);
      let expected: unknown;
      try {
        expected = { ok: true, result: evaluate(reports[i]) };
      } catch (error) {
        if (!isHuyenHocTapError(error)) throw error;
        expected = { ok: false, error: { code: error.code, issues: error.issues, message: error.text } };
      }
      const { index: _index, ...rest } = item;
      expect(json(rest)).toBe(json(expected));
    });
  });

  it("never stops for a bad report: the others are judged, the bad ones carry located issues", () => {
    const items = evaluateMany([thapMuoi(), { district: "x" }, reportWith({ "2.1.1": { total: 10, good: 8, fair: 5 } }), 42, null, thapMuoi()]);
    expect(items.map((i) => i.ok)).toEqual([true, false, false, false, false, true]);
    const bad = items[2];
    if (bad?.ok !== false) throw new Error("expected a failure");
    expect(bad.error.code).toBe("REPORT_INVALID");
    expect(bad.error.issues.map((i) => i.path)).toContain("/indicators/2.1.1/good");
    expect(bad.error.message.vi).toMatch(/không hợp lệ/);
    const missing = items[1];
    if (missing?.ok !== false) throw new Error("expected a failure");
    expect(missing.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["/province", "/year", "/indicators"]));
  });

  it("a year no bundled pack covers is that report's error, not the batch's", () => {
    const items = evaluateMany([reportWith({}, 1999), reportWith({}, 2022)]);
    expect(items[0]).toMatchObject({ ok: false, error: { code: "NO_PACK_FOR_YEAR" } });
    expect(items[1]).toMatchObject({ ok: true });
  });

  it("accepts any iterable, e.g. a generator", () => {
    function* some(): Generator<unknown> {
      yield thapMuoi();
      yield thapMuoi();
    }
    expect(evaluateMany(some()).map((i) => i.ok)).toEqual([true, true]);
    expect(evaluateMany([])).toEqual([]);
    expect(evaluateMany([thapMuoi()], null as never)[0]?.ok).toBe(true);
  });

  it("checks a given pack once, and judges with it", () => {
    const base = listPacks()[0]?.pack as RulePack;
    const variant = JSON.parse(JSON.stringify(base)) as RulePack & { thresholds: Record<string, { value: number }> };
    (variant.thresholds["minPovertyRateFall"] as { value: number }).value = 0.4;
    const items = evaluateMany([thapMuoi()], { pack: variant });
    const first = items[0];
    if (first?.ok !== true) throw new Error("expected a result");
    expect(first.result.pack.digest).toBe(evaluate(thapMuoi(), { pack: loadPack(variant) }).pack.digest);
    expect(first.result.pack.digest).not.toBe(listPacks()[0]?.digest);
    expect(first.result.indicators.find((r) => r.id === "3.1.1")?.verdict).toBe("met");
  });

  it("throws for what concerns the whole batch: an invalid pack, a malformed option, no iterable", () => {
    expect(() => evaluateMany([thapMuoi()], { pack: { formatVersion: 1 } })).toThrow(expect.objectContaining({ code: "PACK_INVALID" }));
    expect(() => evaluateMany([thapMuoi()], { asOf: "yesterday" })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => evaluateMany(42 as never)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => evaluateMany(null as never)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });
});
