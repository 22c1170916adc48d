/**
 * Seeded generator of realistic district reports for the bundled 2021 pilot pack: valid reports with a mix of met,
 * not met, not applicable and insufficient data on every indicator (figures near the thresholds), and, on request,
 * invalid ones. Used by the benchmark, the budget test, the batch tests and the differential test.
 */

/** A small, fast, seeded RNG (mulberry32): the same seed gives the same reports on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  /** Seed of the RNG (default 1). */
  seed?: number;
  /** Share of reports made invalid (0–1, default 0). */
  invalidShare?: number;
}

export const EVIDENCED = ["1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3", "3.2.1"] as const;
/** Share indicators measured as parts of a total, with the fields of the parts and the threshold in percent. */
export const SHARES: Record<string, { parts: string[]; threshold: number; totalMayBeZero?: boolean }> = {
  "2.1.1": { parts: ["good", "fair"], threshold: 70 },
  "2.1.2": { parts: ["good", "fair"], threshold: 70 },
  "2.2.1": { parts: ["withPlan"], threshold: 70 },
  "2.2.2": { parts: ["equipped"], threshold: 70 },
  "2.2.3": { parts: ["withOpenResources"], threshold: 100, totalMayBeZero: true },
  "2.2.4": { parts: ["covered"], threshold: 70 },
  "3.2.3": { parts: ["withWomen"], threshold: 50 },
};

const DISTRICTS = ["Tháp Mười", "Cao Lãnh", "Tam Nông", "Thanh Bình", "Lấp Vò", "Lai Vung", "Châu Thành", "Hồng Ngự", "Tân Hồng", "Mỹ Tú"];
const PROVINCES = ["Đồng Tháp", "An Giang", "Sóc Trăng", "Cần Thơ", "Vĩnh Long"];

/** `count` reports, deterministic for a seed. */
export function generateReports(count: number, options: GenerateOptions = {}): Record<string, unknown>[] {
  const random = seededRandom(options.seed ?? 1);
  const invalidShare = options.invalidShare ?? 0;
  const reports: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const report = generateReport(random, i);
    if (random() < invalidShare) spoil(report, random);
    reports.push(report);
  }
  return reports;
}

type Aim = "met" | "not_met" | "missing" | "partial";

/** A district's profile: most are strong, some weak, some send incomplete reports. */
const PROFILES: { share: number; fail: number; missing: number }[] = [
  { share: 0.45, fail: 0.004, missing: 0.004 },
  { share: 0.35, fail: 0.08, missing: 0.02 },
  { share: 0.2, fail: 0.01, missing: 0.06 },
];

