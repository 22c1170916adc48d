/* The lines of a trace (see render-trace.ts), apart from the pack checker: the CLI prints them without loading it. */
import type { Comparison, IndicatorResult, JsonValue, Lang, Logic, Measure, TraceNode } from "../types.js";
import type { PreparedIndicator, PreparedPack } from "../pack/prepared-pack.js";
import { formatMeasure, formatNumber, formatUnit, writtenDecimals } from "./format-number.js";
import { messagesFor } from "./messages-for.js";
import { fieldKind, operatorOf, renderLogic } from "./render-logic.js";
import type { LogicContext } from "./render-logic.js";
import { formatValue } from "./reason.js";
import { documentMessagesFor } from "./document-messages.js";
import { hasIf, isIf, readIf, takenBranches, traceTruthy } from "./read-if.js";
import type { IfReading } from "./read-if.js";
import { shownExactly } from "./shown-exactly.js";
import { shortJson, shortText, traceLogic } from "../logic/trace-logic.js";

/** One line of a rendered trace. */
export interface TraceLine {
  /**
   * `input`: a figure read; `applicable`: a step of the applicability test; `step`: a step of the computation;
   * `rounded`: the rounding; `comparison`: the comparison with the threshold; `missing`: a method that could not be
   * used, with the figures it lacks (insufficient data: nothing was computed).
   */
  kind: "input" | "applicable" | "step" | "rounded" | "comparison" | "missing";
  /** The line: `good + fair = 12 + 1 = 13`, `100% ≥ 75% → đúng`. */
  text: string;
}

/**
 * The most lines of steps a trace shows (the applicability test and the computation together): one more line says how
 * many were left out. A rule of 100 000 operators would otherwise give as many lines (docs/security.md).
 */
export const MAX_TRACE_STEPS = 2000;

/** The longest line of a trace: a longer one is cut after this many characters, with "…". */
export const MAX_TRACE_LINE_LENGTH = 2000;

/** The longest formula of a step (in names, and with figures): both fit in a line with the value or truth after them. */
const STEP_FORMULA_LENGTH = 900;

/**
 * The trace of one indicator as lines. `pack`, the pack that judged it, gives the labels of the named thresholds a
 * rule reads besides its own (without it, those show by name). At most {@link MAX_TRACE_STEPS} lines of steps, each of
 * at most {@link MAX_TRACE_LINE_LENGTH} characters; a value quoted in a line has at most 60.
 */
export function traceLines(result: IndicatorResult, prepared: PreparedIndicator | null, lang: Lang, pack: PreparedPack | null = null): TraceLine[] {
  const trace = result.trace;
  if (!trace) return [];
  const m = messagesFor(lang);
  const lines: TraceLine[] = [];
  let shown = 0;
  let leftOut = 0;
  let leftOutKind: "applicable" | "step" = "step";
  /* A step's line is written only while there is room: the steps after that are counted, not rendered. */
  const stepSink = (kind: "applicable" | "step") => (text: () => string): void => {
    if (shown < MAX_TRACE_STEPS) {
      shown++;
      lines.push({ kind, text: shortText(text(), MAX_TRACE_LINE_LENGTH) });
    } else {
      leftOut++;
      leftOutKind = kind;
    }
  };
  const vars = new Map<string, JsonValue>();
  for (const root of [trace.applicable, trace.value]) if (root) collectVars(root, vars);
  // The measure is shown with the decimals that keep its comparison with the threshold visibly true.
  const measure: MeasureFormat | null = trace.comparison ? { compare: trace.comparison.compare, threshold: trace.comparison.threshold } : null;
  const fields = fieldWords(prepared, pack, lang, vars);
  // No method could be used: each one with the figures it lacks, by name and label, as the inputs are shown.
  for (const method of trace.methods ?? []) {
    const named = method.missing.map((name) => {
      const label = fields.label?.(name);
      return label ? `${name} (${label})` : name;
    });
    lines.push({ kind: "missing", text: shortText(documentMessagesFor(lang).explain.trace.unusable(method.measure, m.fieldList(named)), MAX_TRACE_LINE_LENGTH) });
  }
  for (const [name, value] of vars) {
    const label = fields.label?.(name);
    lines.push({ kind: "input", text: shortText(`${name} = ${formatTraceValue(value, lang)}${label ? ` (${label})` : ""}`, MAX_TRACE_LINE_LENGTH) });
  }
  if (trace.applicable) stepLines(trace.applicable, vars, fields, lang, true, null, stepSink("applicable"));
  if (trace.value) stepLines(trace.value, vars, fields, lang, result.compare === "truthy", measure, stepSink("step"));
  if (leftOut > 0) lines.push({ kind: leftOutKind, text: documentMessagesFor(lang).logic.stepsLeftOut(leftOut) });
  if (trace.rounded && trace.rounded.decimals < 12) lines.push({ kind: "rounded", text: documentMessagesFor(lang).explain.trace.rounded(trace.rounded.decimals, formatNumber(trace.rounded.value, lang, trace.rounded.decimals)) });
  if (trace.comparison) {
    const { compare, value, threshold } = trace.comparison;
    const thresholdUnit = result.threshold?.unit ?? result.unit;
    const left = formatMeasure(value, result.unit, lang, compare, threshold);
    lines.push({ kind: "comparison", text: `${left} ${m.compareWord[compare]} ${formatUnit(threshold, thresholdUnit, lang, 12)} → ${trace.result ? m.yes : m.no}` });
  }
  return lines;
}

