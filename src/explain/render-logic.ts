import type { JsonValue, Lang, Logic } from "../types.js";
import { formatNumber } from "./format-number.js";
import type { LogicOperator } from "./messages.js";
import { documentMessagesFor } from "./document-messages.js";

/**
 * Renders a JSON-logic rule for people, by walking its tree: arithmetic and comparisons as a formula (`×`, `÷`, `≥`),
 * logic as words ("và", "hoặc", "nếu … thì …"), fields by their labels (or names). Nothing here knows any indicator:
 * a new rule explains itself.
 */

/** How a rule is rendered. */
export interface LogicContext {
  /** Language of the words and of the numbers. */
  lang: Lang;
  /** How a variable is shown: its label, its name, or its value. */
  variable: (name: string) => string;
  /** Whether a variable holds a list (for the reading of `!!` and `!`). */
  isList?: (name: string) => boolean;
  /** The smallest value a variable may take (so that `total ≤ 0` reads `total = 0` when 0 is the minimum). */
  minimum?: (name: string) => number | undefined;
  /** Variables stand for their values (a computation with figures): `!!` then shows just its argument. */
  values?: boolean;
  /** Renders a sub-expression itself instead (e.g. a value already computed in a trace). */
  override?: (logic: object) => string | undefined;
}

/** Binding strength of a rendered expression: a weaker one is put in parentheses where a stronger one is needed. */
const P = { cond: 0, or: 1, and: 2, not: 3, cmp: 4, add: 5, mul: 6, unary: 7, atom: 9 } as const;

interface Rendered {
  text: string;
  prec: number;
  op: string | null;
}

/** How each operator binds, and how strongly each of its arguments must bind to go without parentheses. */
const SHAPE: Record<LogicOperator, { prec: number; arg: (index: number, count: number) => number; chain?: boolean }> = {
  var: { prec: P.atom, arg: () => P.cond },
  missing: { prec: P.atom, arg: () => P.cond },
  missing_some: { prec: P.atom, arg: () => P.cond },
  if: { prec: P.cond, arg: () => P.or },
  "?:": { prec: P.cond, arg: () => P.or },
  and: { prec: P.and, arg: () => P.not, chain: true },
  or: { prec: P.or, arg: () => P.not, chain: true },
  "!": { prec: P.not, arg: () => P.cmp },
  "!!": { prec: P.not, arg: () => P.cmp },
  "==": { prec: P.cmp, arg: () => P.add },
  "===": { prec: P.cmp, arg: () => P.add },
  "!=": { prec: P.cmp, arg: () => P.add },
  "!==": { prec: P.cmp, arg: () => P.add },
  ">": { prec: P.cmp, arg: () => P.add },
  ">=": { prec: P.cmp, arg: () => P.add },
  "<": { prec: P.cmp, arg: () => P.add },
  "<=": { prec: P.cmp, arg: () => P.add },
  "+": { prec: P.add, arg: () => P.add },
  "-": { prec: P.add, arg: (i, n) => (n === 1 ? P.unary : i === 0 ? P.add : P.mul) },
  "*": { prec: P.mul, arg: () => P.mul },
  "/": { prec: P.mul, arg: (i) => (i === 0 ? P.mul : P.unary) },
  "%": { prec: P.mul, arg: () => P.unary },
  min: { prec: P.atom, arg: () => P.cond },
  max: { prec: P.atom, arg: () => P.cond },
  cat: { prec: P.atom, arg: () => P.cond },
  substr: { prec: P.mul, arg: () => P.unary },
  in: { prec: P.cmp, arg: () => P.add },
};

/** True for an operator that has a rendering (every operator of `ALLOWED_OPERATORS`). */
export function isRenderedOperator(op: string): op is LogicOperator {
  return Object.prototype.hasOwnProperty.call(SHAPE, op);
}

