import { getPreparedPack, loadPack } from "../pack/load-pack.js";
import type { IndicatorVerdict, RulePack, Verdict } from "../types.js";
import { checkReports, evaluateOne } from "./evaluate-many.js";
import type { BatchFailure } from "./evaluate-many.js";
import { invalidArgument, readArgument, shown } from "../invalid-argument.js";
import { judgeVerdicts } from "../evaluate-core.js";
import type { PreparedPack } from "../pack/prepared-pack.js";

/** A pack variant to simulate, with the name it is shown under. */
export interface NamedPack {
  /** Name of the variant (e.g. the file it came from). */
  name: string;
  /** The pack: a `RulePack` object (from `loadPack`, or edited from a bundled one). */
  pack: RulePack | object;
}

/** How many reports got each verdict on one indicator. */
export interface IndicatorCounts {
  /** Met. */
  met: number;
  /** Not met. */
  not_met: number;
  /** Not applicable. */
  not_applicable: number;
  /** Lacking data. */
  insufficient_data: number;
}

/** What one pack variant decides on the whole set of reports. */
export interface SimulationVariant {
  /** Name of the variant: the given one, or `<id> <version>`. */
  name: string;
  /** The pack that judged. */
  pack: {
    /** Framework id. */
    id: string;
    /** Version. */
    version: string;
    /** `sha256:` digest of its canonical JSON (two variants of one version differ here). */
    digest: string;
  };
  /** Number of reports. */
  total: number;
  /** Reports that this pack refuses as invalid (they count in no verdict). */
  invalid: number;
  /**
   * Those reports, in input order, each with its position (`index`, from 0) and why — as `evaluateMany` gives them:
   * the error code, its message and every issue with its JSON path. Its length is `invalid`.
   */
  invalidReports: BatchFailure[];
  /** Overall conclusions of the valid reports. */
  verdicts: Record<Verdict, number>;
  /** Verdicts by indicator id, in pack order. */
  indicators: Record<string, IndicatorCounts>;
}

/**
 * Judges every report with every pack variant and counts the outcomes: per variant, how many districts (or the units
 * a pack assesses) meet each indicator and the conclusion — the question a ministry asks before changing a threshold ("how many districts would
 * pass if this indicator asked for a lower threshold?"). Every report is judged by each given pack, whatever its
 * year (the pack-not-in-force warning is ignored). A report that a variant finds invalid counts in its `invalid`, and
 * is listed with its issues in its `invalidReports`.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT` when `packs` is empty or `reports` is not iterable; `PACK_INVALID` when
 * a variant is not a valid pack.
 */
export function simulate(reports: Iterable<unknown> | unknown[], packs: readonly (RulePack | NamedPack)[]): SimulationVariant[] {
  const list = readArgument("reports", (): unknown[] => {
    checkReports(reports);
    return Array.isArray(reports) ? reports : [...reports];
  });
  const variants = readArgument("packs", () => {
    if (!Array.isArray(packs) || packs.length === 0) {
      throw invalidArgument(`packs phải là một mảng không rỗng các bộ quy tắc hoặc { name, pack }, nhưng nhận được ${shown(packs)}`, `packs must be a non-empty array of packs or { name, pack }, got ${shown(packs)}`);
    }
    return packs.map((p, i) => {
      if (isNamed(p)) return { name: p.name, pack: loadPack(p.pack) };
      // A `{ name, pack }` whose name is not a string is a mistake in the wrapper, not a pack to check.
      if (isWrapper(p)) {
        const name = (p as { name?: unknown }).name;
        throw invalidArgument(`packs[${i}].name phải là một chuỗi, nhưng nhận được ${shown(name)}`, `packs[${i}].name must be a string, got ${shown(name)}`);
      }
      return { name: null, pack: loadPack(p) };
    });
  });
  const simulation = new Simulation(variants);
  for (let i = 0; i < list.length; i++) simulation.add(list[i]);
  return simulation.variants();
}