/** How the fields a rule reads are told in words: their labels (a named threshold's too) and what they hold. */
type FieldWords = Pick<LogicContext, "label" | "isList" | "kind">;

function fieldWords(prepared: PreparedIndicator | null, pack: PreparedPack | null, lang: Lang, vars: Map<string, JsonValue> = new Map()): FieldWords {
  const props = prepared?.block.properties ?? {};
  const own = (name: string): boolean => Object.prototype.hasOwnProperty.call(props, name);
  const thresholds = pack?.pack.thresholds ?? {};
  /** From the schema, else (no pack at hand) from the value read. */
  const kindOf = (name: string): ReturnType<typeof fieldKind> => {
    if (own(name)) return fieldKind(props[name]);
    const value = vars.get(name);
    return Array.isArray(value) ? "list" : typeof value === "number" ? "number" : typeof value === "string" ? "text" : typeof value === "boolean" ? "boolean" : undefined;
  };
  return {
    label: (name) => {
      const field = prepared?.fields.get(name);
      if (field) return field.label[lang];
      // A bundled pack's lite module has no threshold labels (the CLI judges with it): then the name is shown.
      if (prepared?.threshold?.name === name) return prepared.threshold.label?.[lang];
      return Object.prototype.hasOwnProperty.call(thresholds, name) ? thresholds[name]?.label?.[lang] : undefined;
    },
    isList: (name) => kindOf(name) === "list",
    kind: (name) => {
      const kind = kindOf(name);
      return kind === "list" ? undefined : kind;
    },
  };
}

function collectVars(node: TraceNode, out: Map<string, JsonValue>): void {
  if (node.op === "var" && node.var !== undefined && !out.has(node.var)) out.set(node.var, node.value);
  for (const arg of node.args) collectVars(arg, out);
}

/** The comparison of a measure with its threshold, which its shown value must keep visibly true. */
export interface MeasureFormat {
  /** The rule's comparison. */
  compare: Comparison;
  /** The threshold. */
  threshold: number;
}

/**
 * A value in a trace: numbers the way people write them, a list by its number of items, a text or an object by at most
 * its first 60 characters (then "…"). A number shows at least 6
 * decimals and 6 significant digits, `≈` when that is not all of it; a measure (`measure` given) also as many as keep
 * its comparison with the threshold visibly true, so that 0,0499998 never shows as 0,05 next to `< 0,05%`.
 */
