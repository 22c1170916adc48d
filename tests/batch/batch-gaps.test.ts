import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { evaluate, listPacks } from "../../src/index.js";
import type { RulePack, SimulationVariant } from "../../src/index.js";
import { evaluateFiles } from "../../src/node/index.js";
import { splitJsonArray } from "../../src/pack/split-json-array.js";
import { parseJson } from "../../src/pack/parse-json.js";
import { generateReports } from "../bench/generate-reports.js";
import { fakeIo, readJson, repoPath } from "../helpers.js";

// Regressions of issue 6 (batches and simulate), one block per gap the audit found.

const root = mkdtempSync(join(tmpdir(), "hht-gaps-"));
const write = (path: string, content: unknown): string => {
  const full = join(root, path);
  writeFileSync(full, typeof content === "string" ? content : JSON.stringify(content));
  return full;
};
const judged = generateReports(40, { seed: 6 }).filter((r) => {
  try {
    evaluate(r);
    return true;
  } catch {
    return false;
  }
});
const [good0, good1, good2] = judged as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
const pilot = listPacks()[0]?.pack as RulePack;
const pilotFile = write("pilot.json", pilot);

/** A good report with one more thing in it. */
const withNote = (note: unknown): Record<string, unknown> => {
  const copy = JSON.parse(JSON.stringify(good1)) as { indicators: Record<string, Record<string, unknown>> };
  (copy.indicators["2.1.1"] ??= {})["note"] = note;
  return copy;
};
/** `{"x":{"x":…}}` nested `depth` levels. */
const nested = (depth: number): string => `${'{"x":'.repeat(depth - 1)}{}${"}".repeat(depth - 1)}`;

