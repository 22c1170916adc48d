/* The public `formatNumber`: the library's own formatter, behind a check of its arguments. */
import type { Lang } from "../types.js";
import { checkLang, invalidArgument, shown } from "../invalid-argument.js";
import { formatNumber as format } from "./format-number.js";

/**
 * Formats a number the way people write it: `1.210`, `92,3` in Vietnamese; `1,210`, `92.3` in English; rounded to at
 * most `maxDecimals` decimal places (0 to 12, default 2), trailing zeros left out; a negative number with the minus
 * sign − (U+2212), as the library's reasons, traces and appendix write it: `formatNumber(-1.5)` is `"−1,5"`. The text
 * is for people: a program reading it back should keep the number instead.
 *
 * From 10²¹ on, the number is written with an exponent, as JavaScript writes it, with the language's decimal separator
 * (`1,5e+21`): no report figure comes near it.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT` when `value` is not a finite number (`NaN` and the infinities are not
 * figures people write), `lang` is not `vi` or `en`, or
 * `maxDecimals` is not a whole number from 0 to 12.
 */
export function formatNumber(value: number, lang: Lang = "vi", maxDecimals = 2): string {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw invalidArgument(`value phải là một số hữu hạn, nhưng nhận được ${typeof value === "number" ? String(value) : shown(value)}`, `value must be a finite number, got ${typeof value === "number" ? String(value) : shown(value)}`);
  }
  const language = checkLang(lang);
  if (typeof maxDecimals !== "number" || !Number.isInteger(maxDecimals) || maxDecimals < 0 || maxDecimals > 12) {
    throw invalidArgument(`maxDecimals phải là số nguyên từ 0 đến 12, nhưng nhận được ${shown(maxDecimals)}`, `maxDecimals must be a whole number from 0 to 12, got ${shown(maxDecimals)}`);
  }
  return format(value, language, maxDecimals);
}