export function formatTraceValue(value: JsonValue, lang: Lang, measure: MeasureFormat | null = null): string {
  const w = documentMessagesFor(lang).logic;
  if (typeof value === "number") {
    const abs = Math.abs(value);
    let decimals = abs > 0 && abs < 0.1 ? Math.min(12, 5 - Math.floor(Math.log10(abs))) : 6;
    if (measure) decimals = Math.max(decimals, fractionDigits(formatMeasure(value, "number", lang, measure.compare, measure.threshold), lang));
    // A number written with at most 12 decimals (a figure as the report gives it: 69,9999999) is shown whole, never
    // rounded onto a threshold; longer ones are the results of divisions, shown rounded with ≈.
    const written = writtenDecimals(value);
    if (written <= 12) decimals = Math.max(decimals, written);
    const shown = formatNumber(value, lang, decimals);
    return `${shownExactly(value, shown, lang) ? "" : "≈ "}${shown}`;
  }
  if (Array.isArray(value)) return w.items(value.length);
  if (typeof value === "boolean") return value ? w.true : w.false;
  if (value === null) return w.null;
  if (typeof value === "string") return value === "Infinity" ? "∞" : value === "-Infinity" ? "−∞" : value === "NaN" ? "NaN" : `“${shortText(value)}”`;
  return shortJson(value);
}

/** The number of decimals a number formatted by `formatNumber` shows. */
function fractionDigits(text: string, lang: Lang): number {
  const at = text.lastIndexOf(lang === "vi" ? "," : ".");
  return at < 0 ? 0 : text.length - at - 1;
}

/** A value inside a formula: a negative one in brackets, `1,83 − (−1,39)`. */
function operand(value: JsonValue, lang: Lang): string {
  const text = formatTraceValue(value, lang);
  return typeof value === "number" && value < 0 ? `(${text})` : text;
}

/** A trace tree turned back into logic, remembering which trace node each operator object came from. */
function toLogic(node: TraceNode, nodes: Map<object, TraceNode>): Logic {
  if (node.op === null) return node.args.length > 0 ? node.args.map((a) => toLogic(a, nodes)) : node.value;
  const logic = { [node.op]: node.op === "var" ? [node.var ?? ""] : node.args.map((a) => toLogic(a, nodes)) } as Logic & object;
  nodes.set(logic, node);
  return logic;
}

const isMissing = (op: string | undefined): boolean => op === "missing" || op === "missing_some";

const FAMILY: Record<string, string> = {
  "+": "add", "-": "add", "*": "mul", "/": "mul", "%": "mul",
  "==": "cmp", "===": "cmp", "!=": "cmp", "!==": "cmp", ">": "cmp", ">=": "cmp", "<": "cmp", "<=": "cmp", in: "cmp",
  and: "logic", or: "logic", "!": "logic", "!!": "logic",
};

/**
 * The computation steps of a trace, innermost first: a sub-expression is its own step when it is of another kind
 * than its parent (a sum inside a product), so that each line stays short and checkable. An `if` shows each
 * condition evaluated with its truth, then the branch taken. Each line goes to `add` unrendered: `add` renders only
 * the lines it keeps.
 */