describe("a .json file holding an array: each item is a report of its own, with a report's limits", () => {
  const cases = [
    ["a string too long", JSON.stringify([good0, withNote("n".repeat(20_000)), good2]), "/indicators/2.1.1/note", "TOO_LONG", { max: 10_000 }],
    ["nesting too deep", `[${JSON.stringify(good0)},${JSON.stringify(withNote("x")).replace('"note":"x"', `"note":${nested(15)}`)},${JSON.stringify(good2)}]`, `/indicators/2.1.1/note${"/x".repeat(13)}`, "TOO_DEEP", { max: 16 }],
    ["a duplicate key", `[${JSON.stringify(good0)},${JSON.stringify(good1).replace("{", '{"district":"A",')},${JSON.stringify(good2)}]`, "/district", "DUPLICATE_KEY", {}],
  ] as const;

  it.each(cases)("%s in item 1: items 0 and 2 judged, item 1 refused alone, at a path inside it", async (_name, text, path, code, params) => {
    const items = await evaluateFiles(write("arr-item.json", text));
    expect(items.map((i) => [i.source, i.index, i.ok])).toEqual([
      ["arr-item.json#/0", 0, true],
      ["arr-item.json#/1", 1, false],
      ["arr-item.json#/2", 2, true],
    ]);
    const bad = items[1];
    if (bad?.ok !== false) throw new Error("item 1 should be refused");
    expect(bad.error.code).toBe("REPORT_INVALID");
    expect(bad.error.message.vi).toContain("arr-item.json#/1");
    expect(bad.error.issues[0]).toMatchObject({ code, path, params });
  });

  it("the CLI judges the others, locates the bad one by its index and counts three reports (evaluate and simulate)", async () => {
    const file = write("arr-long.json", cases[0][1]);
    const run = fakeIo();
    expect(await runMain(["evaluate", file], run.io)).toBe(2);
    expect(run.out()).toMatch(/^arr-long\.json#\/0\t(Đạt|Không đạt|Chưa đủ căn cứ)\t/m);
    expect(run.out()).toMatch(/^arr-long\.json#\/1\tKhông hợp lệ\tREPORT_INVALID: Báo cáo không đọc được: arr-long\.json#\/1 \/ The report cannot be read: arr-long\.json#\/1$/m);
    expect(run.out()).toMatch(/^arr-long\.json#\/1\t {2}\/indicators\/2\.1\.1\/note\t\[TOO_LONG\]/m);
    expect(run.out()).toMatch(/^arr-long\.json#\/2\t(Đạt|Không đạt|Chưa đủ căn cứ)\t/m);
    expect(run.out()).toMatch(/Tổng cộng 3 báo cáo: .*, 1 không hợp lệ\.$/m);
    const sim = fakeIo();
    expect(await runMain(["simulate", file, "--pack", pilotFile], sim.io)).toBe(0);
    expect(sim.out()).toMatch(/^Mô phỏng trên 3 báo cáo$/m);
    expect(sim.out()).toMatch(/^Báo cáo không hợp lệ +1$/m);
    expect(sim.err()).toMatch(/^arr-long\.json#\/1\t {2}\/indicators\/2\.1\.1\/note\t\[TOO_LONG\]/m);
  });

  it.each([
    ["a missing comma", `[${JSON.stringify(good0)} ${JSON.stringify(good1)}]`],
    ["a missing colon in an item", `[${JSON.stringify(good0)}, {"district" "A"}]`],
    ["a trailing comma", `[${JSON.stringify(good0)},]`],
    ["a trailing comma in an item", `[{"a":1,}]`],
    ["an unclosed array", `[${JSON.stringify(good0)}`],
    ["an unclosed string", `[{"a":"b`],
    ["a wrong closer", `[{"a":[1}]`],
    ["text after the array", `[${JSON.stringify(good0)}] x`],
    ["a bad literal", `[tru]`],
    ["a bad number", `[-]`],
    ["an empty text in brackets", `[\n\n`],
  ])("not JSON as a whole (%s): one error for the file, as parseJson says it", async (_name, text) => {
    const items = await evaluateFiles(write("broken-array.json", text));
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({ source: "broken-array.json", ok: false, error: { code: "REPORT_INVALID" } });
    const parsed = parseJson(text);
    expect(parsed.ok).toBe(false);
    expect(item?.ok === false && item.error.issues).toEqual(parsed.ok ? [] : parsed.issues);
  });

  it("a syntax error after an item that breaks a limit (or has duplicate keys) is still the file's one error", async () => {
    for (const first of [`{"a":${nested(30)}}`, `{"a":"${"n".repeat(20_000)}"}`, `{"a":1,"a":2}`]) {
      const items = await evaluateFiles(write("late-error.json", `[${first},\n{"b" 1}]`));
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ source: "late-error.json", ok: false, error: { issues: [{ code: "INVALID_JSON", params: { problem: "expectedColon", line: 2 } }] } });
    }
  });

  it("a .json file holding one report is read with a report's limits (depth 16, not 17)", async () => {
    const items = await evaluateFiles(write("one-deep.json", JSON.stringify(withNote("x")).replace('"note":"x"', `"note":${nested(14)}`)));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ source: "one-deep.json", ok: false, error: { issues: [{ code: "TOO_DEEP", params: { max: 16 } }] } });
  });

  it("the file as a whole keeps limits of its own: at most 1 000 000 reports", async () => {
    const items = await evaluateFiles(write("too-many.json", `[${"0,".repeat(1_000_000)}0]`));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ source: "too-many.json", ok: false, error: { issues: [{ code: "TOO_MANY_ITEMS", path: "", params: { max: 1_000_000 } }] } });
  });

  it("an empty array holds no report", async () => {
    expect(await evaluateFiles(write("empty-array.json", " [ ] "))).toEqual([]);
  });
});

