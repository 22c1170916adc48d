import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { generateValidatorSource } from "../tools/validator-source.mjs";
import { listPacks } from "../../src/index.js";
import { generatedReader, generatedRules } from "../../src/pack/generated-code.js";
import { COMPILED_TYPES, compiledFileFor, LITE_TYPES, liteFileFor } from "../../src/pack/compiled-file.js";
import { readJson, repoPath } from "../helpers.js";

const PACK_FILES = readdirSync(repoPath("rules/huyen-hoc-tap")).filter((f) => f.endsWith(".json") && !f.endsWith(".digest.json"));

describe("generated code", () => {
  it("the committed pack-schema validator is what `npm run generate` makes from rules/schemas/pack.schema.json", () => {
    const fresh = (generateValidatorSource as (schema: unknown) => string)(readJson("rules/schemas/pack.schema.json"));
    expect(readFileSync(repoPath("src/generated/validate-pack-schema.js"), "utf8") === fresh, "run `npm run generate`").toBe(true);
  });

  it.each(PACK_FILES)("the committed compiled module of rules/huyen-hoc-tap/%s is what `npm run generate` makes from it", (file) => {
    const fresh = compiledFileFor(readJson(`rules/huyen-hoc-tap/${file}`), `rules/huyen-hoc-tap/${file}`);
    const base = `rules/huyen-hoc-tap/${file.replace(/\.json$/, "")}`;
    expect(readFileSync(repoPath(`${base}.compiled.js`), "utf8") === fresh, "run `npm run generate`").toBe(true);
    expect(readFileSync(repoPath(`${base}.compiled.d.ts`), "utf8")).toBe(COMPILED_TYPES);
    expect(readFileSync(repoPath(`${base}.lite.js`), "utf8") === liteFileFor(readJson(`rules/huyen-hoc-tap/${file}`), `rules/huyen-hoc-tap/${file}`), "run `npm run generate`").toBe(true);
    expect(readFileSync(repoPath(`${base}.lite.d.ts`), "utf8")).toBe(LITE_TYPES);
  });

  it("generated code is standalone: no eval, no new Function, no require, no import", () => {
    const modules = PACK_FILES.flatMap((f) => [".compiled.js", ".lite.js"].map((ext) => `rules/huyen-hoc-tap/${f.replace(/\.json$/, ext)}`));
    for (const path of ["src/generated/validate-pack-schema.js", ...modules]) {
      const code = readFileSync(repoPath(path), "utf8");
      expect(code, path).not.toMatch(/new Function|\beval\(|require\(/);
      if (path.startsWith("rules/")) expect(code, path).not.toMatch(/^import /m);
    }
  });

  it("every bundled pack has its generated reader and rules; a variant with other thresholds has the reader only", () => {
    for (const { pack, digest } of listPacks()) {
      expect(generatedRules(digest)).not.toBeNull();
      expect(generatedRules("sha256:other")).toBeNull();
      expect(generatedReader(digest, pack.reportSchema)).not.toBeNull();
      expect(generatedReader("sha256:other", structuredClone(pack.reportSchema))).not.toBeNull();
      const changed = structuredClone(pack.reportSchema) as unknown as Record<string, unknown>;
      changed["description"] = "changed";
      expect(generatedReader("sha256:other", changed)).toBeNull();
    }
  });
});
