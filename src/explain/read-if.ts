/* Reading the trace of an `if` (see trace-lines.ts): the trace keeps only the arguments evaluated. */
import type { JsonValue, TraceNode } from "../types.js";
import { truthy } from "../logic/operations.js";

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