/**
 * A simulation fed one report at a time (the CLI reads a folder or a file and judges each report as it comes, so
 * that the reports are never all held in memory): the counts of {@link simulate} for the packs given, which must be
 * loaded (`loadPack`). Each variant is named as `simulate` names it.
 */
export class Simulation {
  readonly #counters: VariantCounter[];
  #total = 0;

  constructor(packs: readonly { name: string | null; pack: RulePack }[]) {
    const seen = new Map<string, number>();
    this.#counters = packs.map(({ name, pack }) => {
      const prepared = getPreparedPack(pack);
      const base = name ?? `${prepared.info.id} ${prepared.info.version}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return new VariantCounter(pack, prepared, n === 1 ? base : `${base} (${n})`);
    });
  }

  /** Judges the next report (its index is the number of reports added before it) with every variant. */
  add(report: unknown): void {
    for (const counter of this.#counters) counter.add(report, this.#total);
    this.#total += 1;
  }

  /** The counts so far, one variant per pack. */
  variants(): SimulationVariant[] {
    return this.#counters.map((counter) => counter.variant(this.#total));
  }
}

/**
 * Counts one variant's verdicts. A report the fast reader accepts is decided without building its result (the same
 * code decides as in `evaluate`; a test compares the counts with `evaluate`'s); any other report is given to
 * `evaluate`, which judges it or says it is invalid.
 */
class VariantCounter {
  readonly #prepared: PreparedPack;
  readonly #name: string;
  readonly #options: { pack: RulePack };
  readonly #indicators: Record<string, IndicatorCounts> = {};
  readonly #rows: IndicatorCounts[];
  readonly #verdicts: Record<Verdict, number> = { met: 0, not_met: 0, insufficient_data: 0 };
  readonly #decided: IndicatorVerdict[];
  readonly #invalidReports: BatchFailure[] = [];

  constructor(pack: RulePack, prepared: PreparedPack, name: string) {
    this.#prepared = prepared;
    this.#name = name;
    this.#options = { pack };
    const ids = prepared.indicators.map((i) => i.indicator.id);
    this.#rows = ids.map((id) => (this.#indicators[id] = { met: 0, not_met: 0, not_applicable: 0, insufficient_data: 0 }));
    this.#decided = new Array<IndicatorVerdict>(ids.length);
  }

  add(report: unknown, index: number): void {
    const decided = this.#decided;
    let verdict = judgeVerdicts(report, this.#prepared, decided);
    if (verdict === null) {
      const item = evaluateOne(report, index, this.#options);
      if (!item.ok) {
        this.#invalidReports.push(item);
        return;
      }
      verdict = item.result.verdict;
      // Results come in pack order.
      item.result.indicators.forEach((r, k) => (decided[k] = r.verdict));
    }
    this.#verdicts[verdict] += 1;
    const rows = this.#rows;
    for (let k = 0; k < rows.length; k++) (rows[k] as IndicatorCounts)[decided[k] as IndicatorVerdict] += 1;
  }

  variant(total: number): SimulationVariant {
    const { id, version, digest } = this.#prepared.info;
    const indicators: Record<string, IndicatorCounts> = {};
    for (const [key, counts] of Object.entries(this.#indicators)) indicators[key] = { ...counts };
    return { name: this.#name, pack: { id, version, digest }, total, invalid: this.#invalidReports.length, invalidReports: [...this.#invalidReports], verdicts: { ...this.#verdicts }, indicators };
  }
}

/** An object with a `pack` and no `standards`: a `{ name, pack }` wrapper, whatever its name holds. */
function isWrapper(p: unknown): boolean {
  return p !== null && typeof p === "object" && "pack" in p && !("standards" in p);
}

function isNamed(p: RulePack | NamedPack): p is NamedPack {
  return isWrapper(p) && typeof (p as Partial<NamedPack>).name === "string";
}
