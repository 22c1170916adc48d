import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoPath } from "../helpers.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|js)$/.test(name) ? [full] : [];
  });
}

const src = repoPath("src");
const files = sourceFiles(src).filter((f) => !relative(src, f).startsWith("generated"));
const core = files.filter((f) => !/^(cli|node)\//.test(relative(src, f)));

describe("the engine knows nothing the pack does not tell it", () => {
  it("no indicator id appears in src/", () => {
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text.match(/["'`][123]\.[12]\.[1-4]["'`]/g), relative(src, file)).toBeNull();
    }
  });
  it("no threshold of the pilot pack appears in src/ as a number", () => {
    for (const file of files) {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(code.match(/(?<![\w.])(70|90|1\.5|0\.05|50)(?![\w.])/g), relative(src, file)).toBeNull();
    }
  });
});

describe("the core is pure", () => {
  it("imports no node: module outside src/cli and src/node", () => {
    for (const file of core) expect(readFileSync(file, "utf8"), relative(src, file)).not.toMatch(/from ["']node:|require\(["']node:/);
  });
  it("never reads the clock or writes to the console", () => {
    for (const file of core) {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(code, relative(src, file)).not.toMatch(/\bDate\.now\(|new Date\(|console\.|process\./);
    }
  });
  it("never changes json-logic-js's shared operation table", () => {
    for (const file of files) expect(readFileSync(file, "utf8"), relative(src, file)).not.toMatch(/add_operation|rm_operation/);
  });
});
