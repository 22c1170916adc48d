/** What the differential tests share: the JsonLogic conformance suite (cases within the allow-list) and fuzzed values. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { ALLOWED_OPERATORS } from "../../src/logic/operators.js";

const suitePath = fileURLToPath(new URL("../fixtures/jsonlogic/tests.json", import.meta.url));

/** Every case of the conformance suite (its comments left out): `[rule, data, expected]`. */
export const SUITE = (JSON.parse(readFileSync(suitePath, "utf8")) as unknown[]).filter((c): c is [unknown, unknown, unknown] => Array.isArray(c));

/** Every operator used anywhere in a rule. */
export function operatorsOf(rule: unknown): string[] {
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

/** The cases whose operators are all allowed in packs. */
export const ALLOWED_CASES = SUITE.filter(([rule]) => operatorsOf(rule).every((op) => ALLOWED_OPERATORS.has(op)));

/** Values a report field may hold, odd ones included (wrong types, -0, NaN, numeric strings). */
export const FIELD_VALUE = fc.oneof(
  fc.integer({ min: -5, max: 200 }),
  fc.double({ noNaN: false, noDefaultInfinity: false }),
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
  fc.constantFrom(0, -0, 1, 1.5, 70, 100, null, undefined, true, false, "", "0", "12", "1,83", "abc", [], [1], [1, 2], {}),
  fc.string({ maxLength: 4 }),
);