/** The operator and arguments of a logic object, or null for a literal. */
export function operatorOf(logic: unknown): { op: string; args: unknown[] } | null {
  if (logic === null || typeof logic !== "object" || Array.isArray(logic)) return null;
  const keys = Object.keys(logic);
  if (keys.length !== 1) return null;
  const op = keys[0] as string;
  const raw = (logic as Record<string, unknown>)[op];
  return { op, args: Array.isArray(raw) ? raw : [raw] };
}

/** Renders a rule as text. */
export function renderLogic(logic: Logic, ctx: LogicContext): string {
  return render(logic, ctx).text;
}

/** True when the rule yields true or false by itself (a comparison or a logical operator). */
export function isCondition(logic: unknown): boolean {
  const node = operatorOf(logic);
  if (!node) return typeof logic === "boolean";
  return ["and", "or", "!", "!!", "==", "===", "!=", "!==", ">", ">=", "<", "<=", "in"].includes(node.op);
}

/** The opposite condition, written positively where possible (`>` becomes `<=`; De Morgan for `and` / `or`). */
export function negateLogic(logic: Logic): Logic {
  const node = operatorOf(logic);
  if (!node) return typeof logic === "boolean" ? !logic : { "!": [logic] };
  const flip: Record<string, string> = { ">": "<=", ">=": "<", "==": "!=", "!=": "==", "===": "!==", "!==": "===" };
  const args = node.args as Logic[];
  if (flip[node.op] && args.length === 2) return { [flip[node.op] as string]: args };
  if ((node.op === "<" || node.op === "<=") && args.length === 2) return { [node.op === "<" ? ">=" : ">"]: args };
  if (node.op === "and" || node.op === "or") return { [node.op === "and" ? "or" : "and"]: args.map(negateLogic) };
  if (node.op === "!") return { "!!": [args[0] ?? null] };
  if (node.op === "!!") return { "!": [args[0] ?? null] };
  return { "!": [logic] };
}

function wrap(r: Rendered, min: number, op: string, chain: boolean | undefined): string {
  if (r.prec >= min || (chain && r.op === op)) return r.text;
  return `(${r.text})`;
}

function literal(value: unknown, ctx: LogicContext): Rendered {
  const w = documentMessagesFor(ctx.lang).logic;
  if (typeof value === "number") {
    // A negative number is bracketed where a minus sign would be ambiguous: "a − (−2)", "a × (−2)".
    if (value < 0) return { text: `−${formatNumber(-value, ctx.lang, 12)}`, prec: P.add + 0.5, op: null };
    return { text: formatNumber(value, ctx.lang, 12), prec: P.atom, op: null };
  }
  if (typeof value === "string") return { text: `“${value}”`, prec: P.atom, op: null };
  if (typeof value === "boolean") return { text: value ? w.true : w.false, prec: P.atom, op: null };
  if (value === null || value === undefined) return { text: w.null, prec: P.atom, op: null };
  if (Array.isArray(value)) return { text: `[${value.map((v) => render(v as Logic, ctx).text).join(w.sep)}]`, prec: P.atom, op: null };
  return { text: JSON.stringify(value), prec: P.atom, op: null };
}

/** A variable's name when the logic is a plain `{"var": "name"}`. */
export function varName(logic: unknown): string | null {
  const node = operatorOf(logic);
  return node && node.op === "var" && typeof node.args[0] === "string" && node.args.length === 1 ? node.args[0] : null;
}

function fieldList(args: unknown[], ctx: LogicContext): string {
  const names = args.flatMap((a) => (Array.isArray(a) ? a : [a]));
  return names.map((n) => (typeof n === "string" ? ctx.variable(n) : render(n as Logic, ctx).text)).join(documentMessagesFor(ctx.lang).logic.sep);
}

