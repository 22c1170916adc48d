import type { JsonValue, Lang, Logic } from "../types.js";
import { formatNumber } from "./format-number.js";
import type { LogicOperator } from "./messages.js";
import { documentMessagesFor } from "./document-messages.js";
import type { ValueKind } from "./document-messages.js";
import type { SchemaNode } from "../report/schema-node.js";
import { shortJson, shortText } from "../logic/trace-logic.js";

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
  /**
   * A field's or named threshold's label, for the readings in words (`có ít nhất một …`, `thiếu …`) when `variable`
   * shows names or values: a Vietnamese sentence never carries a code name where the pack gives a label.
   */
  label?: (name: string) => string | undefined;
  /** Whether a variable holds a list (for the reading of `!!` and `!`). */
  isList?: (name: string) => boolean;
  /**
   * What a variable that is not a list holds (for the reading of `!!` and `!`, true to JsonLogic's truthiness); when not
   * said, a variable with a `minimum` is a number, and any other is read with every falsy value named.
   */
  kind?: (name: string) => ValueKind | undefined;
  /** The smallest value a variable may take (so that `total ≤ 0` reads `total = 0` when 0 is the minimum). */
  minimum?: (name: string) => number | undefined;
  /**
   * Variables stand for their values (a computation with figures): `!!` of a value then shows just its argument, and so
   * does a `!` that is the whole expression (a trace's step, whose wording by name carries the negation); a `!` inside
   * a larger formula keeps its "not". The fields a `missing` lists stay named.
   */
  values?: boolean;
  /** The expression being rendered as a whole (set by {@link renderLogic}). */
  top?: object;
  /** Renders a sub-expression itself instead (e.g. a value already computed in a trace). */
  override?: (logic: object) => string | undefined;
}

/**
 * The longest rendered rule: a longer one is cut after this many characters, with "…", and the arguments after the cut
 * are not rendered at all. A rule may name a field 40 000 times and a label may have 4 000 characters: without the cut,
 * the text would grow with their product (docs/security.md). Each value a rule quotes is shortened too (60 characters).
 */
export const MAX_RENDERED_LENGTH = 2000;

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
  missing: { prec: P.not, arg: () => P.cond },
  missing_some: { prec: P.not, arg: () => P.cond },
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
  // Written in words ("phần dư của a chia cho b"), which say nothing of where they end: bracketed as the operand of
  // any operator, as a comparison would be ("(phần dư của a chia cho b) × 2").
  "%": { prec: P.not, arg: () => P.unary },
  min: { prec: P.atom, arg: () => P.cond },
  max: { prec: P.atom, arg: () => P.cond },
  cat: { prec: P.atom, arg: () => P.cond },
  substr: { prec: P.not, arg: () => P.unary },
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

/** Renders a rule as text, of at most {@link MAX_RENDERED_LENGTH} characters and "…". */
export function renderLogic(logic: Logic, ctx: LogicContext): string {
  return render(logic, ctx.values === true && logic !== null && typeof logic === "object" ? { ...ctx, top: logic } : ctx).text;
}

/**
 * True when the rule yields true or false by itself (a comparison or a logical operator), or is read as a condition
 * (`missing`: some field is missing).
 */
export function isCondition(logic: unknown): boolean {
  const node = operatorOf(logic);
  if (!node) return typeof logic === "boolean";
  return ["and", "or", "!", "!!", "==", "===", "!=", "!==", ">", ">=", "<", "<=", "in", "missing", "missing_some"].includes(node.op);
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
  if (typeof value === "string") return { text: `“${shortText(value)}”`, prec: P.atom, op: null };
  if (typeof value === "boolean") return { text: value ? w.true : w.false, prec: P.atom, op: null };
  if (value === null || value === undefined) return { text: w.null, prec: P.atom, op: null };
  if (Array.isArray(value)) return { text: `[${renderAll(value, (v) => render(v as Logic, ctx).text).join(w.sep)}]`, prec: P.atom, op: null };
  return { text: shortJson(value), prec: P.atom, op: null };
}

/** A variable's name when the logic is a plain `{"var": "name"}`. */
export function varName(logic: unknown): string | null {
  const node = operatorOf(logic);
  return node && node.op === "var" && typeof node.args[0] === "string" && node.args.length === 1 ? node.args[0] : null;
}

/** The fields a `missing` tests (its first argument when that is a list, else all of them) or a `missing_some` counts. */
function missingNames(op: string, args: unknown[]): unknown[] {
  const list = op === "missing_some" ? args[1] : args[0];
  return Array.isArray(list) ? list : op === "missing_some" ? [list] : args;
}

