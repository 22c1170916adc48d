import { HuyenHocTapError } from "../errors.js";
import { en } from "../explain/messages.en.js";
import { vi } from "../explain/messages.vi.js";
import type { PreparedPack } from "./prepared-pack.js";
import { formatDate } from "../explain/format-number.js";

/**
 * The date a report of an assessment year is judged at: 31 December of that year. The pack in force on that day
 * judges the report.
 */
export function judgementDate(year: number): string {
  // Packs' dates have four-digit years and compare as text: a year past 9999 compares after every one of them (only a
  // pack with no end date is in force then), a year before 0 before every one.
  if (year > 9999) return "9999-12-32";
  return `${String(year).padStart(4, "0")}-12-31`;
}

/** True when the pack is in force on `date` (`YYYY-MM-DD`; both ends inclusive). */
export function isInForce(pack: PreparedPack, date: string): boolean {
  const { effectiveFrom, effectiveTo } = pack.info;
  return effectiveFrom <= date && (effectiveTo === undefined || date <= effectiveTo);
}

/**
 * The pack in force on `date`, or throws `NO_PACK_FOR_YEAR`: naming the years that are covered when `date` is the end
 * of the report's year (with one issue of that code at `/year`, which a batch shows located), or, when the caller
 * chose the date (`asOf`), that date and the packs' periods in force.
 */
export function selectPack(packs: PreparedPack[], year: number, date: string, asOf = false): PreparedPack {
  const found = packs.filter((p) => isInForce(p, date));
  if (found.length >= 1) return found[found.length - 1] as PreparedPack;
  if (asOf) {
    const shown = formatDate(date);
    const periods = packs.map((p) => `${formatDate(p.info.effectiveFrom)} – ${p.info.effectiveTo === undefined ? "…" : formatDate(p.info.effectiveTo)}`).join("; ") || "—";
    throw new HuyenHocTapError("NO_PACK_FOR_YEAR", { vi: vi.noPackOnDate(shown, periods), en: en.noPackOnDate(shown, periods) });
  }
  const covered = coveredYears(packs);
  const text = { vi: vi.noPackForYear(year, covered), en: en.noPackForYear(year, covered) };
  // Located at the report's year, as every report problem is: a batch shows where it lies (file or line, then `/year`).
  throw new HuyenHocTapError("NO_PACK_FOR_YEAR", text, [{ code: "NO_PACK_FOR_YEAR", path: "/year", params: { year, covered }, message: text }]);
}

/** The assessment years the packs cover, as ranges: "2021–2023" ("2025–…" for a pack still in force). */
export function coveredYears(packs: PreparedPack[]): string {
  // A pack judges year y when it is in force on 31 December of y.
  const ranges: [number, number | null][] = packs
    .map((p): [number, number | null] => {
      const first = Number(p.info.effectiveFrom.slice(0, 4));
      const to = p.info.effectiveTo;
      if (to === undefined) return [first, null];
      const last = Number(to.slice(0, 4)) - (to.endsWith("-12-31") ? 0 : 1);
      return [first, last];
    })
    .filter(([first, last]) => last === null || last >= first)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number | null][] = [];
  for (const range of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && prev[1] !== null && range[0] <= prev[1] + 1) prev[1] = range[1] === null ? null : Math.max(prev[1], range[1]);
    else if (!prev || prev[1] !== null) merged.push([range[0], range[1]]);
  }
  return merged.map(([a, b]) => (b === null ? `${a}–…` : a === b ? String(a) : `${a}–${b}`)).join(", ") || "—";
}
