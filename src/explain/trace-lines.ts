/* The lines of a trace (see render-trace.ts), apart from the pack checker: the CLI prints them without loading it. */
import type { IndicatorResult, JsonValue, Lang, Logic, TraceNode } from "../types.js";
import type { PreparedIndicator, PreparedPack } from "../pack/prepared-pack.js";
import { formatMeasure, formatNumber, formatUnit } from "./format-number.js";
import { messagesFor } from "./messages-for.js";
import { operatorOf, renderLogic } from "./render-logic.js";
import type { LogicContext } from "./render-logic.js";
import { formatValue } from "./reason.js";
import { documentMessagesFor } from "./document-messages.js";

/** One line of a rendered trace. */
export interface TraceLine {
  /** `input`: a figure read; `applicable`: a step of the applicability test; `step`: a step of the computation; `rounded`: the rounding; `comparison`: the comparison with the threshold. */
  kind: "input" | "applicable" | "step" | "rounded" | "comparison";
  /** The line: `good + fair = 12 + 1 = 13`, `100% ≥ 70% → đúng`. */
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
  for (const [name, value] of vars) {
    const label = prepared?.fields.get(name)?.label[lang];
    lines.push({ kind: "input", text: `${name} = ${formatTraceValue(value, lang)}${label ? ` (${label})` : ""}` });
  }
  if (trace.applicable) for (const text of stepLines(trace.applicable, vars, lang, true)) lines.push({ kind: "applicable", text });
  if (trace.value) for (const text of stepLines(trace.value, vars, lang, result.compare === "truthy")) lines.push({ kind: "step", text });
  if (trace.rounded && trace.rounded.decimals < 12) lines.push({ kind: "rounded", text: documentMessagesFor(lang).explain.trace.rounded(trace.rounded.decimals, formatNumber(trace.rounded.value, lang, trace.rounded.decimals)) });
  if (trace.comparison) {
    const { compare, value, threshold } = trace.comparison;
    const thresholdUnit = result.threshold?.unit ?? result.unit;
    const left = formatMeasure(value, result.unit, lang, compare, threshold);
    lines.push({ kind: "comparison", text: `${left} ${m.compareWord[compare]} ${formatUnit(threshold, thresholdUnit, lang, 12)} → ${trace.result ? m.yes : m.no}` });
  }
  return lines;
}

function collectVars(node: TraceNode, out: Map<string, JsonValue>): void {
  if (node.op === "var" && node.var !== undefined && !out.has(node.var)) out.set(node.var, node.value);
  for (const arg of node.args) collectVars(arg, out);
}

/** A value in a trace: numbers the way people write them, a list by its number of items. */
export function formatTraceValue(value: JsonValue, lang: Lang): string {
  const w = documentMessagesFor(lang).logic;
  if (typeof value === "number") {
    const shown = Number(value.toFixed(6));
    const exact = Math.abs(shown - value) <= 1e-9 * Math.max(1, Math.abs(value));
    return `${exact ? "" : "≈ "}${formatNumber(value, lang, 6)}`;
  }
  if (Array.isArray(value)) return w.items(value.length);
  if (typeof value === "boolean") return value ? w.true : w.false;
  if (value === null) return w.null;
  if (typeof value === "string") return value === "Infinity" ? "∞" : value === "-Infinity" ? "−∞" : value === "NaN" ? "NaN" : `“${value}”`;
  return JSON.stringify(value);
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
 * than its parent (a sum inside a product), so that each line stays short and checkable.
 */
function stepLines(root: TraceNode, vars: Map<string, JsonValue>, lang: Lang, rootAlways: boolean): string[] {
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
    if (isRoot || family !== parentFamily) steps.add(l as object);
    for (const arg of node.args) visit(arg as Logic, family, false);
  };
  visit(logic, null, true);
  const m = messagesFor(lang);
  const names: LogicContext = { lang, variable: (n) => n, isList: (n) => Array.isArray(vars.get(n)) };
  const lines: string[] = [];
  const emit = (l: Logic): void => {
    const node = operatorOf(l);
    if (!node) {
      if (Array.isArray(l)) l.forEach(emit);
      return;
    }
    if (node.op !== "var") for (const arg of node.args) emit(arg as Logic);
    if (!steps.has(l as object)) return;
    const own = nodes.get(l as object) as TraceNode;
    const values: LogicContext = {
      lang,
      variable: (n) => formatTraceValue(vars.get(n) ?? null, lang),
      values: true,
      override: (sub) => (sub !== l && steps.has(sub) ? formatTraceValue((nodes.get(sub) as TraceNode).value, lang) : undefined),
    };
    const namesText = renderLogic(l, names);
    const valuesText = renderLogic(l, values);
    if (typeof own.value === "boolean") {
      lines.push(`${namesText}${valuesText !== namesText ? ` (${valuesText})` : ""} → ${own.value ? m.yes : m.no}`);
    } else {
      const result = formatTraceValue(own.value, lang);
      const shown = [namesText, ...(valuesText !== namesText && valuesText !== result ? [valuesText] : [])].join(" = ");
      lines.push(`${shown} ${result.startsWith("≈") ? "" : "= "}${result}`);
    }
  };
  emit(logic);
  return lines;
}

/**
 * The computation of an indicator's measure in one line, from the figures it used: `(12 + 1) × 100 ÷ 13 = 100%`,
 * `1,83 − 1,39 = 0,44 điểm phần trăm`, `8 mục → đúng`. Null when nothing was computed.
 */
export function computationText(result: IndicatorResult, prepared: PreparedIndicator, pack: PreparedPack, lang: Lang): string | null {
  const measure = prepared.indicator.rule.measures.find((x) => x.id === result.method);
  if (!measure || result.value === null || result.verdict === "not_applicable") return null;
  const m = messagesFor(lang);
  const thresholds = pack.pack.thresholds;
  const ctx: LogicContext = {
    lang,
    values: true,
    variable: (name) => {
      if (Object.prototype.hasOwnProperty.call(result.inputs, name)) return formatTraceValue(result.inputs[name] ?? null, lang);
      const t = Object.prototype.hasOwnProperty.call(thresholds, name) ? thresholds[name] : undefined;
      return t ? formatNumber(t.value, lang, 12) : name;
    },
  };
  const measured = typeof result.value === "boolean" ? (result.value ? m.yes : m.no) : formatValue(prepared, result.value, lang);
  const node = operatorOf(measure.value);
  if (node?.op === "var" && typeof result.value === "number") return measured;
  const text = renderLogic(measure.value, ctx);
  return typeof result.value === "boolean" ? `${text} → ${measured}` : `${text} = ${measured}`;
}
