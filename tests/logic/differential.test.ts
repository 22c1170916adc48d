import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import jsonLogic from "json-logic-js";
import { describe, expect, it } from "vitest";
import { compileLogic } from "../../src/logic/compile-logic.js";
import { traceLogic } from "../../src/logic/trace-logic.js";
import { ALLOWED_OPERATORS } from "../../src/logic/operators.js";

const suitePath = fileURLToPath(new URL("../fixtures/jsonlogic/tests.json", import.meta.url));
const suite = (JSON.parse(readFileSync(suitePath, "utf8")) as unknown[]).filter((c): c is [unknown, unknown, unknown] => Array.isArray(c));

/** Every operator used anywhere in a rule. */
function operatorsOf(rule: unknown): string[] {
  const ops: string[] = [];
  const stack = [rule];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === "object") {
      const keys = Object.keys(node);
      if (keys.length === 1) ops.push(keys[0] as string);
      stack.push(...Object.values(node));
    }
  }
  return ops;
}

const allowed = suite.filter(([rule]) => operatorsOf(rule).every((op) => ALLOWED_OPERATORS.has(op)));

describe("compiled rules agree with json-logic-js (the reference) on the JsonLogic conformance suite", () => {
  it("covers most of the suite", () => {
    expect(suite.length).toBeGreaterThan(250);
    expect(allowed.length).toBeGreaterThan(200);
  });
  it.each(allowed.map((c, i) => [i, ...c] as const))("case %i: %j with %j", (_i, rule, data, expected) => {
    const reference = jsonLogic.apply(rule as never, data as never);
    expect(reference).toEqual(expected);
    expect(compileLogic(rule)(data)).toEqual(reference);
    expect(traceLogic(rule, data).value).toEqual(reference);
  });
});
