import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { generateValidatorSource } from "../../scripts/validator-source.mjs";
import { readJson, repoPath } from "../helpers.js";

describe("generated code", () => {
  it("the committed pack-schema validator is what `npm run generate` makes from rules/schemas/pack.schema.json", () => {
    const fresh = (generateValidatorSource as (schema: unknown) => string)(readJson("rules/schemas/pack.schema.json"));
    expect(readFileSync(repoPath("src/generated/validate-pack-schema.js"), "utf8") === fresh, "run `npm run generate`").toBe(true);
  });
  it("the validator is standalone code: no eval, no new Function, no require", () => {
    const code = readFileSync(repoPath("src/generated/validate-pack-schema.js"), "utf8");
    expect(code).not.toMatch(/new Function|\beval\(|require\(/);
  });
});
