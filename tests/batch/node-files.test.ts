import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateMany, listPacks } from "../../src/index.js";
import type { RulePack } from "../../src/index.js";
import { evaluateFiles, readReports } from "../../src/node/index.js";
import { generateReports } from "../bench/generate-reports.js";
import { rejection } from "../helpers.js";

const root = mkdtempSync(join(tmpdir(), "hht-files-"));
const write = (path: string, content: string): string => {
  const full = join(root, path);
  writeFileSync(full, content);
  return full;
};
const reports = generateReports(12, { seed: 12 });

/** What evaluateMany says of each outcome, without the result objects (compared as JSON). */
const asJson = (items: unknown): unknown => JSON.parse(JSON.stringify(items));

describe("huyen-hoc-tap/node: reports from folders and files", () => {
  it("a folder: its .json files by name, each judged like evaluateMany; an unreadable one located by its name", async () => {
    const dir = join(root, "folder");
    mkdirSync(dir);
    reports.slice(0, 3).forEach((r, i) => writeFileSync(join(dir, `b${i}.json`), JSON.stringify(r, null, 2)));
    writeFileSync(join(dir, "a-broken.json"), "{ not json");
    writeFileSync(join(dir, "notes.txt"), "ignored");
    const items = await evaluateFiles(dir);
    expect(items.map((i) => i.source)).toEqual(["a-broken.json", "b0.json", "b1.json", "b2.json"]);
    expect(items.map((i) => i.index)).toEqual([0, 1, 2, 3]);
    expect(items[0]).toMatchObject({ ok: false, error: { code: "REPORT_INVALID" } });
    const judged = asJson(items.slice(1).map(({ source: _source, index: _index, ...rest }) => rest));
    expect(judged).toEqual(asJson(evaluateMany(reports.slice(0, 3)).map(({ index: _index, ...rest }) => rest)));
  });

  it("a JSON Lines file: one report per non-blank line, a bad line located by its number; a .json array by its index", async () => {
    const jsonl = write("r.jsonl", `${JSON.stringify(reports[0])}\n\n{"district": 42}\n${JSON.stringify(reports[1])}\n`);
    const items = await evaluateFiles(jsonl);
    expect(items.map((i) => [i.source, i.ok])).toEqual([["r.jsonl:1", true], ["r.jsonl:3", false], ["r.jsonl:4", true]]);
    expect(items[1]?.ok === false && items[1].error.issues.some((issue) => issue.path === "/district")).toBe(true);
    const array = write("r.json", JSON.stringify(reports.slice(0, 4)));
    const sources: string[] = [];
    for await (const s of readReports(array)) {
      sources.push(s.source);
      expect("report" in s).toBe(true);
    }
    expect(sources).toEqual(["r.json#/0", "r.json#/1", "r.json#/2", "r.json#/3"]);
    expect((await evaluateFiles(write("one.json", JSON.stringify(reports[2])))).map((i) => [i.source, i.ok])).toEqual([["one.json", true]]);
  });

  it("checks the pack once, refuses a bad one for the whole batch, and a path that cannot be read", async () => {
    const pack = JSON.parse(JSON.stringify(listPacks()[0]?.pack)) as RulePack;
    const dir = write("two.jsonl", reports.slice(0, 2).map((r) => JSON.stringify(r)).join("\n"));
    expect((await evaluateFiles(dir, { pack })).every((i) => i.ok && i.result.pack.digest === listPacks()[0]?.digest)).toBe(true);
    await expect(evaluateFiles(dir, { pack: { formatVersion: 1 } })).rejects.toMatchObject({ code: "PACK_INVALID" });
    const error = await rejection(evaluateFiles(join(root, "missing.jsonl")));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.text.vi).toMatch(/^Không đọc được/);
    await expect(evaluateFiles(join(root, "missing.json"))).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
  });
});