function stepLines(root: TraceNode, vars: Map<string, JsonValue>, fields: FieldWords, lang: Lang, rootAlways: boolean, measure: MeasureFormat | null, add: (text: () => string) => void): void {
  const nodes = new Map<object, TraceNode>();
  const logic = toLogic(root, nodes);
  const steps = new Set<object>();
  const visit = (l: Logic, parentFamily: string | null, isRoot: boolean): void => {
    const node = operatorOf(l);
    if (!node) {
      if (Array.isArray(l)) for (const item of l) visit(item, parentFamily, false);
      return;
    }
    if (node.op === "var") {
      if (isRoot && rootAlways) steps.add(l as object);
      return;
    }
    const family = FAMILY[node.op] ?? node.op;
    // An if is always a step: a formula around it shows its value, never its partly recorded arguments.
    if (isRoot || family !== parentFamily || isIf(node.op)) steps.add(l as object);
    for (const arg of node.args) visit(arg as Logic, family, false);
  };
  visit(logic, null, true);
  const m = messagesFor(lang);
  const words = documentMessagesFor(lang).explain.trace.lazy;
  const readings = new Map<object, IfReading>();
  const reading = (l: object): IfReading => {
    let r = readings.get(l);
    if (!r) readings.set(l, (r = readIf(nodes.get(l) as TraceNode)));
    return r;
  };
  /** The logic with each `if` replaced by the branch it took (or its value): what was computed, in names. */
  const taken = (l: Logic): Logic => {
    const node = operatorOf(l);
    if (!node) return Array.isArray(l) ? l.map(taken) : l;
    if (node.op === "var") return l;
    if (isIf(node.op)) {
      const r = reading(l as object);
      return r.branch ? taken(node.args[r.conditions] as Logic) : (nodes.get(l as object) as TraceNode).value;
    }
    return { [node.op]: node.args.map((a) => taken(a as Logic)) } as Logic;
  };
  // Fields by name in formulas, by label in the readings in words ("có ít nhất một văn bản, minh chứng").
  const names: LogicContext = { lang, variable: (n) => n, ...fields };
  const valueOf = (l: Logic): JsonValue => (operatorOf(l) ? (nodes.get(l as object) as TraceNode).value : (l as JsonValue));
  /** The formula with figures; sub-steps (each an if among them) by their values. */
  const withValues = (l: Logic): string => {
    const node = operatorOf(l);
    if (node?.op === "var") return formatTraceValue(valueOf(l), lang);
    if (node && isIf(node.op)) {
      const r = reading(l as object);
      return r.branch ? withValues(node.args[r.conditions] as Logic) : formatTraceValue(valueOf(l), lang);
    }
    return renderLogic(l, {
      lang,
      ...fields,
      variable: (n) => operand(vars.get(n) ?? null, lang),
      values: true,
      override: (sub) => (sub !== l && steps.has(sub) ? operand((nodes.get(sub) as TraceNode).value, lang) : undefined),
    });
  };
  /** `names = figures = value`, or `names (figures) → true` for a condition. */
  const stepText = (l: Logic, asMeasure: boolean, truth: boolean): string => {
    const value = valueOf(l);
    const namesText = shortText(renderLogic(taken(l), names), STEP_FORMULA_LENGTH);
    const valuesText = shortText(withValues(l), STEP_FORMULA_LENGTH);
    // A `missing` is a condition whose value is the list of the fields missing: its truth, not "0 mục".
    if (isMissing(operatorOf(l)?.op)) return `${namesText} → ${traceTruthy(value) ? m.yes : m.no}`;
    if (typeof value === "boolean") return `${namesText}${valuesText !== namesText ? ` (${valuesText})` : ""} → ${value ? m.yes : m.no}`;
    const result = formatTraceValue(value, lang, asMeasure ? measure : null);
    const parts = valuesText !== namesText && valuesText !== result ? [namesText, valuesText] : [namesText];
    const text = namesText === result ? result : `${parts.join(" = ")} ${result.startsWith("≈") ? "" : "= "}${result}`;
    return truth ? `${text} → ${traceTruthy(value) ? m.yes : m.no}` : text;
  };
  /** The steps inside `l`, not `l` itself. */
  const emitInside = (l: Logic, asMeasure: boolean): void => {
    const node = operatorOf(l);
    if (!node) {
      if (Array.isArray(l)) for (const item of l) emit(item, false);
    } else if (isIf(node.op)) emit(l, asMeasure);
    else if (node.op !== "var") for (const arg of node.args) emit(arg as Logic, false);
  };
  const emit = (l: Logic, asMeasure: boolean): void => {
    const node = operatorOf(l);
    if (node && isIf(node.op)) return emitIf(l, node.args as Logic[], asMeasure);
    emitInside(l, false);
    const text = node && steps.has(l as object) ? ownLine(l, asMeasure, false) : null;
    if (text !== null) add(text);
  };
  /** The line of a step, unrendered; for `and` / `or`, null when its one recorded argument already has its own line. */
  const ownLine = (l: Logic, asMeasure: boolean, truth: boolean): (() => string) | null => {
    const node = operatorOf(l);
    // They record the arguments up to the one that decided; whether more followed is not recorded, so the line says
    // nothing about arguments not evaluated.
    if ((node?.op === "and" || node?.op === "or") && node.args.length === 1 && steps.has(node.args[0] as object)) return null;
    return () => stepText(l, asMeasure, truth);
  };
  /** Each condition evaluated with its truth, then the branch taken. */
  const emitIf = (l: Logic, args: Logic[], asMeasure: boolean): void => {
    const r = reading(l as object);
    for (let i = 0; i < r.conditions; i++) {
      const arg = args[i] as Logic;
      // A last argument that may be the else branch gets a line only when it says something true either way.
      if (r.ambiguous && i === r.conditions - 1 && !operatorOf(arg)) continue;
      emitInside(arg, false);
      if (operatorOf(arg)?.op === "var") {
        // A field as the condition is tested for its truth, as the rule reads it ("… có và khác 0 (1,39) → đúng"), not
        // shown as "currentRate = 1,39", which reads as an equality.
        add(() => `${shortText(renderLogic({ "!!": [arg] } as Logic, names), STEP_FORMULA_LENGTH)} (${withValues(arg)}) → ${traceTruthy(valueOf(arg)) ? m.yes : m.no}`);
        continue;
      }
      const text = ownLine(arg, false, true);
      if (text !== null) add(text);
    }
    if (!r.branch) {
      add(() => `${words.none}: ${formatTraceValue(valueOf(l), lang)}`);
      return;
    }
    const branch = args[r.conditions] as Logic;
    emitInside(branch, asMeasure);
    add(() => {
      // A nested if has shown its computation: its value is enough.
      const text = isIf(operatorOf(branch)?.op) ? formatTraceValue(valueOf(branch), lang, asMeasure ? measure : null) : stepText(branch, asMeasure, false);
      return r.conditions > 0 ? `${r.branch === "then" ? words.then : words.else}: ${text}` : text;
    });
  };
  emit(logic, measure !== null);
}

