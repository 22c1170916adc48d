import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateMany, listPacks } from "../../src/index.js";
import type { RulePack } from "../../src/index.js";
import { evaluateFiles, loadPackFile, readReportFile, readReports } from "../../src/node/index.js";
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

  describe("text encodings (files from Windows editors, or in another encoding)", () => {
    const BOM = "\uFEFF";
    const latin1 = (text: string): Buffer => Buffer.from(text, "latin1"); // "Tháp Mười" saved as Windows-1252, not UTF-8
    const fixture = JSON.parse(readFileSync(new URL("../fixtures/thap-muoi-2022.json", import.meta.url), "utf8")) as unknown;

    it("drops a leading byte-order mark: a report file, a folder's file, a JSON Lines file and a pack file", async () => {
      const file = write("bom.json", BOM + JSON.stringify(fixture, null, 2));
      expect(await readReportFile(file)).toEqual(fixture);
      const dir = join(root, "bom-folder");
      mkdirSync(dir);
      writeFileSync(join(dir, "a.json"), BOM + JSON.stringify(reports[0]));
      expect((await evaluateFiles(dir)).map((i) => [i.source, i.ok])).toEqual([["a.json", true]]);
      const jsonl = write("bom.jsonl", `${BOM}${JSON.stringify(reports[0])}\r\n${JSON.stringify(reports[1])}\r\n`);
      expect((await evaluateFiles(jsonl)).map((i) => [i.source, i.ok])).toEqual([["bom.jsonl:1", true], ["bom.jsonl:2", true]]);
      const packFile = write("bom-pack.json", BOM + readFileSync(new URL("../../rules/huyen-hoc-tap/2021.json", import.meta.url), "utf8"));
      expect((await loadPackFile(packFile)).version).toBe(listPacks()[0]?.version);
    });

    it("refuses bytes that are not UTF-8, in both languages, instead of judging a garbled text; other lines and files go on", async () => {
      const notUtf8 = { code: "INVALID_JSON", path: "", params: { problem: "notUtf8" } };
      const file = join(root, "latin1.json");
      writeFileSync(file, latin1(JSON.stringify({ district: "Tháp Mười" })));
      const error = await rejection(readReportFile(file));
      expect(error.code).toBe("REPORT_INVALID");
      expect(error.issues).toMatchObject([notUtf8]);
      // Where: the "á" of "Tháp" (one Latin-1 byte) is the 16th character of the first line.
      expect(error.issues[0]?.message).toEqual({ vi: "không phải JSON hợp lệ: không phải văn bản UTF-8 (dòng 1, cột 16)", en: "not valid JSON: not UTF-8 text (line 1, column 16)" });
      const jsonl = join(root, "latin1.jsonl");
      writeFileSync(jsonl, Buffer.concat([Buffer.from(`${JSON.stringify(reports[0])}\n`), latin1(`{"district": "Tháp Mười"}\n`), Buffer.from(JSON.stringify(reports[1]))]));
      const items = await evaluateFiles(jsonl);
      expect(items.map((i) => [i.source, i.ok])).toEqual([["latin1.jsonl:1", true], ["latin1.jsonl:2", false], ["latin1.jsonl:3", true]]);
      expect(items[1]?.ok === false && items[1].error).toMatchObject({ code: "REPORT_INVALID", issues: [notUtf8] });
      const packFile = join(root, "latin1-pack.json");
      writeFileSync(packFile, latin1(readFileSync(new URL("../../rules/huyen-hoc-tap/2021.json", import.meta.url), "utf8")));
      const packError = await rejection(loadPackFile(packFile));
      expect(packError.code).toBe("PACK_INVALID");
      expect(packError.issues).toMatchObject([notUtf8]);
    });

    it("refuses a JSON Lines line over the size limit without holding it, and judges the next line", async () => {
      const long = `{"district": "${"x".repeat(8_100_000)}"}`;
      const jsonl = write("long.jsonl", `${long}\n${JSON.stringify(reports[0])}\n${long}`);
      const items = await evaluateFiles(jsonl);
      expect(items.map((i) => [i.source, i.ok])).toEqual([["long.jsonl:1", false], ["long.jsonl:2", true], ["long.jsonl:3", false]]);
      expect(items[0]?.ok === false && items[0].error.issues).toMatchObject([{ code: "TOO_LARGE", path: "", params: { what: "characters", max: 2_000_000 } }]);
      expect(items[0]?.ok === false && items[0].error.issues[0]?.message.vi).toBe("dữ liệu quá lớn (số ký tự: giới hạn 2.000.000)");
    });
  });
});