describe("simulate: a row for every indicator of any variant", () => {
  const illustration = readJson<RulePack>("tests/fixtures/packs/huyen-hoc-tap-illustration.json");
  const reports = write("sim-rows.jsonl", judged.slice(0, 10).map((r) => JSON.stringify(r)).join("\n"));
  const illustrationFile = repoPath("tests/fixtures/packs/huyen-hoc-tap-illustration.json");
  const rows = (text: string): string[] => text.split("\n").filter((l) => /^ {2}\d\.\d\.\d /.test(l));
  const ids = (text: string): string[] => rows(text).map((l) => l.trim().split(/ +/)[0] as string);
  const pilotIds = pilot.standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators.map((i) => i.id)));
  const illustrationIds = illustration.standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators.map((i) => i.id)));

  it("the first pack's indicators in its order, then the others' new ones, with — where a pack lacks one", async () => {
    expect(illustrationIds).toContain("2.2.5");
    expect(pilotIds).not.toContain("2.2.5");
    const run = fakeIo();
    expect(await runMain(["simulate", reports, "--pack", pilotFile, "--pack", illustrationFile], run.io)).toBe(0);
    expect(ids(run.out())).toEqual([...pilotIds, "2.2.5"]);
    expect(rows(run.out()).find((l) => l.startsWith("  2.2.5 "))).toMatch(/^ {2}2\.2\.5 +— +\d+/);
    const reversed = fakeIo();
    expect(await runMain(["simulate", reports, "--pack", illustrationFile, "--pack", pilotFile], reversed.io)).toBe(0);
    expect(ids(reversed.out())).toEqual(illustrationIds);
    expect(rows(reversed.out()).find((l) => l.startsWith("  2.2.5 "))).toMatch(/^ {2}2\.2\.5 +\d+.* +—$/);
  });
});

describe("simulate --format json: each invalid report with its source", () => {
  it("a JSON Lines file with blank lines: the line, not only the index", async () => {
    const file = write("blank-lines.jsonl", `${JSON.stringify(good0)}\r\n\r\n{bad json\r\n   \r\n{"district": 42}\r\n`);
    const run = fakeIo();
    expect(await runMain(["simulate", file, "--pack", pilotFile, "--format", "json"], run.io)).toBe(0);
    const [variant] = JSON.parse(run.out()) as SimulationVariant[];
    expect(variant?.invalidReports.map((r) => [(r as { source?: string }).source, r.index])).toEqual([
      ["blank-lines.jsonl:3", 1],
      ["blank-lines.jsonl:5", 2],
    ]);
  });

  it("a folder's file and an array's item, as evaluate --format jsonl names them", async () => {
    const dir = join(root, "json-sources");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.json"), JSON.stringify(good0));
    writeFileSync(join(dir, "b.json"), '{"district": 1}');
    const run = fakeIo();
    expect(await runMain(["simulate", dir, "--pack", pilotFile, "--format", "json"], run.io)).toBe(0);
    expect((JSON.parse(run.out()) as SimulationVariant[])[0]?.invalidReports).toMatchObject([{ source: "b.json", index: 1, ok: false }]);
    const jsonl = fakeIo();
    await runMain(["evaluate", dir, "--format", "jsonl"], jsonl.io);
    expect(JSON.parse(jsonl.out().split("\n")[1] as string)).toMatchObject({ source: "b.json", index: 1, ok: false });
    const array = fakeIo();
    expect(await runMain(["simulate", write("sources.json", [good0, { district: 1 }]), "--pack", pilotFile, "--format", "json"], array.io)).toBe(0);
    expect((JSON.parse(array.out()) as SimulationVariant[])[0]?.invalidReports).toMatchObject([{ source: "sources.json#/1", index: 1 }]);
  });
});

describe("a folder: subfolders are not read, whatever their name", () => {
  it("a subfolder named *.json and a link to a folder are skipped; a dangling link is still reported", async () => {
    const dir = join(root, "with-subfolders");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.json"), JSON.stringify(good0));
    mkdirSync(join(dir, "archive.json"));
    writeFileSync(join(dir, "archive.json", "old.json"), JSON.stringify(good1));
    mkdirSync(join(root, "elsewhere"));
    symlinkSync(join(root, "elsewhere"), join(dir, "link.json"));
    symlinkSync(join(dir, "a.json"), join(dir, "same.json"));
    expect((await evaluateFiles(dir)).map((i) => [i.source, i.ok])).toEqual([["a.json", true], ["same.json", true]]);
    const run = fakeIo();
    expect(await runMain(["evaluate", dir, "--exit-zero"], run.io)).toBe(0);
    expect(run.out()).not.toContain("archive.json");
    expect(run.out()).not.toContain("link.json");
    symlinkSync(join(dir, "missing"), join(dir, "dangling.json"));
    expect((await evaluateFiles(dir)).map((i) => [i.source, i.ok])).toEqual([["a.json", true], ["dangling.json", false], ["same.json", true]]);
  });
});

