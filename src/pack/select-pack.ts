import { HuyenHocTapError } from "../errors.js";
import { en } from "../explain/messages.en.js";
import { vi } from "../explain/messages.vi.js";
import type { PreparedPack } from "./prepared-pack.js";

/**
 * The date a report of an assessment year is judged at: 31 December of that year. The pack in force on that day
 * judges the report.
 */
export function judgementDate(year: number): string {
  return `${String(year).padStart(4, "0")}-12-31`;
}

/** True when the pack is in force on `date` (`YYYY-MM-DD`; both ends inclusive). */
export function isInForce(pack: PreparedPack, date: string): boolean {
  const { effectiveFrom, effectiveTo } = pack.info;
  return effectiveFrom <= date && (effectiveTo === undefined || date <= effectiveTo);
}

/** The pack in force on `date`, or throws `NO_PACK_FOR_YEAR` naming the years that are covered. */
export function selectPack(packs: PreparedPack[], year: number, date: string): PreparedPack {
  const found = packs.filter((p) => isInForce(p, date));
  if (found.length >= 1) return found[found.length - 1] as PreparedPack;
  const covered = coveredYears(packs);
  throw new HuyenHocTapError("NO_PACK_FOR_YEAR", { vi: vi.noPackForYear(year, covered), en: en.noPackForYear(year, covered) });
}

/** The assessment years the packs cover, as ranges: "2021–2023". */
export function coveredYears(packs: PreparedPack[]): string {
  const years: number[] = [];
  for (const p of packs) {
    const from = Number(p.info.effectiveFrom.slice(0, 4));
    const to = p.info.effectiveTo !== undefined ? Number(p.info.effectiveTo.slice(0, 4)) : from + 50;
    for (let y = from; y <= to; y++) if (isInForce(p, judgementDate(y)) && !years.includes(y)) years.push(y);
  }
  years.sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && (years[j + 1] as number) === (years[j] as number) + 1) j++;
    ranges.push(i === j ? String(years[i]) : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return ranges.join(", ") || "—";
}
