/* Reading the trace of an `if` (see trace-lines.ts): the trace keeps only the arguments evaluated. */
import type { JsonValue, Logic, TraceNode } from "../types.js";
import { truthy } from "../logic/operations.js";
import { operatorOf } from "./render-logic.js";

/** Whether an operator is JsonLogic's `if` (or its alias `?:`). */
export const isIf = (op: string | undefined): boolean => op === "if" || op === "?:";

/** An `if` node replayed: how many of its recorded arguments are conditions, and the branch taken after them. */
export interface IfReading {
  conditions: number;
  branch: "then" | "else" | null;
  /** No branch was taken, or the last argument was the else branch with no value: a condition line says only its truth. */
  ambiguous: boolean;
}

/**
 * Which recorded argument of an `if` was a condition and which a branch, by replaying json-logic's `if` on the
 * recorded values (the trace keeps only the arguments evaluated, so the rule itself cannot be rebuilt): conditions
 * in order until a truthy one, then its branch; a truthy last argument, or a falsy one that is the result, is the
 * else branch.
 */
export function readIf(node: TraceNode): IfReading {
  const args = node.args;
  for (let i = 0; i < args.length; i++) {
    const last = i === args.length - 1;
    if (traceTruthy((args[i] as TraceNode).value)) return last ? { conditions: i, branch: "else", ambiguous: false } : { conditions: i + 1, branch: "then", ambiguous: false };
    // All false: without an else branch the result is null; a null result after a null argument may be either.
    if (last && node.value !== null) return { conditions: i, branch: "else", ambiguous: false };
  }
  return { conditions: args.length, branch: null, ambiguous: args.length > 0 && (args[args.length - 1] as TraceNode).value === null };
}

/** Truthiness of a recorded value (NaN is recorded as the string "NaN"). */
export function traceTruthy(value: JsonValue): boolean {
  return value !== "NaN" && truthy(value);
}

/** Whether a rule has an `if` (or `?:`) anywhere. */
export function hasIf(logic: unknown): boolean {
  const node = operatorOf(logic);
  if (!node) return Array.isArray(logic) && logic.some(hasIf);
  return isIf(node.op) || node.args.some(hasIf);
}

/**
 * The rule with each `if` replaced by the branch it took (by its value when it took none), following the rule's trace
 * node by node (the trace keeps the arguments evaluated, in order). Parts without a trace are left as written.
 */
export function takenBranches(logic: Logic, node: TraceNode | undefined): Logic {
  if (node === undefined) return logic;
  const own = operatorOf(logic);
  if (!own) return Array.isArray(logic) && node.op === null ? logic.map((item, i) => takenBranches(item as Logic, node.args[i])) : logic;
  if (own.op !== node.op || own.op === "var") return logic;
  if (isIf(own.op)) {
    const r = readIf(node);
    if (!r.branch) return node.value as Logic;
    // The trace skips the branches not taken: its k-th argument is the rule's condition 2k, its last the branch taken.
    const at = r.branch === "then" ? 2 * r.conditions - 1 : own.args.length - 1;
    return takenBranches(own.args[at] as Logic, node.args[r.conditions]);
  }
  return { [own.op]: own.args.map((a, i) => takenBranches(a as Logic, node.args[i])) } as Logic;
}