function generateReport(random: () => number, i: number): Record<string, unknown> {
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const round2 = (x: number): number => Math.round(x * 100) / 100;
  const between = (lo: number, hi: number): number => lo + random() * (hi - lo);
  let r0 = random();
  const profile = PROFILES.find((p) => (r0 -= p.share) < 0) ?? (PROFILES[0] as (typeof PROFILES)[number]);
  const aim = (): Aim => {
    const r = random();
    if (r < profile.missing) return random() < 0.5 ? "missing" : "partial";
    return r < profile.missing + profile.fail ? "not_met" : "met";
  };
  const year = int(2021, 2023);
  const indicators: Record<string, Record<string, unknown>> = {};
  const self = (block: Record<string, unknown>): Record<string, unknown> => {
    const r = random();
    if (r < 0.3) block["selfAssessment"] = "met";
    else if (r < 0.33) block["selfAssessment"] = "not_met";
    return block;
  };
  for (const id of EVIDENCED) {
    const a = aim();
    if (a === "missing") continue; // absent: insufficient data
    if (a === "partial") indicators[id] = self({});
    else if (a === "not_met") indicators[id] = self({ evidence: [] }); // an empty list is not met
    else {
      const items = Array.from({ length: int(1, 3) }, (_, k) => ({ ref: `${int(1, 9999)}/KH-UBND`, date: `${year}-0${int(1, 9)}-${10 + k}`, title: "Kế hoạch triển khai" }));
      indicators[id] = self({ evidence: items });
    }
  }
  for (const [id, { parts, threshold, totalMayBeZero }] of Object.entries(SHARES)) {
    const a = aim();
    if (a === "missing") continue;
    if (a === "partial") {
      indicators[id] = self({ total: int(5, 40) }); // parts missing: insufficient data
      continue;
    }
    const share = a === "met" ? between(threshold, Math.min(100, threshold + 25)) : between(Math.max(0, threshold - 25), threshold - 0.5);
    if (random() < 0.15) {
      indicators[id] = self({ percent: round2(share) }); // only the percentage, as many reports give it
      continue;
    }
    const total = totalMayBeZero ? (random() < 0.1 ? 0 : int(1, 4)) : int(5, 60);
    let counted = Math.min(total, a === "met" ? Math.ceil((total * share) / 100) : Math.floor((total * share) / 100));
    if (a === "not_met" && counted === total && total > 0) counted -= 1;
    const block: Record<string, unknown> = { total };
    if (parts.length === 2) {
      const good = int(0, counted);
      block[parts[0] as string] = good;
      block[parts[1] as string] = counted - good;
    } else block[parts[0] as string] = counted;
    indicators[id] = self(block);
  }
  {
    // The poverty-rate fall is the indicator districts miss most often (Tháp Mười missed it in 2022).
    const a = random() < 0.2 ? "not_met" : aim();
    if (a === "partial") indicators["3.1.1"] = self({ previousRate: round2(between(1, 7)) });
    else if (a !== "missing") {
      const previousRate = round2(between(2.5, 8));
      // Falls spread between 0,5 and 2,5 points: a threshold of 1 or 1,5 points splits them differently.
      const fall = a === "met" ? round2(between(1.5, 2.5)) : round2(between(0.3, 1.49));
      indicators["3.1.1"] = self({ previousRate, currentRate: round2(previousRate - fall) });
    }
  }
  {
    const a = aim();
    if (a === "met") indicators["3.1.2"] = self({ percent: round2(between(90, 100)) });
    else if (a === "not_met") indicators["3.1.2"] = self({ percent: round2(between(75, 89.99)) });
    else if (a === "partial") indicators["3.1.2"] = self({});
  }
  {
    const a = aim();
    const students = int(5_000, 60_000);
    // Below 0,05% of pupils is met.
    const limit = Math.ceil(students * 0.0005);
    if (a === "met") indicators["3.2.2"] = random() < 0.15 ? self({ percent: Math.round(between(0, 0.049) * 10000) / 10000 }) : self({ students, affected: int(0, limit - 1) });
    else if (a === "not_met") indicators["3.2.2"] = self({ students, affected: int(limit, limit * 2) });
    else if (a === "partial") indicators["3.2.2"] = self({ students });
  }
  const report: Record<string, unknown> = { district: pick(DISTRICTS), province: pick(PROVINCES), year, indicators };
  if (random() < 0.7) report["report"] = { number: `${int(1, 999)}/BC-UBND`, date: `${year + 1}-01-${10 + (i % 18)}` };
  return report;
}

/** Makes a report invalid in one of the ways real reports are. */
function spoil(report: Record<string, unknown>, random: () => number): void {
  const indicators = report["indicators"] as Record<string, Record<string, unknown>>;
  const kind = Math.floor(random() * 5);
  if (kind === 0) indicators["2.1.1"] = { total: 10, good: 8, fair: 5 };
  else if (kind === 1) indicators["3.1.2"] = { percent: 120 };
  else if (kind === 2) indicators["3.1.1"] = { previousRate: "1,83", currentRate: 1.39 };
  else if (kind === 3) indicators["9.9.9"] = { evidence: [] };
  else delete report["district"];
}