/** A field named in words: its label, else what `variable` shows unless that is its value. */
function fieldName(name: string, ctx: LogicContext): string {
  return ctx.label?.(name) ?? (ctx.values ? name : ctx.variable(name));
}

/** The fields a `missing` or `missing_some` lists, by label: never their values, even in a computation with figures. */
function fieldLabels(op: string, args: unknown[], ctx: LogicContext): string[] {
  return renderAll(missingNames(op, args), (n) => (typeof n === "string" ? fieldName(n, ctx) : render(n as Logic, ctx).text));
}

/** The operators whose result is a number (`!` of one says "0 or not computable"). */
const ARITHMETIC = new Set(["+", "-", "*", "/", "%", "min", "max"]);

/** What a variable holds, for the readings of `!` and `!!`. */
function kindOf(name: string, ctx: LogicContext): ValueKind | "list" {
  if (ctx.isList?.(name) === true) return "list";
  return ctx.kind?.(name) ?? (ctx.minimum?.(name) !== undefined ? "number" : "any");
}

/**
 * What a report field holds, from its schema node: a list (`type: "array"` or `x-unit: "evidence"`), a number, a text,
 * a true/false, or not known. For a {@link LogicContext}'s `isList` and `kind`.
 */
export function fieldKind(node: SchemaNode | undefined): ValueKind | "list" | undefined {
  if (!node) return undefined;
  if (node.type === "array" || node["x-unit"] === "evidence") return "list";
  if (node.type === "number" || node.type === "integer") return "number";
  if (node.type === "string") return "text";
  if (node.type === "boolean") return "boolean";
  return undefined;
}

/**
 * The texts of a rule's parts, in order, until together they pass {@link MAX_RENDERED_LENGTH}: the parts after that
 * are one "…", never rendered.
 */
function renderAll<T>(items: readonly T[], one: (item: T, index: number) => string): string[] {
  const texts: string[] = [];
  let length = 0;
  for (let i = 0; i < items.length; i++) {
    if (length > MAX_RENDERED_LENGTH) {
      texts.push("…");
      break;
    }
    const text = one(items[i] as T, i);
    texts.push(text);
    length += text.length;
  }
  return texts;
}

/** A rule rendered, cut after {@link MAX_RENDERED_LENGTH} characters. */
function render(logic: Logic, ctx: LogicContext): Rendered {
  const r = renderNode(logic, ctx);
  return r.text.length > MAX_RENDERED_LENGTH ? { ...r, text: shortText(r.text, MAX_RENDERED_LENGTH) } : r;
}

