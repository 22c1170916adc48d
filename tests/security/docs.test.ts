import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALLOWED_OPERATORS } from "../../src/logic/operators.js";
import { PACK_LIMITS, REPORT_LIMITS } from "../../src/pack/check-limits.js";
import { MAX_LOGIC_ITEMS } from "../../src/pack/check-logic-shapes.js";
import { readJson, repoPath } from "../helpers.js";
import { HOSTILE_PACKS, PACK_CATEGORIES } from "./corpus/hostile-packs.js";
import { MALFORMED_REPORTS, REPORT_CATEGORIES } from "./corpus/malformed-reports.js";

const doc = readFileSync(repoPath("docs/security.md"), "utf8");
/** The cells of the table row that starts with `first`. */
const row = (first: string): string[] | undefined =>
  doc
    .split("\n")
    .find((line) => line.startsWith(`| ${first} |`))
    ?.split("|")
    .slice(1, -1)
    .map((cell) => cell.trim());

describe("docs/security.md says what the code and the corpus say", () => {
  it.each([
    ["maxDepth", "`maxDepth`: deepest nesting of objects and lists"],
    ["maxNodes", "`maxNodes`: values in all"],
    ["maxStringLength", "`maxStringLength`: longest string or key (UTF-16 code units)"],
    ["maxKeys", "`maxKeys`: keys of one object, items of one list"],
    ["maxSize", "`maxSize`: characters of JSON text, or of an object's strings and keys plus one per value"],
  ] as const)("the limit %s", (key, label) => {
    expect(row(label)?.slice(1, 3)).toEqual([String(PACK_LIMITS[key]), String(REPORT_LIMITS[key])]);
  });

  it("the hostile-pack table counts the corpus", () => {
    for (const category of PACK_CATEGORIES) {
      const items = HOSTILE_PACKS.filter((h) => h.category === category);
      const codes = [...new Set(items.map((h) => `\`${h.issue}\``))].join(", ");
      expect(row(category), category).toEqual([category, String(items.length), codes]);
    }
    expect(doc).toContain(`| **total** | **${HOSTILE_PACKS.length}** | |`);
  });

  it("the malformed-report table counts the corpus", () => {
    for (const category of REPORT_CATEGORIES) {
      const items = MALFORMED_REPORTS.filter((c) => c.category === category);
      const codes = [...new Set(items.map((c) => `\`${c.issue}\``))].join(", ");
      expect(row(category), category).toEqual([category, String(items.length), codes]);
    }
    expect(doc).toContain(`| **total** | **${MALFORMED_REPORTS.length}** | |`);
  });

  it("the allow-list in the docs is the allow-list in the code, and the schema's argument limit is the gate's", () => {
    const section = doc.slice(doc.indexOf("**An allow-list of operators**"), doc.indexOf("Left out"));
    const listed = [...section.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
    expect(listed.sort()).toEqual([...ALLOWED_OPERATORS].sort());
    const schema = readJson<{ $defs: { logic: { anyOf: { type?: unknown; maxItems?: number }[] } } }>("rules/schemas/pack.schema.json");
    expect(schema.$defs.logic.anyOf.find((branch) => branch.type === "array")?.maxItems).toBe(MAX_LOGIC_ITEMS);
  });
});
