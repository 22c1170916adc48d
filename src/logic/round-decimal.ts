const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12];

/**
 * Rounds to `decimals` places exactly as written on paper: the result is `Number(value.toFixed(decimals))`, the
 * double nearest to the decimal expansion rounded at that place (so 1.4999999999999998 at 2 places is 1.5).
 * `toFixed` is slow. x = value × 10^decimals is computed with an error below |x|·2⁻⁵³ (and x − ⌊x⌋ exactly), so when
 * the fraction of x is farther than |x|·2⁻⁵² from one half, `Math.round(x)` is the integer `toFixed` rounds to, and
 * dividing it by 10^decimals gives the same double (a test compares both on many values).
 */
export function roundMeasure(value: number, decimals: number): number {
  if (Number.isInteger(value)) return value === 0 ? 0 : value;
  const p = POW10[decimals];
  if (p !== undefined) {
    const x = value * p;
    if (x < 1125899906842624 && x > -1125899906842624) {
      const f = x - Math.floor(x);
      if (Math.abs(f - 0.5) > (x < 0 ? -x : x) * 2.3e-16 + 1e-300) {
        const rounded = Math.round(x) / p;
        return rounded === 0 ? 0 : rounded;
      }
    }
  }
  const rounded = Number(value.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}

/**
 * The digits `value.toFixed(decimals)` writes, as the integer n = value × 10^decimals rounded the same way (see
 * {@link roundMeasure}), for 0 ≤ value; or -1 when only `toFixed` can tell (a tie within rounding error, or too large).
 */
export function scaledDigits(value: number, decimals: number): number {
  const p = POW10[decimals];
  if (p === undefined) return -1;
  const x = value * p;
  if (!(x >= 0 && x < 1125899906842624)) return -1;
  const f = x - Math.floor(x);
  return Math.abs(f - 0.5) > x * 2.3e-16 + 1e-300 ? Math.round(x) : -1;
}
