import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundMeasure } from "../../src/evaluate-indicator.js";

const reference = (v: number, d: number): number => {
  const r = Number(v.toFixed(d));
  return r === 0 ? 0 : r;
};

describe("roundMeasure is Number(value.toFixed(decimals)), exactly", () => {
  it("on ratios of counts and differences of 2-decimal rates", () => {
    for (let total = 1; total <= 400; total++) {
      for (let part = 0; part <= total; part++) {
        const v = (part * 100) / total;
        expect(roundMeasure(v, 12)).toBe(reference(v, 12));
        expect(roundMeasure(v, 2)).toBe(reference(v, 2));
      }
    }
    for (let a = 0; a <= 1000; a += 7) {
      for (let b = 0; b <= 1000; b += 3) {
        const v = a / 100 - b / 100;
        expect(roundMeasure(v, 2)).toBe(reference(v, 2));
      }
    }
    expect(roundMeasure(2.01 - 0.51, 2)).toBe(1.5);
    expect(roundMeasure(3.3 - 1.8, 2)).toBe(1.5);
  });
  it("on arbitrary doubles and every number of decimals", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 12 }), (v, d) => {
        expect(roundMeasure(v, d)).toBe(reference(v, d));
      }),
      { seed: 20261128, numRuns: 20000 },
    );
  });
  it("at halfway points", () => {
    for (const v of [0.5, 1.5, 2.5, 0.125, 1.005, 1.255, 0.145, -0.5, -1.5, 1e-13, 5e-13, 123456.7890125]) {
      for (let d = 0; d <= 12; d++) expect(roundMeasure(v, d)).toBe(reference(v, d));
    }
  });
});