describe("simulate's messages name what they are about", () => {
  it("no reports: in both languages, with the input", async () => {
    const dir = join(root, "no-reports");
    mkdirSync(dir);
    const run = fakeIo();
    expect(await runMain(["simulate", dir, "--pack", pilotFile], run.io)).toBe(2);
    expect(run.err()).toBe(`Không có báo cáo nào trong ${dir} / No reports in ${dir}\n`);
  });

  it("an invalid --pack: its file is named, in both languages, before the issues", async () => {
    const reports = write("one.jsonl", JSON.stringify(good0));
    const bad = write("badpack.json", '{"id":1}');
    const run = fakeIo();
    expect(await runMain(["simulate", reports, "--pack", pilotFile, "--pack", bad], run.io)).toBe(2);
    const [vi, en, firstIssue] = run.err().split("\n");
    expect(vi).toMatch(new RegExp(`^PACK_INVALID: Tệp ${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: Bộ quy tắc không hợp lệ`));
    expect(en).toMatch(new RegExp(`^PACK_INVALID: File ${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
    expect(firstIssue).toMatch(/^ {2}\S/);
    // A message that names the file already is left as it is.
    const notUtf8 = join(root, "latin1-pack.json");
    writeFileSync(notUtf8, Buffer.from([0x7b, 0xe9, 0x7d]));
    const latin = fakeIo();
    expect(await runMain(["simulate", reports, "--pack", notUtf8], latin.io)).toBe(2);
    expect(latin.err().split("\n")[0]).toBe(`PACK_INVALID: Bộ quy tắc trong tệp ${notUtf8} không phải văn bản UTF-8.`);
  });
});

describe("splitJsonArray agrees with parseJson on what is JSON", () => {
  const loose = { maxDepth: 10_000, maxNodes: 10_000_000, maxStringLength: 10_000_000, maxKeys: 10_000_000, maxSize: 100_000_000 };
  const mutation = fc.record({ at: fc.nat(), insert: fc.option(fc.constantFrom("[", "]", "{", "}", '"', ",", ":", " ", "\n", "1", "-", "e", "t", "\\", "\uFEFF"), { nil: undefined }) });
  const text = fc.tuple(fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 5 }), fc.constantFrom(0, 2), fc.array(mutation, { maxLength: 3 })).map(([items, indent, mutations]) => {
    let t = JSON.stringify(items, null, indent);
    for (const { at, insert } of mutations) {
      const i = at % (t.length + 1);
      t = insert === undefined ? t.slice(0, i) + t.slice(i + 1) : t.slice(0, i) + insert + t.slice(i);
    }
    return t;
  });

  it("the same items when it is JSON, the same INVALID_JSON issue when it is not", () => {
    fc.assert(
      fc.property(text, (t) => {
        const split = splitJsonArray(t, 1_000_000);
        const parsed = parseJson(t, loose);
        if (t.replace(/^[ \t\n\r]*/, "")[0] !== "[") {
          expect(split).toBeNull();
          return;
        }
        const syntax = parsed.ok ? undefined : parsed.issues.find((i) => i.code === "INVALID_JSON");
        if (syntax) {
          expect(split).toEqual({ ok: false, issue: syntax });
          return;
        }
        if (split === null || !split.ok) throw new Error(`refused valid JSON: ${t}`);
        const items: unknown[] = [];
        for (let i = 0; i < split.bounds.length; i += 2) items.push(JSON.parse(t.slice(split.bounds[i], split.bounds[i + 1])));
        if (parsed.ok) expect(items).toEqual(parsed.value);
        else expect(items).toHaveLength((JSON.parse(t) as unknown[]).length); // only duplicate keys: JSON all the same
      }),
      { numRuns: 3000 },
    );
  });
});
