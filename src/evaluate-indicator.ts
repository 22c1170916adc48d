import type { Comparison, IndicatorFlag, IndicatorResult, IndicatorTrace, IndicatorVerdict, Inputs, JsonValue, Lang, Measure, Text } from "./types.js";
import { applyLogic } from "./logic/apply-logic.js";
import { truthy } from "./logic/operations.js";
import { traceLogic } from "./logic/trace-logic.js";
import type { PreparedIndicator, PreparedPack } from "./pack/prepared-pack.js";
import { blockData } from "./report/validate-report.js";
import { defineLazy } from "./explain/define-lazy.js";
import { explainIndicatorResult } from "./explain/reason.js";
import { messagesFor } from "./explain/messages-for.js";
import { compareNumbers } from "./explain/format-number.js";
import { flagIndicator } from "./flag-indicator.js";

/** How rules are run: compiled closures (default), json-logic-js itself (`reference`), and whether to trace. */
export interface EvalMode {
  engine: "compiled" | "reference";
  trace: boolean;
  /** The report's own date (`report.report.date`), for evidence checks. */
  reportDate: string | undefined;
}

/** How the verdict was reached, for the reason text. */
export interface Outcome {
  verdict: IndicatorVerdict;
  measure: Measure | null;
  /** Index of the measure used. */
  measureIndex: number;
  /** Missing fields of the closest method, and the other methods' fields. */
  missing: string[];
  alternatives: string[][];
  /** The measure could not be computed (not a finite number). */
  notComputable: boolean;
  value: number | boolean | null;
  inputs: Inputs;
  trace?: IndicatorTrace;
}

