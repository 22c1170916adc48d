import type { ApplyLogic } from "./logic/apply-logic.js";
import type { Comparison, IndicatorFlag, IndicatorResult, IndicatorTrace, IndicatorVerdict, Inputs, JsonValue, Lang, Logic, Measure, Text } from "./types.js";
import { truthy } from "./logic/operations.js";
import { traceLogic } from "./logic/trace-logic.js";
import type { PreparedIndicator, PreparedMeasure, PreparedPack } from "./pack/prepared-pack.js";
import { blockData } from "./report/validate-report.js";
import { explainIndicatorResult } from "./explain/reason.js";
import { messagesFor } from "./explain/messages-for.js";
import { compareNumbers } from "./explain/format-number.js";
import { flagIndicator } from "./flag-indicator.js";
import { roundMeasure } from "./logic/round-decimal.js";
import { defineLazy, LazyText, plainObjectBase } from "./lazy.js";

export { roundMeasure };

/** How rules are run: compiled (default) or by json-logic-js itself (`reference`), and whether to trace. */
export interface EvalMode {
  /** json-logic-js's `apply` when the `reference` engine runs the rules (the entry point gives it; see EvaluateParts), else null. */
  apply: ApplyLogic | null;
  trace: boolean;
  /** The report's own date (`report.report.date`), for evidence checks. */
  reportDate: string | undefined;
}

/** How the verdict was reached, for the reason text. */
export interface Outcome {
  verdict: IndicatorVerdict;
  measure: Measure | null;
  /** Index of the measure used, or -1. */
  measureIndex: number;
  /** Missing fields of the closest method. */
  missing: string[];
  /** The other methods' fields (for "or give …"). */
  alternatives: string[][];
  /** The measure could not be computed (not a finite number). */
  notComputable: boolean;
  value: number | boolean | null;
  /** The number the measure computed, before rounding to the rule's decimals (null when `value` is not a number). */
  raw: number | null;
  /** The block (the engine's private copy) and the names of the figures used (for `inputs` and the reason). */
  block: Record<string, unknown> | undefined;
  inputFields: readonly string[];
  trace?: IndicatorTrace;
}

/** One indicator's result: plain fields, with its reason computed when first read. */
class IndicatorResultObject extends plainObjectBase() implements IndicatorResult {
  declare id: string;
  declare criterion: string;
  declare standard: string;
  declare verdict: IndicatorVerdict;
  declare label: Text;
  declare reason: Text;
  declare method: string | null;
  declare inputs: Inputs;
  declare value: number | boolean | null;
  declare unit: IndicatorResult["unit"];
  declare compare: Comparison;
  declare threshold: IndicatorResult["threshold"];
  declare missing: string[];
  declare flags: IndicatorFlag[];
  declare selfAssessment?: "met" | "not_met";
  declare trace?: IndicatorTrace;
  #prepared: PreparedIndicator;
  #outcome: Outcome;
  #reason: Text | undefined;

  /**
   * `reason` is an own, enumerable getter that computes once and caches (plain data for `JSON.stringify`,
   * `Object.keys`, spreading and structured cloning), defined with a shared function (see `defineLazy`): a getter in an
   * object literal would create a closure and a slow object each time. Its `vi` and `en` are built when read.
   */
  static readonly #REASON = function (this: IndicatorResultObject): Text {
    return (this.#reason ??= new LazyText(explainIndicatorResult, this.#prepared, this.#outcome));
  };


  constructor(prepared: PreparedIndicator, outcome: Outcome, threshold: IndicatorResult["threshold"]) {
    super();
    const rule = prepared.indicator.rule;
    this.#prepared = prepared;
    this.#outcome = outcome;
    this.#reason = undefined;
    // Fields in the order of the IndicatorResult type (and of the JSON).
    this.id = prepared.indicator.id;
    this.criterion = prepared.criterion.id;
    this.standard = prepared.standard.id;
    this.verdict = outcome.verdict;
    this.label = verdictLabel(outcome.verdict);
    defineLazy(this, "reason", IndicatorResultObject.#REASON);
    this.method = outcome.measure?.id ?? null;
    this.inputs = inputsOf(prepared, outcome);
    this.value = outcome.value;
    this.unit = rule.unit;
    this.compare = rule.compare;
    this.threshold = threshold;
    this.missing = outcome.missing.length > 0 ? copyList(outcome.missing) : NONE;
    this.flags = NO_FLAGS;
  }
}

/** The figures the rule used, from the engine's private copy of the block. */
function inputsOf(prepared: PreparedIndicator, outcome: Outcome): Inputs {
  const block = outcome.block;
  // Generated code writes the chosen measure's figures as a literal (they are all given).
  // (Only when the figures used are the measure's own: an empty population names only those of its condition.)
  const generated = outcome.measureIndex >= 0 && block !== undefined && outcome.inputFields === (prepared.indicator.rule.measures[outcome.measureIndex] as Measure).requires ? prepared.compiled.measures[outcome.measureIndex]?.inputs : undefined;
  if (generated !== undefined) return generated(block as Record<string, unknown>) as Inputs;
  const inputs: Inputs = {};
  if (block !== undefined) {
    const fields = outcome.inputFields;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i] as string;
      const v = block[f];
      if (v !== undefined && v !== null) inputs[f] = v as JsonValue;
    }
  }
  return inputs;
}