/**
 * The computation of an indicator's measure in one line, from the figures it used: `(12 + 1) × 100 ÷ 13 = 100%`,
 * `(2 + 0) × 100 ÷ 3 ≈ 66,67%` (`≈` when the value shown is not all of the value computed),
 * `1,83 − 1,39 = 0,44 điểm phần trăm`, `8 mục → đúng`. Null when nothing was computed.
 */
export function computationText(result: IndicatorResult, prepared: PreparedIndicator, pack: PreparedPack, lang: Lang): string | null {
  const measures = prepared.indicator.rule.measures;
  const index = measures.findIndex((x) => x.id === result.method);
  const measure = measures[index];
  if (!measure || result.value === null || result.verdict === "not_applicable") return null;
  const m = messagesFor(lang);
  const thresholds = pack.pack.thresholds;
  const ctx: LogicContext = {
    lang,
    values: true,
    // The fields a `missing` lists stay named, by label.
    ...fieldWords(prepared, pack, lang),
    variable: (name) => {
      if (Object.prototype.hasOwnProperty.call(result.inputs, name)) return operand(result.inputs[name] ?? null, lang);
      const t = Object.prototype.hasOwnProperty.call(thresholds, name) ? thresholds[name] : undefined;
      return t ? formatNumber(t.value, lang, 12) : name;
    },
  };
  // With figures, an `if` shows only the branch it took: the others were not computed.
  const computed = takenBranches(measure.value, measureTrace(result, measure, pack));
  if (typeof result.value === "boolean") return `${renderLogic(computed, ctx)} → ${result.value ? m.yes : m.no}`;
  const measured = formatValue(prepared, result.value, lang);
  const op = operatorOf(computed)?.op;
  if (op === undefined || op === "var") return measured;
  // The value before rounding to the rule's decimals: from the trace, else computed again from the figures used.
  const traced = result.trace?.value?.value;
  const raw = typeof traced === "number" ? traced : prepared.compiled.measures[index]?.value(result.inputs);
  return `${renderLogic(computed, ctx)} ${typeof raw === "number" && shownExactly(raw, measured, lang) ? "=" : "≈"} ${measured}`;
}

/**
 * The trace of the measure's value: the result's own, else (an `if` to follow, and no trace kept) the value traced
 * again from the figures used and the pack's thresholds. Undefined when there is no `if` in the rule.
 */
function measureTrace(result: IndicatorResult, measure: Measure, pack: PreparedPack): TraceNode | undefined {
  if (!hasIf(measure.value)) return undefined;
  if (result.trace?.measure === measure.id && result.trace.value) return result.trace.value;
  const data = Object.create(null) as Record<string, unknown>;
  for (const name in pack.thresholdValues) data[name] = pack.thresholdValues[name];
  for (const [name, value] of Object.entries(result.inputs)) if (value !== null) data[name] = value;
  try {
    return traceLogic(measure.value, data).trace;
  } catch {
    return undefined;
  }
}
