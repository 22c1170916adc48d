import jsonLogic from "json-logic-js";
import type { Logic } from "../types.js";

/**
 * The only place that calls json-logic-js. Rules reaching here have passed the pack gate (allowed operators, literal
 * variable paths, one operator per object), and the data is a null-prototype object built by the engine.
 * json-logic-js's shared operation table is never changed.
 */
export function applyLogic(logic: Logic, data: Record<string, unknown>): unknown {
  return jsonLogic.apply(logic as never, data);
}

/** JSON-logic truthiness (an empty list is false). */
export function isTruthy(value: unknown): boolean {
  return jsonLogic.truthy(value);
}
