import jsonLogic from "json-logic-js";
import { describe, expect, it } from "vitest";
import { compileLogic } from "../../src/logic/compile-logic.js";
import { traceLogic } from "../../src/logic/trace-logic.js";
import { ALLOWED_CASES, SUITE } from "./logic-fixtures.js";

const suite = SUITE;
const allowed = ALLOWED_CASES;

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
