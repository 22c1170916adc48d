import jsonLogic from "json-logic-js";
import type { Logic } from "../types.js";

/** The signature of {@link applyLogic}: what an entry point gives `evaluate` for the reference engine. */
export type ApplyLogic = (logic: Logic, data: Record<string, unknown>) => unknown;

/**
 * The only place that calls json-logic-js, for `evaluate(report, { engine: "reference" })` (the default engine runs
 * the same rules compiled into closures, see compile-logic.ts). Rules reaching here have passed the pack gate (allowed
 * operators, literal variable paths, one operator per object), and the data is a null-prototype object built by the
 * engine. json-logic-js's shared operation table is never changed. Only the main entry point imports it (see
 * `EvaluateParts`), so that `huyen-hoc-tap/lite` and the CLI do not load json-logic-js.
 */
export function applyLogic(logic: Logic, data: Record<string, unknown>): unknown {
  return jsonLogic.apply(logic as never, data);
}