function renderNode(logic: Logic, ctx: LogicContext): Rendered {
  const node = operatorOf(logic);
  if (!node) return literal(logic, ctx);
  const own = ctx.override?.(logic as object);
  if (own !== undefined) return { text: own, prec: P.atom, op: null };
  const { op, args } = node;
  const w = documentMessagesFor(ctx.lang).logic;
  if (!isRenderedOperator(op)) return { text: `${op}(${renderAll(args, (a) => render(a as Logic, ctx).text).join(w.sep)})`, prec: P.atom, op };
  const shape = SHAPE[op];
  const special = specialReading(op, args, ctx, logic);
  if (special !== null) return { text: special, prec: shape.prec, op };
  if (op === "var") {
    const [path, fallback] = args;
    const name = typeof path === "string" || typeof path === "number" ? String(path) : null;
    const shown = name === null || name === "" ? (path === undefined || path === null || path === "" ? w.wholeData : render(path as Logic, ctx).text) : ctx.variable(name);
    return { text: w.op.var(fallback === undefined ? [shown] : [shown, render(fallback as Logic, ctx).text]), prec: P.atom, op };
  }
  // `in` a list written in the rule is membership ("là một trong các giá trị 1; 2"): "nằm trong [1; 2]" reads as the
  // interval from 1 to 2.
  if (op === "in" && Array.isArray(args[1])) {
    const item = wrap(render(args[0] as Logic, ctx), shape.arg(0, 2), op, false);
    return { text: w.oneOf(item, renderAll(args[1], (v) => render(v as Logic, ctx).text)), prec: shape.prec, op };
  }
  // A `missing` reads as the condition it is used as: "thiếu …" (its value, the list of missing fields, is truthy then).
  if (op === "missing") return { text: w.op.missing(fieldLabels(op, args, ctx)), prec: shape.prec, op };
  if (op === "missing_some") return { text: w.op.missing_some([render(args[0] as Logic, ctx).text, ...fieldLabels(op, args, ctx)]), prec: shape.prec, op };
  if (op === "!" || op === "!!") {
    const inner = operatorOf(args[0]);
    // `!` of `!x` is `!!x`, and `!` of `!!x` is `!x`.
    // (The negated form stands for the whole expression when this `!` did: see LogicContext.values.)
    const as = (negated: Logic): LogicContext => (logic === ctx.top && negated !== null && typeof negated === "object" ? { ...ctx, top: negated } : ctx);
    if (op === "!" && (inner?.op === "!" || inner?.op === "!!")) {
      const negated = negateLogic(args[0] as Logic);
      return render(negated, as(negated));
    }
    // "không phải a > b" reads badly: say the opposite comparison instead.
    if (op === "!" && inner && isCondition(args[0]) && inner.op !== "in") {
      // Only when there is an opposite to say: negating a comparison it cannot flip gives this `!` back (no loop).
      const negated = negateLogic(args[0] as Logic);
      if (operatorOf(negated)?.op !== "!") return render(negated, as(negated));
    }
    if (op === "!!" && inner && isCondition(args[0])) return render(args[0] as Logic, ctx);
  }
  // The condition of an `if` that is a bare value ("nếu tỷ lệ … thì") is read as the test JsonLogic makes of it: its
  // truth, as `!!` reads it ("… có và khác 0").
  const asCondition = (a: unknown, i: number): Logic => ((op === "if" || op === "?:") && i % 2 === 0 && i < args.length - 1 && !isCondition(a) ? ({ "!!": [a] } as Logic) : (a as Logic));
  const texts = renderAll(args, (a, i) => wrap(render(asCondition(a, i), ctx), shape.arg(i, args.length), op, shape.chain));
  let shownOp: LogicOperator = op;
  if (op === "<=" && args.length === 2) {
    // `total <= 0` where total can never be below 0 means `total = 0`.
    const name = varName(args[0]);
    if (name !== null && typeof args[1] === "number" && ctx.minimum?.(name) === args[1]) shownOp = "==";
  }
  return { text: w.op[shownOp](texts), prec: shape.prec, op };
}

/**
 * Readings that say more than the operator, true to JsonLogic's truthiness: `!!` of a list field "có ít nhất một văn
 * bản, minh chứng", `!` of a number "tỷ lệ bằng 0 hoặc không có" (JsonLogic's `!` is true for 0, "", false, null and
 * []), `!` of `missing` "có đủ …". With figures (`values`), see {@link LogicContext.values}.
 */
function specialReading(op: string, args: unknown[], ctx: LogicContext, logic: Logic): string | null {
  if (op !== "!" && op !== "!!") return null;
  const w = documentMessagesFor(ctx.lang).logic;
  const arg = args[0];
  const inner = operatorOf(arg);
  if (inner && (inner.op === "missing" || inner.op === "missing_some")) {
    if (op === "!!") return render(arg as Logic, ctx).text;
    const labels = fieldLabels(inner.op, inner.args, ctx);
    return inner.op === "missing" ? w.givenFields(labels) : w.enoughGiven(render(inner.args[0] as Logic, ctx).text, labels);
  }
  if (isCondition(arg)) return null;
  // With figures, `!!` of a value is the value (its truth is the step's result), and so is a `!` that is the whole
  // step; inside a formula a `!` keeps its "not" (the generic form): "8 items and true → false" would be false.
  if (ctx.values) return op === "!!" || logic === ctx.top ? render(arg as Logic, ctx).text : null;
  const name = varName(arg);
  const kind = name !== null ? kindOf(name, ctx) : inner && ARITHMETIC.has(inner.op) ? "computed" : "any";
  if (kind === "list" && name !== null) return op === "!!" ? w.atLeastOne(fieldName(name, ctx)) : w.none(fieldName(name, ctx));
  const shown = name !== null ? fieldName(name, ctx) : wrap(render(arg as Logic, ctx), P.cmp, op, false);
  return (op === "!!" ? w.truthy : w.falsy)[kind === "list" ? "any" : kind](shown);
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
    for (const n of missingNames(node.op, node.args)) if (typeof n === "string" && !out.includes(n)) out.push(n);
    return out;
  }
  for (const a of node.args) variablesOf(a as JsonValue, out);
  return out;
}