/** A copy of a list; rule lists come from the deep-frozen pack, and `slice` on a frozen array is very slow in V8. */
function copyList(list: readonly string[]): string[] {
  const out = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i] as string;
  return out;
}

const NO_FIELDS: string[] = [];
const NO_ALTERNATIVES: string[][] = [];
// Empty lists and labels are shared and frozen: results never share anything that can change.
const NONE: string[] = Object.freeze([]) as unknown as string[];
const NO_FLAGS: IndicatorFlag[] = Object.freeze([]) as unknown as IndicatorFlag[];

/** Evaluates one indicator on a valid report's block. */
export function evaluateIndicator(prepared: PreparedIndicator, pack: PreparedPack, block: Record<string, unknown> | undefined, mode: EvalMode): IndicatorResult {
  const outcome = decide(prepared, pack, block, mode);
  const result = new IndicatorResultObject(prepared, outcome, prepared.usedThreshold);
  if (block !== undefined) {
    const self = block["selfAssessment"];
    if (self === "met" || self === "not_met") result.selfAssessment = self;
    const flags = flagIndicator(prepared, pack, block, outcome, mode);
    if (flags !== null && flags.length > 0) result.flags = flags;
  }
  if (outcome.trace) result.trace = outcome.trace;
  return result;
}

/** The verdict alone (for `simulate`): what `evaluateIndicator` decides, without building a result. */
export function indicatorVerdict(prepared: PreparedIndicator, pack: PreparedPack, block: Record<string, unknown> | undefined): IndicatorVerdict {
  return decide(prepared, pack, block, VERDICT_ONLY).verdict;
}

const VERDICT_ONLY: EvalMode = { apply: null, trace: false, reportDate: undefined };

function run(which: "applicable" | "value", index: number, prepared: PreparedIndicator, pack: PreparedPack, block: Record<string, unknown>, mode: EvalMode, trace: IndicatorTrace | undefined): unknown {
  if (trace || mode.apply !== null) {
    const measure = prepared.indicator.rule.measures[index] as Measure;
    const logic = which === "value" ? measure.value : measure.applicable;
    const data = blockData(block, prepared, pack);
    if (trace) {
      const r = traceLogic(logic, data);
      trace[which] = r.trace;
      return r.value;
    }
    return (mode.apply as ApplyLogic)(logic as Logic, data);
  }
  const compiled = prepared.compiled.measures[index];
  const fn = which === "value" ? compiled?.value : compiled?.applicable;
  // The block of a valid report has only the fields its schema declares; thresholds are compiled in as constants.
  return fn ? fn(block) : true;
}

/** The value of another computable measure, rounded like the chosen one (for the disagreement check). */
export function measureValue(prepared: PreparedIndicator, index: number, block: Record<string, unknown>): number | null {
  const raw = prepared.compiled.measures[index]?.value(block);
  return typeof raw === "number" && Number.isFinite(raw) ? roundMeasure(raw, prepared.indicator.rule.decimals ?? 12) : null;
}

function missingFields(requires: string[], block: Record<string, unknown> | undefined): string[] {
  if (block === undefined) return requires;
  let missing: string[] | null = null;
  for (const f of requires) {
    const v = block[f];
    if (v === undefined || v === null) (missing ??= []).push(f);
  }
  return missing ?? NO_FIELDS;
}

/**
 * Not applicable whatever the other figures: a measure, up to the one that would be used (the first whose figures are
 * all given), whose `applicable` condition reads fields of the block that are all given, and is false — even when that
 * measure lacks other figures it requires. A total of 0 makes an indicator not applicable also when the report gives
 * no count of the part, or gives a percentage (of nothing). A condition that reads no field of the block is tested
 * only when its measure is used. Null when no such measure.
 */
function emptyPopulation(prepared: PreparedIndicator, pack: PreparedPack, block: Record<string, unknown>, mode: EvalMode): Outcome | null {
  const fields = prepared.applicableFields;
  const measures = prepared.indicator.rule.measures;
  for (let i = 0; i < fields.length; i++) {
    const read = fields[i];
    const testable = read !== null && read !== undefined && read.length > 0 && allGiven(read, block);
    if (!testable || truthy(run("applicable", i, prepared, pack, block, mode, undefined))) {
      // The measure that would be used: later ones cannot overrule it.
      if (allGiven((measures[i] as Measure).requires, block)) return null;
      continue;
    }
    const measure = prepared.indicator.rule.measures[i] as Measure;
    const outcome: Outcome = { verdict: "not_applicable", measure, measureIndex: i, missing: NO_FIELDS, alternatives: NO_ALTERNATIVES, notComputable: false, value: null, raw: null, block, inputFields: read };
    if (mode.trace) {
      const trace: IndicatorTrace = { measure: measure.id };
      run("applicable", i, prepared, pack, block, mode, trace);
      outcome.trace = trace;
    }
    return outcome;
  }
  return null;
}

