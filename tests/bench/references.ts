/**
 * The three references the benchmark compares `evaluate` with. Each builds the same 16 verdict objects per report,
 * `{ id, verdict, value, threshold }`, from the same reports:
 * - `handWritten`: plain TypeScript for the 16 rules of the 2021 pilot pack (the practical limit; no validation, no
 *   reasons);
 * - `jsonLogicReference`: json-logic-js's `apply` on the pack's own rules, one expression per indicator (its measure
 *   and the threshold comparison), with a minimal null check (what a developer would write alone);
 * - `jsonRulesEngineReference`: json-rules-engine with the same 16 rules, one Engine, the report's blocks as facts
 *   (what many would pick instead).
 */
import jsonLogic from "json-logic-js";
import { Engine } from "json-rules-engine";
import type { Comparison, IndicatorVerdict, Measure, RulePack } from "../../src/index.js";

/** What every reference builds for one indicator. */
export interface Verdict16 {
  id: string;
  verdict: IndicatorVerdict;
  value: number | boolean | null;
  threshold: number | null;
}

type Block = Record<string, unknown> | undefined;
type Blocks = Record<string, Block>;

const has = (b: Block, f: string): boolean => b !== undefined && b !== null && b[f] !== undefined && b[f] !== null;

// ---------------------------------------------------------------------------------------------------------------
// (a) Hand-written TypeScript: the 16 rules of the pilot pack, as a developer would code them for this one pack.

// Fixed property names and no closures: what a developer writes for one known pack, as fast as JavaScript goes.
type Fields = {
  evidence?: unknown[] | null;
  total?: number | null;
  students?: number | null;
  good?: number | null;
  fair?: number | null;
  withPlan?: number | null;
  equipped?: number | null;
  withOpenResources?: number | null;
  covered?: number | null;
  withWomen?: number | null;
  affected?: number | null;
  percent?: number | null;
  previousRate?: number | null;
  currentRate?: number | null;
};
type B = Fields | undefined | null;

function evidence(id: string, b: B): Verdict16 {
  const list = b == null ? null : b.evidence;
  if (list == null) return { id, verdict: "insufficient_data", value: null, threshold: null };
  const met = list.length > 0;
  return { id, verdict: met ? "met" : "not_met", value: met, threshold: null };
}

/** A share of a total (`part` already summed), or the reported percent; `emptyIsNa`: a total of 0 is not applicable. */
function shareOf(id: string, part: number | null | undefined, total: number | null | undefined, percent: number | null | undefined, threshold: number, emptyIsNa: boolean): Verdict16 {
  let value: number;
  if (part != null && total != null) {
    if (emptyIsNa && total === 0) return { id, verdict: "not_applicable", value: null, threshold };
    value = (part * 100) / total;
  } else if (percent != null) value = percent;
  else return { id, verdict: "insufficient_data", value: null, threshold };
  return { id, verdict: value >= threshold ? "met" : "not_met", value, threshold };
}

function goodOrFair(id: string, b: B): Verdict16 {
  if (b == null) return { id, verdict: "insufficient_data", value: null, threshold: 70 };
  const part = b.good != null && b.fair != null ? b.good + b.fair : null;
  return shareOf(id, part, b.total, b.percent, 70, false);
}

function fall(b: B): Verdict16 {
  if (b == null || b.previousRate == null || b.currentRate == null) return { id: "3.1.1", verdict: "insufficient_data", value: null, threshold: 1.5 };
  const value = Math.round((b.previousRate - b.currentRate) * 100) / 100;
  return { id: "3.1.1", verdict: value >= 1.5 ? "met" : "not_met", value, threshold: 1.5 };
}

function waste(b: B): Verdict16 {
  if (b == null || b.percent == null) return { id: "3.1.2", verdict: "insufficient_data", value: null, threshold: 90 };
  const value = b.percent;
  return { id: "3.1.2", verdict: value >= 90 ? "met" : "not_met", value, threshold: 90 };
}

function affected(b: B): Verdict16 {
  let value: number;
  if (b != null && b.affected != null && b.students != null) value = (b.affected * 100) / b.students;
  else if (b != null && b.percent != null) value = b.percent;
  else return { id: "3.2.2", verdict: "insufficient_data", value: null, threshold: 0.05 };
  return { id: "3.2.2", verdict: value < 0.05 ? "met" : "not_met", value, threshold: 0.05 };
}

const NONE: Fields = {};

