const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12];

/** 2⁵⁰: below it x − ⌊x⌋ is exact and x has room for every digit up to the place rounded to. */
const SHORTCUT_LIMIT = 1125899906842624;

/** HALF_UNIT[k] = ½ · 10⁻ᵏ: how far reading a value at `k` more places than the rounding moves x (see scaledDigits). */
const HALF_UNIT = [5e-1, 5e-2, 5e-3, 5e-4, 5e-5, 5e-6, 5e-7, 5e-8, 5e-9, 5e-10, 5e-11, 5e-12, 5e-13];

/**
 * Rounds to `decimals` places as on paper, half away from zero. The double is first read as the decimal figure it
 * stands for: rounded to 12 places (to 15 significant digits from 1 000 up), which removes the noise of binary
 * arithmetic — a difference of two figures of a report is off by less than 10⁻¹³ — and keeps every digit a report's
 * figures or a ratio of counts can mean. That figure is then rounded. So 1,45 − 0 (1.4499999999999999556 in binary)
 * and 1,83 − 0,38 (1.4500000000000002) both round to 1,5 at one place, and 1,005 to 1,01 at two, where `toFixed`,
 * which rounds the binary expansion, gives 1,4, 1,5 and 1,00. Away from a tie the result is
 * `Number(value.toFixed(decimals))`, the double nearest to the rounded figure (a test compares both). At 12 places
 * (or as many as the figure has), which only removes binary noise, it is rounded as `toFixed` rounds it.
 */
export function roundMeasure(value: number, decimals: number): number {
  if (Number.isInteger(value)) return value === 0 ? 0 : value;
  const p = POW10[decimals];
  if (p !== undefined) {
    const negative = value < 0;
    const n = scaledDigits(negative ? -value : value, decimals);
    if (n >= 0) {
      const rounded = n / p;
      return rounded === 0 ? 0 : negative ? -rounded : rounded;
    }
  }
  const rounded = Number(value.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}

/**
 * The integer n = value × 10^decimals rounded as {@link roundMeasure} rounds it, for 0 ≤ value — the digits
 * `formatNumber` writes —; or -1 when only `toFixed` can tell (a tie within binary error at the places that only
 * remove noise, or a value too large for this shortcut).
 */
export function scaledDigits(value: number, decimals: number): number {
  const p = POW10[decimals];
  if (p === undefined) return -1;
  const x = value * p;
  if (!(x >= 0 && x < SHORTCUT_LIMIT)) return -1;
  const whole = Math.floor(x);
  const f = x - whole;
  // x is computed with an error below x·2⁻⁵³ (and x − ⌊x⌋ exactly).
  const error = x * 2.3e-16;
  const places = value < 1000 ? 12 : figurePlaces(value);
  if (decimals < places) {
    // Reading the value at `places` moves x by at most HALF_UNIT[places − decimals]: farther than that (and the error)
    // from one half, the binary value and the figure round alike; nearer, the figure's next digit decides.
    const near = (HALF_UNIT[places - decimals] as number) + error;
    if (f - 0.5 > near) return whole + 1;
    if (0.5 - f > near) return whole;
    const fixed = value.toFixed(places);
    return fixed.charCodeAt(fixed.indexOf(".") + 1 + decimals) >= 53 ? whole + 1 : whole;
  }
  return Math.abs(f - 0.5) > error ? Math.round(x) : -1;
}

/**
 * Whether rounding a measure to a rule's `decimals` changed the figure it stands for: `rounded` (what
 * {@link roundMeasure} made of `value`) is not the decimal figure `value` stands for (read at 12 places, at 15
 * significant digits from 1 000 up). Rounding 69,6 to 70 (0 places) changes it; rounding 2,01 − 0,51
 * (1.4999999999999998 in binary) to 1,5 removes only binary noise, and rounding at 12 places never changes a figure.
 */
export function roundingChanged(value: number, rounded: number, decimals: number): boolean {
  if (value === rounded) return false;
  const abs = value < 0 ? -value : value;
  const places = abs < 1000 ? 12 : figurePlaces(abs);
  return decimals < places && roundMeasure(value, places) !== rounded;
}

/** The places of the figure a value of 1 000 or more stands for: 15 significant digits (0 from 10¹⁵ up). */
function figurePlaces(value: number): number {
  let places = 12;
  for (let limit = 1000; value >= limit && places > 0; limit *= 10) places--;
  return places;
}
