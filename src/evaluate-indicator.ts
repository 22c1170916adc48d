import type { Comparison, IndicatorResult, IndicatorVerdict, Inputs, JsonValue, Lang, Measure, Text } from "./types.js";
import { applyLogic, isTruthy } from "./logic/apply-logic.js";
import type { PreparedIndicator, PreparedPack } from "./pack/prepared-pack.js";
import { blockData } from "./report/validate-report.js";
import { defineLazy } from "./explain/define-lazy.js";
import { explainIndicatorResult } from "./explain/reason.js";
import { messagesFor } from "./explain/messages-for.js";
import { compareNumbers } from "./explain/format-number.js";

/** How the verdict was reached, for the reason text. */
export interface Outcome {
  verdict: IndicatorVerdict;
  measure: Measure | null;
  /** Missing fields of the closest method, and the other methods' fields. */
  missing: string[];
  alternatives: string[][];
  /** The measure could not be computed (not a finite number). */
  notComputable: boolean;
  value: number | boolean | null;
  inputs: Inputs;
}

/** Rounds to `decimals` places exactly as written on paper (the decimal expansion, not the binary one). */
export function roundMeasure(value: number, decimals: number): number {
  const rounded = Number(value.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}

const present = (block: Record<string, unknown> | undefined, field: string): boolean =>
  block !== undefined && block[field] !== undefined && block[field] !== null;

/** Evaluates one indicator on a valid report's block. */
export function evaluateIndicator(prepared: PreparedIndicator, pack: PreparedPack, block: Record<string, unknown> | undefined): IndicatorResult {
  const outcome = decide(prepared, pack, block);
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
  return result;
}

function decide(prepared: PreparedIndicator, pack: PreparedPack, block: Record<string, unknown> | undefined): Outcome {
  const { rule } = prepared.indicator;
  let chosen: Measure | null = null;
  let closest: { measure: Measure; missing: string[] } | null = null;
  for (const measure of rule.measures) {
    const missing = measure.requires.filter((f) => !present(block, f));
    if (missing.length === 0) {
      chosen = measure;
      break;
    }
    if (!closest || missing.length < closest.missing.length) closest = { measure, missing };
  }
  // With no figure at all, name the first (preferred) method's fields.
  const first = rule.measures[0] as Measure;
  if (!chosen && rule.measures.every((m) => m.requires.every((f) => !present(block, f)))) {
    closest = { measure: first, missing: [...first.requires] };
  }
  if (!chosen) {
    const inputs: Inputs = {};
    for (const m of rule.measures) for (const f of m.requires) if (present(block, f)) inputs[f] = copy(block?.[f]);
    const alternatives = rule.measures.filter((m) => m !== closest?.measure).map((m) => m.requires);
    return { verdict: "insufficient_data", measure: null, missing: closest?.missing ?? [], alternatives, notComputable: false, value: null, inputs };
  }
  const inputs: Inputs = {};
  for (const f of chosen.requires) inputs[f] = copy(block?.[f]);
  const data = blockData(block, prepared, pack);
  const base = { measure: chosen, missing: [], alternatives: [], inputs };
  if (chosen.applicable !== undefined && !isTruthy(applyLogic(chosen.applicable, data))) {
    return { ...base, verdict: "not_applicable", notComputable: false, value: null };
  }
  const raw = applyLogic(chosen.value, data);
  if (rule.compare === "truthy") {
    const value = isTruthy(raw);
    return { ...base, verdict: value ? "met" : "not_met", notComputable: false, value };
  }
  if (typeof raw !== "number" || !Number.isFinite(raw) || prepared.threshold === null) {
    return { ...base, verdict: "insufficient_data", notComputable: true, value: null };
  }
  const value = roundMeasure(raw, rule.decimals ?? 12);
  const met = compareNumbers(value, rule.compare as Exclude<Comparison, "truthy">, prepared.threshold.value);
  return { ...base, verdict: met ? "met" : "not_met", notComputable: false, value };
}

function copy(value: unknown): JsonValue {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue);
}

const LABELS: Record<IndicatorVerdict, Text> = {
  met: labelFor("met"),
  not_met: labelFor("not_met"),
  not_applicable: labelFor("not_applicable"),
  insufficient_data: labelFor("insufficient_data"),
};

function labelFor(v: IndicatorVerdict): Text {
  const pick = (lang: Lang): string => messagesFor(lang).verdict[v];
  return { vi: pick("vi"), en: pick("en") };
}

/** The label of an indicator verdict (a fresh object, so results never share state). */
export function verdictLabel(v: IndicatorVerdict): Text {
  return { ...LABELS[v] };
}
