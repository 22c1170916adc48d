import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundMeasure } from "../../src/evaluate-indicator.js";
import { formatDate, formatNumber, formatShortest } from "../../src/explain/format-number.js";
import { makeIssue } from "../../src/report/make-issue.js";

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

describe("formatNumber writes what toFixed writes (its fast path skips toFixed)", () => {
  /** The plain way: toFixed, trailing zeros dropped, thousands grouped. */
  const slow = (value: number, lang: "vi" | "en", d: number): string => {
    const fixed = Math.abs(value).toFixed(d);
    let [whole = "", frac = ""] = fixed.split(".");
    frac = frac.replace(/0+$/, "");
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
    const negative = value < 0 && (whole !== "0" || frac !== "");
    return (negative ? "-" : "") + grouped + (frac ? (lang === "vi" ? "," : ".") + frac : "");
  };
  it("on ratios of counts, rates and arbitrary doubles, at every number of decimals", () => {
    for (let total = 1; total <= 300; total++) {
      for (let part = 0; part <= total; part += 3) {
        const v = (part * 100) / total;
        for (const d of [0, 1, 2, 3, 12]) expect(formatNumber(v, "vi", d)).toBe(slow(v, "vi", d));
      }
    }
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e16, max: 1e16 }), fc.integer({ min: 0, max: 12 }), fc.constantFrom("vi" as const, "en" as const), (v, d, lang) => {
        expect(formatNumber(v, lang, d)).toBe(slow(v, lang, d));
      }),
      { seed: 20211112, numRuns: 20000 },
    );
    // Around the shortcut for whole numbers from 0 to 999.
    for (const v of [-0, 0, 1, 999, 1000, 999.5, 999.0000001, -1, -999, 1e3 - 1e-13]) for (const d of [0, 2, 12]) expect(formatNumber(v, "vi", d)).toBe(slow(v, "vi", d));
    expect(formatNumber(-0, "vi", 2)).toBe("0");
    // From 10²¹ with an exponent, as JavaScript writes it, in the language's separators (not "1e.+21").
    expect(formatNumber(1e21, "vi")).toBe("1e+21");
    expect(formatNumber(-1.5e300, "vi", 0)).toBe("-1,5e+300");
    expect(formatNumber(1.5e300, "en")).toBe("1.5e+300");
    expect(formatNumber(999999999999999900000, "vi", 0)).toBe("999.999.999.999.999.900.000");
    expect(formatNumber(1210, "vi", 0)).toBe("1.210");
    expect(formatNumber(92.3, "vi", 2)).toBe("92,3");
    expect(formatNumber(69.9996, "vi", 3)).toBe("70");
    expect(formatNumber(0.000001234, "en", 12)).toBe("0.000001234");
  });
});

describe("formatDate", () => {
  it("writes YYYY-MM-DD day first, as the source documents do, and leaves anything else as written", () => {
    expect(formatDate("2022-02-28")).toBe("28/02/2022");
    expect(formatDate("0999-12-01")).toBe("01/12/0999");
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        return formatDate(iso) === `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
      }),
      { seed: 28, numRuns: 500 },
    );
    for (const other of ["2022-2-28", "28/02/2022", "", "2022-02-28T00:00", "2022_02_28"]) expect(formatDate(other)).toBe(other);
  });
});

describe("formatShortest quotes a figure with all its digits, in the language's separators", () => {
  it("on examples", () => {
    expect(formatShortest(2_000_000, "vi")).toBe("2.000.000");
    expect(formatShortest(2_000_000, "en")).toBe("2,000,000");
    expect(formatShortest(100.5, "vi")).toBe("100,5");
    expect(formatShortest(-1234.125, "vi")).toBe("-1.234,125");
    expect(formatShortest(33.333333333333336, "vi")).toBe("33,333333333333336");
    expect(formatShortest(1e-7, "vi")).toBe("1e-7");
    expect(formatShortest(123, "en")).toBe("123");
  });
  it("reads back as the same number (fast-check)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const text = String(v);
        fc.pre(!text.includes("e"));
        expect(Number(formatShortest(v, "en").replaceAll(",", ""))).toBe(v === 0 ? 0 : v);
        expect(Number(formatShortest(v, "vi").replaceAll(".", "").replace(",", "."))).toBe(v === 0 ? 0 : v);
      }),
    );
  });
});

describe("issue messages write their numbers the language's way", () => {
  it("limits, bounds and quoted values", () => {
    expect(makeIssue("TOO_LARGE", "", { what: "characters", max: 2_000_000 }).message).toEqual({
      vi: "dữ liệu quá lớn (số ký tự: giới hạn 2.000.000)",
      en: "input too large (characters: limit 2,000,000)",
    });
    expect(makeIssue("OUT_OF_RANGE", "/x", { value: 100.5, min: 0, max: 100 }).message.vi).toBe("giá trị 100,5 nằm ngoài khoảng cho phép 0–100");
    expect(makeIssue("TOO_LONG", "/x", { max: 10_000 }).message).toEqual({ vi: "chuỗi dài quá 10.000 ký tự", en: "string is longer than 10,000 characters" });
    expect(makeIssue("TOO_MANY_DECIMALS", "/x", { value: 92.345, decimals: 2 }).message.vi).toBe("giá trị 92,345 có quá 2 chữ số thập phân");
  });
});