/** Each rule on its own, by indicator id. */
export const HAND_WRITTEN_RULES: Record<string, (b: B) => Verdict16> = {
  "1.1.1": (b) => evidence("1.1.1", b),
  "1.1.2": (b) => evidence("1.1.2", b),
  "1.2.1": (b) => evidence("1.2.1", b),
  "1.2.2": (b) => evidence("1.2.2", b),
  "1.2.3": (b) => evidence("1.2.3", b),
  "2.1.1": (b) => goodOrFair("2.1.1", b),
  "2.1.2": (b) => goodOrFair("2.1.2", b),
  "2.2.1": (b = NONE) => shareOf("2.2.1", b?.withPlan, b?.total, b?.percent, 70, false),
  "2.2.2": (b = NONE) => shareOf("2.2.2", b?.equipped, b?.total, b?.percent, 70, false),
  "2.2.3": (b = NONE) => shareOf("2.2.3", b?.withOpenResources, b?.total, b?.percent, 100, true),
  "2.2.4": (b = NONE) => shareOf("2.2.4", b?.covered, b?.total, b?.percent, 70, false),
  "3.1.1": fall,
  "3.1.2": waste,
  "3.2.1": (b) => evidence("3.2.1", b),
  "3.2.2": affected,
  "3.2.3": (b = NONE) => shareOf("3.2.3", b?.withWomen, b?.total, b?.percent, 50, false),
};

/** The pilot pack's 16 rules in plain TypeScript. */
export function handWritten(report: { indicators?: Blocks }): Verdict16[] {
  const i = (report.indicators ?? NONE) as Record<string, B>;
  const b221 = i["2.2.1"] ?? NONE;
  const b222 = i["2.2.2"] ?? NONE;
  const b223 = i["2.2.3"] ?? NONE;
  const b224 = i["2.2.4"] ?? NONE;
  const b323 = i["3.2.3"] ?? NONE;
  return [
    evidence("1.1.1", i["1.1.1"]),
    evidence("1.1.2", i["1.1.2"]),
    evidence("1.2.1", i["1.2.1"]),
    evidence("1.2.2", i["1.2.2"]),
    evidence("1.2.3", i["1.2.3"]),
    goodOrFair("2.1.1", i["2.1.1"]),
    goodOrFair("2.1.2", i["2.1.2"]),
    shareOf("2.2.1", b221.withPlan, b221.total, b221.percent, 70, false),
    shareOf("2.2.2", b222.equipped, b222.total, b222.percent, 70, false),
    shareOf("2.2.3", b223.withOpenResources, b223.total, b223.percent, 100, true),
    shareOf("2.2.4", b224.covered, b224.total, b224.percent, 70, false),
    fall(i["3.1.1"]),
    waste(i["3.1.2"]),
    evidence("3.2.1", i["3.2.1"]),
    affected(i["3.2.2"]),
    shareOf("3.2.3", b323.withWomen, b323.total, b323.percent, 50, false),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// (b) json-logic-js's apply on the pack's rules.

interface LogicRule {
  id: string;
  threshold: number | null;
  truthy: boolean;
  /** Per measure: the fields it needs, and one expression giving `[value, comparison]` (or the value for `truthy`). */
  measures: { requires: string[]; logic: unknown }[];
}

/** Every indicator of the pack, in order. */
function indicatorsOf(pack: RulePack): RulePack["standards"][number]["criteria"][number]["indicators"] {
  return pack.standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators));
}

/**
 * One JSON-logic expression per indicator (per measure method), taken from the pack: its measure and the comparison
 * with the threshold, `[value, { ">=": [value, 70] }]`, wrapped in `{ if: [applicable, …, null] }` when the measure has
 * a condition. JSON-logic has no variables, so the measure appears twice: that is what it costs used alone.
 */
export function jsonLogicRules(pack: RulePack): LogicRule[] {
  return indicatorsOf(pack).map((indicator) => {
    const { rule } = indicator;
    const threshold = rule.threshold !== undefined ? (pack.thresholds[rule.threshold]?.value ?? null) : null;
    const truthy = rule.compare === "truthy";
    return {
      id: indicator.id,
      threshold,
      truthy,
      measures: rule.measures.map((m: Measure) => {
        const compared = truthy ? m.value : [m.value, { [rule.compare as Exclude<Comparison, "truthy">]: [m.value, threshold] }];
        return { requires: m.requires, logic: m.applicable !== undefined ? { if: [m.applicable, compared, null] } : compared };
      }),
    };
  });
}

/** Judges a report with json-logic-js: pick the first measure whose figures are all there, apply, read the verdict. */
export function jsonLogicReference(rules: LogicRule[], report: { indicators?: Blocks }): Verdict16[] {
  const blocks = report.indicators ?? {};
  const out: Verdict16[] = [];
  for (const r of rules) {
    const b = blocks[r.id];
    const m = r.measures.find((x) => x.requires.every((f) => has(b, f)));
    if (m === undefined) {
      out.push({ id: r.id, verdict: "insufficient_data", value: null, threshold: r.threshold });
      continue;
    }
    const result = jsonLogic.apply(m.logic as never, b as never) as unknown;
    if (r.truthy) {
      const met = jsonLogic.truthy(result);
      out.push({ id: r.id, verdict: met ? "met" : "not_met", value: met, threshold: null });
    } else if (result === null) out.push({ id: r.id, verdict: "not_applicable", value: null, threshold: r.threshold });
    else {
      const [value, met] = result as [unknown, boolean];
      if (typeof value !== "number" || !Number.isFinite(value)) out.push({ id: r.id, verdict: "insufficient_data", value: null, threshold: r.threshold });
      else out.push({ id: r.id, verdict: met ? "met" : "not_met", value, threshold: r.threshold });
    }
  }
  return out;
}