function render(logic: Logic, ctx: LogicContext): Rendered {
  const node = operatorOf(logic);
  if (!node) return literal(logic, ctx);
  const own = ctx.override?.(logic as object);
  if (own !== undefined) return { text: own, prec: P.atom, op: null };
  const { op, args } = node;
  const w = documentMessagesFor(ctx.lang).logic;
  if (!isRenderedOperator(op)) return { text: `${op}(${args.map((a) => render(a as Logic, ctx).text).join(w.sep)})`, prec: P.atom, op };
  const shape = SHAPE[op];
  if (ctx.values && op === "!!") return render(args[0] as Logic, ctx);
  const special = ctx.values ? null : specialReading(op, args, ctx);
  if (special !== null) return { text: special, prec: shape.prec, op };
  if (op === "var") {
    const [path, fallback] = args;
    const name = typeof path === "string" || typeof path === "number" ? String(path) : null;
    const shown = name === null || name === "" ? (path === undefined || path === null || path === "" ? w.wholeData : render(path as Logic, ctx).text) : ctx.variable(name);
    return { text: w.op.var(fallback === undefined ? [shown] : [shown, render(fallback as Logic, ctx).text]), prec: P.atom, op };
  }
  if (op === "missing") return { text: w.op.missing([fieldList(args, ctx)]), prec: shape.prec, op };
  if (op === "missing_some") return { text: w.op.missing_some([render(args[0] as Logic, ctx).text, fieldList(args.slice(1), ctx)]), prec: shape.prec, op };
  if (op === "!" || op === "!!") {
    // "không phải a > b" reads badly: say the opposite comparison instead.
    const inner = operatorOf(args[0]);
    if (op === "!" && inner && isCondition(args[0]) && inner.op !== "!" && inner.op !== "!!" && inner.op !== "in") {
      // Only when there is an opposite to say: negating a comparison it cannot flip gives this `!` back (no loop).
      const negated = negateLogic(args[0] as Logic);
      if (operatorOf(negated)?.op !== "!") return render(negated, ctx);
    }
    if (op === "!!" && inner && isCondition(args[0])) return render(args[0] as Logic, ctx);
  }
  const texts = args.map((a, i) => wrap(render(a as Logic, ctx), shape.arg(i, args.length), op, shape.chain));
  let shownOp: LogicOperator = op;
  if (op === "<=" && args.length === 2) {
    // `total <= 0` where total can never be below 0 means `total = 0`.
    const name = varName(args[0]);
    if (name !== null && typeof args[1] === "number" && ctx.minimum?.(name) === args[1]) shownOp = "==";
  }
  return { text: w.op[shownOp](texts), prec: shape.prec, op };
}

/** Readings that say more than the operator: "có ít nhất một văn bản, minh chứng" for `!!` of a list field. */
function specialReading(op: string, args: unknown[], ctx: LogicContext): string | null {
  if (op !== "!" && op !== "!!") return null;
  const w = documentMessagesFor(ctx.lang).logic;
  const arg = args[0];
  const name = varName(arg);
  if (name !== null) {
    const list = ctx.isList?.(name) === true;
    if (op === "!!") return list ? w.atLeastOne(ctx.variable(name)) : w.given(ctx.variable(name));
    return list ? w.none(ctx.variable(name)) : w.notGiven(ctx.variable(name));
  }
  const inner = operatorOf(arg);
  if (inner && inner.op === "missing") {
    const fields = fieldList(inner.args, ctx);
    return op === "!" ? w.allGiven(fields) : w.someMissing(fields);
  }
  return null;
}

/** Every variable a rule reads, in the order they appear. */
export function variablesOf(logic: unknown, out: string[] = []): string[] {
  const node = operatorOf(logic);
  if (!node) {
    if (Array.isArray(logic)) for (const item of logic) variablesOf(item, out);
    return out;
  }
  if (node.op === "var") {
    if (typeof node.args[0] === "string" && node.args[0] !== "" && !out.includes(node.args[0])) out.push(node.args[0]);
    return out;
  }
  if (node.op === "missing" || node.op === "missing_some") {
    for (const a of node.op === "missing" ? node.args : node.args.slice(1)) for (const n of Array.isArray(a) ? a : [a]) if (typeof n === "string" && !out.includes(n)) out.push(n);
    return out;
  }
  for (const a of node.args) variablesOf(a as JsonValue, out);
  return out;
}
