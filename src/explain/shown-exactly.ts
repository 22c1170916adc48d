import type { Lang } from "../types.js";

/**
 * Whether `shown`, a number as `formatNumber` writes it (with a unit or not: `0,44 điểm phần trăm`, `66,67%`), is
 * all of `value`, so that a trace or the appendix may write `=` before it rather than `≈`.
 *
 * All of a value is the figure the double stands for: its 15 significant digits. The digits beyond them are the noise
 * of binary arithmetic (1,83 − 1,39 is 0.44000000000000017 in binary; on paper, and here, exactly 0,44), never a
 * digit that figures of a report or a ratio of counts can mean. Reading the double at 12 decimal places instead, as
 * rounding does, would drop real digits of a small value: 1 × 100 ÷ 999 999 999 is 1,000000001 × 10⁻⁷, which is not
 * the 0,0000001 shown.
 */
export function shownExactly(value: number, shown: string, lang: Lang): boolean {
  if (!Number.isFinite(value)) return true;
  const number = /\d[\d.,]*/.exec(shown)?.[0] ?? "";
  const at = number.lastIndexOf(lang === "vi" ? "," : ".");
  const decimals = at < 0 ? 0 : number.length - at - 1;
  // `toPrecision` writes the figure as digits and, for small and large values, a power of ten: 1.00000000100000e-7.
  const [, fraction = "", exponent = "0"] = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(value.toPrecision(15)) ?? [];
  return fraction.replace(/0+$/, "").length - Number(exponent) <= decimals;
}
