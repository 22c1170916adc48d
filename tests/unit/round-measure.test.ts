import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundMeasure } from "../../src/evaluate-indicator.js";
import { formatDate, formatNumber, formatShortest } from "../../src/explain/format-number.js";
import { makeIssue } from "../../src/report/make-issue.js";

/** `toFixed`'s rounding: of the binary expansion. */
const toFixedRounding = (v: number, d: number): number => {
  const r = Number(v.toFixed(d));
  return r === 0 ? 0 : r;
};

/** Half away from zero at `places`, on a decimal given as an integer `n` × 10^-`scale` (BigInt, exact). */
const roundBig = (n: bigint, scale: number, places: number): bigint => {
  if (places >= scale) return n * 10n ** BigInt(places - scale);
  const div = 10n ** BigInt(scale - places);
  return n / div + (2n * (n % div) >= div ? 1n : 0n);
};

/**
 * Rounding on paper, written independently of the library (BigInt, exact): the double's exact expansion (`toFixed(40)`
 * for these magnitudes) read as the figure it stands for — rounded to 12 places, or to 15 significant digits from
 * 1 000 up —, and that figure rounded half away from zero at `d` places; at or past the figure's places, `toFixed`.
 */
const paperRounding = (v: number, d: number): number => {
  const abs = Math.abs(v);
  const intDigits = abs < 1 ? 1 : Math.floor(abs).toString().length;
  const places = abs < 1000 ? 12 : Math.max(0, 15 - intDigits);
  if (d >= places) return toFixedRounding(v, d);
  const exact = BigInt(abs.toFixed(40).replace(".", "")); // |v| = exact × 10^-40
  const k = roundBig(roundBig(exact, 40, places), places, d);
  const r = Number(`${v < 0 ? "-" : ""}${k}e-${d}`);
  return r === 0 ? 0 : r;
};

/** What roundMeasure promises (up to |v|·10^d of 2⁵⁰, where it hands over to toFixed). */
const reference = (v: number, d: number): number => (Math.abs(v) * 10 ** d < 2 ** 50 ? paperRounding(v, d) : toFixedRounding(v, d));