/** For the record: json-logic-js computing only the value, the comparison in plain JS (one `apply` per indicator). */
export function jsonLogicValueOnlyRules(pack: RulePack): LogicRule[] {
  return indicatorsOf(pack).map((indicator) => {
    const { rule } = indicator;
    const threshold = rule.threshold !== undefined ? (pack.thresholds[rule.threshold]?.value ?? null) : null;
    return {
      id: indicator.id,
      threshold,
      truthy: rule.compare === "truthy",
      measures: rule.measures.map((m) => ({ requires: m.requires, logic: m.applicable !== undefined ? { if: [m.applicable, m.value, null] } : m.value })),
    };
  });
}

/** Judges a report with json-logic-js computing the values, compared in plain JS. */
export function jsonLogicValueOnly(rules: LogicRule[], compare: Map<string, Comparison>, report: { indicators?: Blocks }): Verdict16[] {
  const blocks = report.indicators ?? {};
  const out: Verdict16[] = [];
  for (const r of rules) {
    const b = blocks[r.id];
    const m = r.measures.find((x) => x.requires.every((f) => has(b, f)));
    if (m === undefined) {
      out.push({ id: r.id, verdict: "insufficient_data", value: null, threshold: r.threshold });
      continue;
    }
    const value = jsonLogic.apply(m.logic as never, b as never) as unknown;
    if (r.truthy) {
      const met = jsonLogic.truthy(value);
      out.push({ id: r.id, verdict: met ? "met" : "not_met", value: met, threshold: null });
    } else if (value === null) out.push({ id: r.id, verdict: "not_applicable", value: null, threshold: r.threshold });
    else if (typeof value !== "number" || !Number.isFinite(value) || r.threshold === null) out.push({ id: r.id, verdict: "insufficient_data", value: null, threshold: r.threshold });
    else {
      const c = compare.get(r.id);
      const met = c === "<" ? value < r.threshold : c === "<=" ? value <= r.threshold : c === ">" ? value > r.threshold : value >= r.threshold;
      out.push({ id: r.id, verdict: met ? "met" : "not_met", value, threshold: r.threshold });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// (c) json-rules-engine: one Engine, 16 rules; the blocks are facts, each measure a computed fact.

const OPERATORS: Record<string, string> = { ">=": "greaterThanInclusive", ">": "greaterThan", "<": "lessThan", "<=": "lessThanInclusive", truthy: "equal" };
const NOT_APPLICABLE = "n/a";

/** The value of an indicator's measure in plain JS (json-rules-engine has no arithmetic: facts compute it). */
function measureOf(id: string, b: Block | null): number | boolean | string | null {
  const rule = HAND_WRITTEN_RULES[id];
  const v = rule ? rule((b ?? undefined) as B) : undefined;
  if (!v) return null;
  return v.verdict === "not_applicable" ? NOT_APPLICABLE : v.value;
}

/** A json-rules-engine Engine with the pack's 16 rules, and how to judge a report with it. */
export function jsonRulesEngineReference(pack: RulePack): (report: { indicators?: Blocks }) => Promise<Verdict16[]> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const ids: string[] = [];
  const thresholds = new Map<string, number | null>();
  for (const indicator of indicatorsOf(pack)) {
    const { rule } = indicator;
    const id = indicator.id;
    ids.push(id);
    const threshold = rule.threshold !== undefined ? (pack.thresholds[rule.threshold]?.value ?? null) : null;
    thresholds.set(id, threshold);
    // Computed fact: the indicator's measure from its block (a runtime fact), cached by the almanac for the run.
    engine.addFact(`value:${id}`, async (_params, almanac) => measureOf(id, (await almanac.factValue(`block:${id}`)) as Block));
    engine.addRule({
      name: id,
      conditions: { all: [{ fact: `value:${id}`, operator: OPERATORS[rule.compare] as string, value: rule.compare === "truthy" ? true : threshold }] },
      event: { type: "met", params: { id } },
    });
  }
  return async (report) => {
    const facts: Record<string, unknown> = {};
    const blocks = report.indicators ?? {};
    for (const id of ids) facts[`block:${id}`] = blocks[id] ?? null;
    const { results, failureResults } = await engine.run(facts);
    const byId = new Map<string, Verdict16>();
    for (const [list, met] of [[results, true], [failureResults, false]] as const) {
      for (const r of list) {
        const condition = (r.conditions as unknown as { all: { factResult?: unknown }[] }).all[0];
        const value = condition?.factResult as number | boolean | string | null | undefined;
        const id = r.name as string;
        const threshold = thresholds.get(id) ?? null;
        if (value === null || value === undefined) byId.set(id, { id, verdict: "insufficient_data", value: null, threshold });
        else if (value === NOT_APPLICABLE) byId.set(id, { id, verdict: "not_applicable", value: null, threshold });
        else byId.set(id, { id, verdict: met ? "met" : "not_met", value: value as number | boolean, threshold });
      }
    }
    return ids.map((id) => byId.get(id) as Verdict16);
  };
}
