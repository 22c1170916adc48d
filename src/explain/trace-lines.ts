/* The lines of a trace (see render-trace.ts), apart from the pack checker: the CLI prints them without loading it. */
import type { Comparison, IndicatorResult, JsonValue, Lang, Logic, TraceNode } from "../types.js";
import type { PreparedIndicator, PreparedPack } from "../pack/prepared-pack.js";
import { formatMeasure, formatNumber, formatUnit } from "./format-number.js";
import { messagesFor } from "./messages-for.js";
import { operatorOf, renderLogic } from "./render-logic.js";
import type { LogicContext } from "./render-logic.js";
import { formatValue } from "./reason.js";
import { documentMessagesFor } from "./document-messages.js";
import { isIf, readIf, traceTruthy } from "./read-if.js";
import type { IfReading } from "./read-if.js";
import { roundMeasure } from "../logic/round-decimal.js";

/** One line of a rendered trace. */
export interface TraceLine {
  /** `input`: a figure read; `applicable`: a step of the applicability test; `step`: a step of the computation; `rounded`: the rounding; `comparison`: the comparison with the threshold. */
  kind: "input" | "applicable" | "step" | "rounded" | "comparison";
  /** The line: `good + fair = 12 + 1 = 13`, `100% ≥ 75% → đúng`. */
  text: string;
}

