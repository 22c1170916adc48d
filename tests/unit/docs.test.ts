import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { repoPath } from "../helpers.js";

const doc = readFileSync(repoPath("docs/errors.md"), "utf8");
const codesIn = (file: string, typeName: string): string[] => {
  const text = readFileSync(repoPath(file), "utf8");
  const start = text.indexOf(`export type ${typeName} =`);
  const body = text.slice(start, text.indexOf(";", start));
  return [...body.matchAll(/"([A-Z_]+)"/g)].map((m) => m[1] as string);
};

describe("docs/errors.md lists every code", () => {
  it.each([
    ["src/errors.ts", "ErrorCode"],
    ["src/explain/messages.ts", "ReportIssueCode"],
    ["src/explain/messages.ts", "PackIssueCode"],
    ["src/types.ts", "FlagCode"],
  ])("%s %s", (file, typeName) => {
    const codes = codesIn(file, typeName);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(doc, code).toContain(`\`${code}\``);
  });
});