describe("roundMeasure rounds as on paper: the figure the double stands for (12 places), half away from zero", () => {
  it("on ratios of counts and differences of 2-decimal rates", () => {
    for (let total = 1; total <= 400; total++) {
      for (let part = 0; part <= total; part++) {
        const v = (part * 100) / total;
        expect(roundMeasure(v, 12)).toBe(reference(v, 12));
        expect(roundMeasure(v, 2)).toBe(reference(v, 2));
        expect(roundMeasure(v, 1)).toBe(reference(v, 1));
      }
    }
    for (let a = 0; a <= 1000; a += 7) {
      for (let b = 0; b <= 1000; b += 3) {
        const v = a / 100 - b / 100;
        expect(roundMeasure(v, 2)).toBe(reference(v, 2));
        expect(roundMeasure(v, 1)).toBe(reference(v, 1));
      }
    }
    expect(roundMeasure(2.01 - 0.51, 2)).toBe(1.5);
    expect(roundMeasure(3.3 - 1.8, 2)).toBe(1.5);
  });
  it("decides a tie on the decimal figure, not on its binary expansion (where toFixed does)", () => {
    // 1,45 − 0 is 1.4499999999999999556 in binary, 1,83 − 0,38 is 1.4500000000000002: both are 1,45 on paper.
    expect(roundMeasure(1.45 - 0, 1)).toBe(1.5);
    expect(toFixedRounding(1.45 - 0, 1)).toBe(1.4);
    expect(roundMeasure(1.83 - 0.38, 1)).toBe(1.5);
    expect(roundMeasure(1.005, 2)).toBe(1.01);
    expect(roundMeasure(2.675, 2)).toBe(2.68);
    expect(roundMeasure(-1.45, 1)).toBe(-1.5);
    expect(roundMeasure(-0.05, 1)).toBe(-0.1);
    expect(roundMeasure(0.125, 2)).toBe(0.13);
    expect(roundMeasure(5e-12, 11)).toBe(1e-11);
    // At 12 places, which only remove binary noise, as toFixed.
    expect(roundMeasure(5e-13, 12)).toBe(toFixedRounding(5e-13, 12));
    expect(roundMeasure(1.44999999999, 1)).toBe(1.4);
    expect(roundMeasure(-0.04, 1)).toBe(0);
    expect(Object.is(roundMeasure(-0.04, 1), -0)).toBe(false);
  });
  it("on arbitrary doubles and every number of decimals", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 12 }), (v, d) => {
        expect(roundMeasure(v, d)).toBe(reference(v, d));
      }),
      { seed: 20261128, numRuns: 20000 },
    );
  });
  it("on decimals written with a few digits, near every tie (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 5 }), (n, places, d) => {
        const v = n / 10 ** places; // a decimal as written, e.g. 14.5 or 1.005
        expect(roundMeasure(v, d)).toBe(reference(v, d));
        // The same decimal reached with binary noise either way rounds the same.
        expect(roundMeasure(v + 1 - 1, d)).toBe(reference(v, d));
        expect(roundMeasure(v * 3 / 3 + 0.1 - 0.1, d)).toBe(reference(v, d));
      }),
      { seed: 11, numRuns: 20000 },
    );
  });
  it("on every difference of two rates with 2 decimals (0–100), at 1 place, against exact arithmetic in hundredths", () => {
    let checked = 0;
    for (let a = 0; a <= 10_000; a += 1) {
      for (let b = a % 13; b <= 10_000; b += 13) {
        const diff = a - b; // hundredths
        const tenths = Math.floor(Math.abs(diff) / 10) + (Math.abs(diff) % 10 >= 5 ? 1 : 0);
        const expected = diff < 0 && tenths > 0 ? -tenths / 10 : tenths / 10;
        const got = roundMeasure(a / 100 - b / 100, 1);
        if (got !== expected) expect(`${a / 100} − ${b / 100} → ${got}`).toBe(`${a / 100} − ${b / 100} → ${expected}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(7_000_000);
  });
  it("at halfway points", () => {
    for (const v of [0.5, 1.5, 2.5, 0.125, 1.005, 1.255, 0.145, -0.5, -1.5, 1e-13, 5e-13, 123456.7890125]) {
      for (let d = 0; d <= 12; d++) expect(roundMeasure(v, d)).toBe(reference(v, d));
    }
  });
});

describe("formatNumber writes the figure rounded as roundMeasure rounds it (its fast path skips toFixed)", () => {
  /** The plain way: toFixed, trailing zeros dropped, thousands grouped. */
  const slow = (value: number, lang: "vi" | "en", d: number): string => {
    const fixed = Math.abs(value) < 1e21 ? reference(Math.abs(value), d).toFixed(d) : Math.abs(value).toFixed(d);
    let [whole = "", frac = ""] = fixed.split(".");
    frac = frac.replace(/0+$/, "");
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
    const negative = value < 0 && (whole !== "0" || frac !== "");
    return (negative ? "−" : "") + grouped + (frac ? (lang === "vi" ? "," : ".") + frac : "");
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
    expect(formatNumber(-1.5e300, "vi", 0)).toBe("−1,5e+300");
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
    expect(formatShortest(-1234.125, "vi")).toBe("−1.234,125");
    expect(formatShortest(-1e-7, "en")).toBe("−1e-7");
    expect(formatShortest(33.333333333333336, "vi")).toBe("33,333333333333336");
    expect(formatShortest(1e-7, "vi")).toBe("1e-7");
    expect(formatShortest(123, "en")).toBe("123");
  });
  it("reads back as the same number (fast-check)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const text = String(v);
        fc.pre(!text.includes("e"));
        // People's minus sign (U+2212) read back as JavaScript's.
        expect(Number(formatShortest(v, "en").replaceAll(",", "").replace("−", "-"))).toBe(v === 0 ? 0 : v);
        expect(Number(formatShortest(v, "vi").replaceAll(".", "").replace(",", ".").replace("−", "-"))).toBe(v === 0 ? 0 : v);
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

describe("negative numbers are written with the minus sign − (U+2212) everywhere people read them", () => {
  it("by formatNumber, formatShortest and the public formatNumber", async () => {
    const { formatNumber: publicFormatNumber } = await import("../../src/index.js");
    expect(publicFormatNumber(-1.5, "vi")).toBe("−1,5");
    expect(publicFormatNumber(-1210.25, "en")).toBe("−1,210.25");
    expect(formatNumber(-0.004, "vi", 2)).toBe("0");
    expect(formatNumber(Number.NEGATIVE_INFINITY, "vi")).toBe("−Infinity");
    expect(formatShortest(-20, "vi")).toBe("−20");
    for (const text of [formatNumber(-3.25, "vi"), formatShortest(-3.25, "en")]) expect(text).not.toContain("-");
  });
});