/** The trace of one indicator as lines. */
export function traceLines(result: IndicatorResult, prepared: PreparedIndicator | null, lang: Lang): TraceLine[] {
  const trace = result.trace;
  if (!trace) return [];
  const m = messagesFor(lang);
  const lines: TraceLine[] = [];
  const vars = new Map<string, JsonValue>();
  for (const root of [trace.applicable, trace.value]) if (root) collectVars(root, vars);
  // The measure is shown with the decimals that keep its comparison with the threshold visibly true.
  const measure: MeasureFormat | null = trace.comparison ? { compare: trace.comparison.compare, threshold: trace.comparison.threshold } : null;
  for (const [name, value] of vars) {
    const label = prepared?.fields.get(name)?.label[lang];
    lines.push({ kind: "input", text: `${name} = ${formatTraceValue(value, lang)}${label ? ` (${label})` : ""}` });
  }
  if (trace.applicable) for (const text of stepLines(trace.applicable, vars, lang, true, null)) lines.push({ kind: "applicable", text });
  if (trace.value) for (const text of stepLines(trace.value, vars, lang, result.compare === "truthy", measure)) lines.push({ kind: "step", text });
  if (trace.rounded && trace.rounded.decimals < 12) lines.push({ kind: "rounded", text: documentMessagesFor(lang).explain.trace.rounded(trace.rounded.decimals, minusSign(formatNumber(trace.rounded.value, lang, trace.rounded.decimals))) });
  if (trace.comparison) {
    const { compare, value, threshold } = trace.comparison;
    const thresholdUnit = result.threshold?.unit ?? result.unit;
    const left = minusSign(formatMeasure(value, result.unit, lang, compare, threshold));
    lines.push({ kind: "comparison", text: `${left} ${m.compareWord[compare]} ${minusSign(formatUnit(threshold, thresholdUnit, lang, 12))} → ${trace.result ? m.yes : m.no}` });
  }
  return lines;
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
 * A value in a trace: numbers the way people write them, a list by its number of items. A number shows at least 6
 * decimals and 6 significant digits, `≈` when that is not all of it; a measure (`measure` given) also as many as keep
 * its comparison with the threshold visibly true, so that 0,0499998 never shows as 0,05 next to `< 0,05%`.
 */
export function formatTraceValue(value: JsonValue, lang: Lang, measure: MeasureFormat | null = null): string {
  const w = documentMessagesFor(lang).logic;
  if (typeof value === "number") {
    const abs = Math.abs(value);
    let decimals = abs > 0 && abs < 0.1 ? Math.min(12, 5 - Math.floor(Math.log10(abs))) : 6;
    if (measure) decimals = Math.max(decimals, fractionDigits(formatMeasure(value, "number", lang, measure.compare, measure.threshold), lang));
    const shown = formatNumber(value, lang, decimals);
    return `${shown === formatNumber(value, lang, 12) ? "" : "≈ "}${minusSign(shown)}`;
  }
  if (Array.isArray(value)) return w.items(value.length);
  if (typeof value === "boolean") return value ? w.true : w.false;
  if (value === null) return w.null;
  if (typeof value === "string") return value === "Infinity" ? "∞" : value === "-Infinity" ? "−∞" : value === "NaN" ? "NaN" : `“${value}”`;
  return JSON.stringify(value);
}

/** The number of decimals a number formatted by `formatNumber` shows. */
function fractionDigits(text: string, lang: Lang): number {
  const at = text.lastIndexOf(lang === "vi" ? "," : ".");
  return at < 0 ? 0 : text.length - at - 1;
}

/** Numbers in a trace are written with the minus sign `−`, as rendered rules write them (`formatNumber` writes `-`). */
function minusSign(text: string): string {
  return text.replace(/(^|[\s(])-(?=\d)/g, "$1−");
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

const FAMILY: Record<string, string> = {
  "+": "add", "-": "add", "*": "mul", "/": "mul", "%": "mul",
  "==": "cmp", "===": "cmp", "!=": "cmp", "!==": "cmp", ">": "cmp", ">=": "cmp", "<": "cmp", "<=": "cmp", in: "cmp",
  and: "logic", or: "logic", "!": "logic", "!!": "logic",
};

/**
 * The computation steps of a trace, innermost first: a sub-expression is its own step when it is of another kind
 * than its parent (a sum inside a product), so that each line stays short and checkable. An `if` shows each
 * condition evaluated with its truth, then the branch taken.
 */
function stepLines(root: TraceNode, vars: Map<string, JsonValue>, lang: Lang, rootAlways: boolean, measure: MeasureFormat | null): string[] {
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
  const names: LogicContext = { lang, variable: (n) => n, isList: (n) => Array.isArray(vars.get(n)) };
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
      variable: (n) => operand(vars.get(n) ?? null, lang),
      values: true,
      override: (sub) => (sub !== l && steps.has(sub) ? operand((nodes.get(sub) as TraceNode).value, lang) : undefined),
    });
  };
  /** `names = figures = value`, or `names (figures) → true` for a condition. */
  const stepText = (l: Logic, asMeasure: boolean, truth: boolean): string => {
    const value = valueOf(l);
    const namesText = renderLogic(taken(l), names);
    const valuesText = withValues(l);
    if (typeof value === "boolean") return `${namesText}${valuesText !== namesText ? ` (${valuesText})` : ""} → ${value ? m.yes : m.no}`;
    const result = formatTraceValue(value, lang, asMeasure ? measure : null);
    const parts = valuesText !== namesText && valuesText !== result ? [namesText, valuesText] : [namesText];
    const text = namesText === result ? result : `${parts.join(" = ")} ${result.startsWith("≈") ? "" : "= "}${result}`;
    return truth ? `${text} → ${traceTruthy(value) ? m.yes : m.no}` : text;
  };
  const lines: string[] = [];
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
    if (text !== null) lines.push(text);
  };
  /** The line of a step; for `and` / `or`, null when its one recorded argument already has its own line. */
  const ownLine = (l: Logic, asMeasure: boolean, truth: boolean): string | null => {
    const node = operatorOf(l);
    if (node?.op !== "and" && node?.op !== "or") return stepText(l, asMeasure, truth);
    // They record the arguments up to the one that decided; whether more followed is not recorded, so the line says
    // nothing about arguments not evaluated.
    if (node.args.length === 1 && steps.has(node.args[0] as object)) return null;
    return stepText(l, asMeasure, truth);
  };
  /** Each condition evaluated with its truth, then the branch taken. */
  const emitIf = (l: Logic, args: Logic[], asMeasure: boolean): void => {
    const r = reading(l as object);
    for (let i = 0; i < r.conditions; i++) {
      const arg = args[i] as Logic;
      // A last argument that may be the else branch gets a line only when it says something true either way.
      if (r.ambiguous && i === r.conditions - 1 && !operatorOf(arg)) continue;
      emitInside(arg, false);
      const text = ownLine(arg, false, true);
      if (text !== null) lines.push(text);
    }
    if (!r.branch) {
      lines.push(`${words.none}: ${formatTraceValue(valueOf(l), lang)}`);
      return;
    }
    const branch = args[r.conditions] as Logic;
    emitInside(branch, asMeasure);
    // A nested if has shown its computation: its value is enough.
    const text = isIf(operatorOf(branch)?.op) ? formatTraceValue(valueOf(branch), lang, asMeasure ? measure : null) : stepText(branch, asMeasure, false);
    lines.push(r.conditions > 0 ? `${r.branch === "then" ? words.then : words.else}: ${text}` : text);
  };
  emit(logic, measure !== null);
  return lines;
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
    variable: (name) => {
      if (Object.prototype.hasOwnProperty.call(result.inputs, name)) return operand(result.inputs[name] ?? null, lang);
      const t = Object.prototype.hasOwnProperty.call(thresholds, name) ? thresholds[name] : undefined;
      return t ? minusSign(formatNumber(t.value, lang, 12)) : name;
    },
  };
  if (typeof result.value === "boolean") return `${renderLogic(measure.value, ctx)} → ${result.value ? m.yes : m.no}`;
  const measured = minusSign(formatValue(prepared, result.value, lang));
  if (operatorOf(measure.value)?.op === "var") return measured;
  // The value before rounding to the rule's decimals: from the trace, else computed again from the figures used.
  const traced = result.trace?.value?.value;
  const raw = typeof traced === "number" ? traced : prepared.compiled.measures[index]?.value(result.inputs);
  const exact = typeof raw === "number" && measured === minusSign(formatUnit(raw, result.unit, lang, 12)) && (result.unit !== "count" || Number.isInteger(roundMeasure(raw, 12)));
  return `${renderLogic(measure.value, ctx)} ${exact ? "=" : "≈"} ${measured}`;
}
