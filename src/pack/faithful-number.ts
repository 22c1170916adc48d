/**
 * Whether a number of JSON text is read as the figure it writes. A double holds about 16 significant digits:
 * `89.9999999999999999999` is read as 90 and `33.0000000000000001` as 33, which would pass a 90% threshold and a
 * whole-number check that the figure as written fails. A literal is faithful when it writes the same decimal as the
 * double read from it, either written the shortest way (`String`) or with 17 significant digits, as programs write
 * doubles (`0.10000000000000001` is 0.1, `92.299999999999997` is 92.3). Trailing zeros do not count
 * (`1.50000000000000000000` is 1.5). A number too small or too large for a double (`1e-400`, read as 0; `1e400`,
 * read as Infinity) is not faithful either.
 */
export function isFaithfulNumber(text: string, value: number): boolean {
  if (!Number.isFinite(value)) return false; // `1e400` is read as Infinity
  // 15 digits are held exactly by a normal double; below 2⁻¹⁰²² fewer are (`1e-400` is read as 0).
  const digits = significantDigits(text);
  if (digits <= 15 && (value === 0 ? digits === 0 : Math.abs(value) >= MIN_NORMAL)) return true;
  const written = decimalOf(text);
  return sameDecimal(written, decimalOf(String(value))) || sameDecimal(written, decimalOf(value.toPrecision(17)));
}

/** The smallest normal double, 2⁻¹⁰²². */
const MIN_NORMAL = 2.2250738585072014e-308;

/** Digits from the first non-zero one up to the exponent: an upper bound of the significant digits. */
function significantDigits(text: string): number {
  let count = 0;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 101 || c === 69) break; // e, E
    if (c < 48 || c > 57) continue; // - and .
    if (c !== 48) started = true;
    if (started) count++;
  }
  return count;
}

/** A decimal as ±digits × 10^exponent, without leading or trailing zeros in `digits` ("" for zero). */
interface Decimal {
  negative: boolean;
  digits: string;
  exponent: number;
}

/** The decimal a JSON number (or JavaScript's writing of a double: `1e+21`, `1.5e-7`) writes. */
function decimalOf(text: string): Decimal {
  const negative = text.charCodeAt(0) === 45;
  const body = negative ? text.slice(1) : text;
  const e = body.search(/[eE]/);
  const mantissa = e < 0 ? body : body.slice(0, e);
  let exponent = e < 0 ? 0 : Number(body.slice(e + 1));
  const dot = mantissa.indexOf(".");
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  if (dot >= 0) exponent -= mantissa.length - dot - 1;
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === 48) start++;
  let end = digits.length;
  while (end > start && digits.charCodeAt(end - 1) === 48) end--;
  exponent += digits.length - end;
  digits = digits.slice(start, end);
  return { negative: negative && digits !== "", digits, exponent: digits === "" ? 0 : exponent };
}

function sameDecimal(a: Decimal, b: Decimal): boolean {
  return a.negative === b.negative && a.digits === b.digits && a.exponent === b.exponent;
}