/** Rounds to `decimals` places exactly as written on paper (the decimal expansion, not the binary one). */
export function roundMeasure(value: number, decimals: number): number {
  const rounded = Number(value.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}

const present = (block: Record<string, unknown> | undefined, field: string): boolean =>
  block !== undefined && block[field] !== undefined && block[field] !== null;

/** Evaluates one indicator on a valid report's block. */
export function evaluateIndicator(prepared: PreparedIndicator, pack: PreparedPack, block: Record<string, unknown> | undefined, mode: EvalMode): IndicatorResult {
  const outcome = decide(prepared, pack, block, mode);
  const { indicator, threshold } = prepared;
  const result = {
    id: indicator.id,
    criterion: prepared.criterion.id,
    standard: prepared.standard.id,
    verdict: outcome.verdict,
    label: verdictLabel(outcome.verdict),
  } as IndicatorResult;
  defineLazy(result, "reason", (): Text => ({ vi: explainIndicatorResult(prepared, outcome, "vi"), en: explainIndicatorResult(prepared, outcome, "en") }));
  result.method = outcome.measure?.id ?? null;
  result.inputs = outcome.inputs;
  result.value = outcome.value;
  result.unit = indicator.rule.unit;
  result.compare = indicator.rule.compare;
  result.threshold = threshold ? { name: threshold.name, value: threshold.value, unit: threshold.unit } : null;
  result.missing = outcome.missing;
  const self = block?.["selfAssessment"];
  if (self === "met" || self === "not_met") result.selfAssessment = self;
  const flags: IndicatorFlag[] = block ? flagIndicator(prepared, pack, block, outcome, mode) : [];
  result.flags = flags;
  if (outcome.trace) result.trace = outcome.trace;
  return result;
}

function run(which: "applicable" | "value", index: number, prepared: PreparedIndicator, data: Record<string, unknown>, mode: EvalMode, trace: IndicatorTrace | undefined): unknown {
  const measure = prepared.indicator.rule.measures[index] as Measure;
  const logic = which === "value" ? measure.value : measure.applicable;
  if (trace) {
    const r = traceLogic(logic, data);
    trace[which] = r.trace;
    return r.value;
  }
  if (mode.engine === "reference") return applyLogic(logic as never, data);
  const compiled = prepared.compiled.measures[index];
  const fn = which === "value" ? compiled?.value : compiled?.applicable;
  return fn ? fn(data) : true;
}

/** The value of another computable measure, rounded like the chosen one (for the disagreement check). */
export function measureValue(prepared: PreparedIndicator, index: number, data: Record<string, unknown>): number | null {
  const raw = prepared.compiled.measures[index]?.value(data);
  return typeof raw === "number" && Number.isFinite(raw) ? roundMeasure(raw, prepared.indicator.rule.decimals ?? 12) : null;
}

function decide(prepared: PreparedIndicator, pack: PreparedPack, block: Record<string, unknown> | undefined, mode: EvalMode): Outcome {
  const { rule } = prepared.indicator;
  let chosen = -1;
  let closest: { index: number; missing: string[] } | null = null;
  rule.measures.forEach((measure, index) => {
    if (chosen >= 0) return;
    const missing = measure.requires.filter((f) => !present(block, f));
    if (missing.length === 0) chosen = index;
    else if (!closest || missing.length < closest.missing.length) closest = { index, missing };
  });
  if (chosen < 0) {
    // With no figure at all, name the first (preferred) method's fields.
    const nothing = rule.measures.every((m) => m.requires.every((f) => !present(block, f)));
    const pick: { index: number; missing: string[] } = nothing || !closest ? { index: 0, missing: [...(rule.measures[0] as Measure).requires] } : closest;
    const inputs: Inputs = {};
    for (const m of rule.measures) for (const f of m.requires) if (present(block, f)) inputs[f] = copy(block?.[f]);
    const alternatives = rule.measures.filter((_, i) => i !== pick.index).map((m) => m.requires);
    return { verdict: "insufficient_data", measure: null, measureIndex: -1, missing: pick.missing, alternatives, notComputable: false, value: null, inputs };
  }
  const measure = rule.measures[chosen] as Measure;
  const inputs: Inputs = {};
  for (const f of measure.requires) inputs[f] = copy(block?.[f]);
  const data = blockData(block, prepared, pack);
  const trace: IndicatorTrace | undefined = mode.trace ? { measure: measure.id } : undefined;
  const base = { measure, measureIndex: chosen, missing: [], alternatives: [], inputs, ...(trace ? { trace } : {}) };
  if (measure.applicable !== undefined && !truthy(run("applicable", chosen, prepared, data, mode, trace))) {
    return { ...base, verdict: "not_applicable", notComputable: false, value: null };
  }
  const raw = run("value", chosen, prepared, data, mode, trace);
  if (rule.compare === "truthy") {
    const value = truthy(raw);
    if (trace) trace.result = value;
    return { ...base, verdict: value ? "met" : "not_met", notComputable: false, value };
  }
  if (typeof raw !== "number" || !Number.isFinite(raw) || prepared.threshold === null) {
    return { ...base, verdict: "insufficient_data", notComputable: true, value: null };
  }
  const decimals = rule.decimals ?? 12;
  const value = roundMeasure(raw, decimals);
  const met = compareNumbers(value, rule.compare as Exclude<Comparison, "truthy">, prepared.threshold.value);
  if (trace) {
    trace.rounded = { decimals, value };
    trace.comparison = { compare: rule.compare, value, threshold: prepared.threshold.value };
    trace.result = met;
  }
  return { ...base, verdict: met ? "met" : "not_met", notComputable: false, value };
}

function copy(value: unknown): JsonValue {
  if (value === undefined) return null;
  if (value === null || typeof value !== "object") return value as JsonValue;
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

function labelFor(v: IndicatorVerdict): Text {
  const pick = (lang: Lang): string => messagesFor(lang).verdict[v];
  return { vi: pick("vi"), en: pick("en") };
}

const LABELS: Record<IndicatorVerdict, Text> = {
  met: labelFor("met"),
  not_met: labelFor("not_met"),
  not_applicable: labelFor("not_applicable"),
  insufficient_data: labelFor("insufficient_data"),
};

/** The label of an indicator verdict (a fresh object, so results never share state). */
export function verdictLabel(v: IndicatorVerdict): Text {
  return { ...LABELS[v] };
}