/** Whether every one of `fields` is given (neither absent nor null) in a block. */
export function allGiven(fields: readonly string[], block: Record<string, unknown>): boolean {
  for (let i = 0; i < fields.length; i++) {
    const v = block[fields[i] as string];
    if (v === undefined || v === null) return false;
  }
  return true;
}

function decide(prepared: PreparedIndicator, pack: PreparedPack, block: Record<string, unknown> | undefined, mode: EvalMode): Outcome {
  const { rule } = prepared.indicator;
  const measures = rule.measures;
  let chosen = -1;
  let closest = -1;
  let closestMissing: string[] = NO_FIELDS;
  let anyPresent = false;
  const compiled = prepared.compiled.measures;
  if (block !== undefined && prepared.populationCheck) {
    const empty = emptyPopulation(prepared, pack, block, mode);
    if (empty !== null) return empty;
  }
  if (block !== undefined && mode.apply === null && (compiled[0] as PreparedMeasure | undefined)?.ready !== undefined) {
    // Generated code: the first measure whose fields are all given, without listing what is missing.
    for (let i = 0; i < compiled.length && chosen < 0; i++) if ((compiled[i] as PreparedMeasure).ready?.(block) === true) chosen = i;
  }
  if (chosen < 0) {
    // The first measure whose fields are all given; else the closest one, with what it misses.
    for (let i = 0; i < measures.length; i++) {
      const requires = (measures[i] as Measure).requires;
      const missing = missingFields(requires, block);
      if (missing.length === 0) {
        chosen = i;
        break;
      }
      if (missing.length < requires.length) anyPresent = true;
      if (closest < 0 || missing.length < closestMissing.length) {
        closest = i;
        closestMissing = missing;
      }
    }
  }
  if (chosen < 0 || block === undefined) {
    // With no figure at all, name the first (preferred) method's fields.
    const pick = anyPresent ? closest : 0;
    const pickMissing = anyPresent ? closestMissing : (measures[0] as Measure).requires;
    const alternatives: string[][] = [];
    for (let i = 0; i < measures.length; i++) if (i !== pick) alternatives.push((measures[i] as Measure).requires);
    const outcome: Outcome = { verdict: "insufficient_data", measure: null, measureIndex: -1, missing: pickMissing, alternatives, notComputable: false, value: null, raw: null, block: anyPresent ? block : undefined, inputFields: prepared.allRequired };
    // Nothing was computed: the trace says what each method lacked (every method lacks a figure, or the block is absent).
    if (mode.trace) outcome.trace = { measure: null, methods: measures.map((x) => ({ measure: x.id, missing: copyList(missingFields(x.requires, block)) })) };
    return outcome;
  }
  const measure = measures[chosen] as Measure;
  const trace: IndicatorTrace | undefined = mode.trace ? { measure: measure.id } : undefined;
  const outcome: Outcome = { verdict: "insufficient_data", measure, measureIndex: chosen, missing: NO_FIELDS, alternatives: NO_ALTERNATIVES, notComputable: false, value: null, raw: null, block, inputFields: measure.requires };
  if (trace) outcome.trace = trace;
  if (measure.applicable !== undefined && !truthy(run("applicable", chosen, prepared, pack, block, mode, trace))) {
    outcome.verdict = "not_applicable";
    return outcome;
  }
  const raw = run("value", chosen, prepared, pack, block, mode, trace);
  if (rule.compare === "truthy") {
    const value = truthy(raw);
    if (trace) trace.result = value;
    outcome.verdict = value ? "met" : "not_met";
    outcome.value = value;
    return outcome;
  }
  if (typeof raw !== "number" || !Number.isFinite(raw) || prepared.threshold === null) {
    outcome.notComputable = true;
    return outcome;
  }
  const decimals = rule.decimals ?? 12;
  const value = roundMeasure(raw, decimals);
  const met = compareNumbers(value, rule.compare as Exclude<Comparison, "truthy">, prepared.threshold.value);
  if (trace) {
    trace.rounded = { decimals, value };
    trace.comparison = { compare: rule.compare, value, threshold: prepared.threshold.value };
    trace.result = met;
  }
  outcome.verdict = met ? "met" : "not_met";
  outcome.value = value;
  outcome.raw = raw;
  return outcome;
}

function labelFor(v: IndicatorVerdict): Text {
  const pick = (lang: Lang): string => messagesFor(lang).verdict[v];
  return { vi: pick("vi"), en: pick("en") };
}

const LABELS: Record<IndicatorVerdict, Text> = {
  met: Object.freeze(labelFor("met")),
  not_met: Object.freeze(labelFor("not_met")),
  not_applicable: Object.freeze(labelFor("not_applicable")),
  insufficient_data: Object.freeze(labelFor("insufficient_data")),
};

/** The label of an indicator verdict (shared and frozen). */
export function verdictLabel(v: IndicatorVerdict): Text {
  return LABELS[v];
}
