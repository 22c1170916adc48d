import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { inputKind } from "../../src/node/input-kind.js";
import { evaluateFiles } from "../../src/node/index.js";
import { fakeIo, repoPath, reportWith, thapMuoi } from "../helpers.js";

// Regression tests for the audit of the batch commands (findings 1, 2 and 9): `evaluate` and `simulate` read their
// input by one rule (src/node/input-kind.ts).
const root = mkdtempSync(join(tmpdir(), "hht-input-kind-"));
const write = (path: string, content: string): string => {
  const full = join(root, path);
  writeFileSync(full, content);
  return full;
};
const pilotFile = repoPath("rules/huyen-hoc-tap/2021.json");
const one = JSON.stringify(reportWith({}));

describe("one rule for what a path holds (evaluate and simulate agree)", () => {
  const pretty = write("report_pretty", JSON.stringify(thapMuoi(), null, 2));
  const linesTxt = write("mix.txt", `${one}\n${one}\n`);
  const arrayTxt = write("array.txt", `[${one},${one}]`);

  it("inputKind: a directory, a JSON Lines name, an array's text, else one report (any other name)", async () => {
    expect(await inputKind(root)).toBe("directory");
    expect(await inputKind(write("a.jsonl", one))).toBe("lines");
    expect(await inputKind(write("a.ndjson", one))).toBe("lines");
    expect(await inputKind(arrayTxt)).toBe("array");
    expect(await inputKind(write("array.json", `\ufeff[${one}]`))).toBe("array");
    expect(await inputKind(pretty)).toBe("report");
    expect(await inputKind(linesTxt)).toBe("report");
    expect(await inputKind(join(root, "missing.json"))).toBe("report");
  });

  it("a pretty-printed report with no extension is one report for evaluate and for simulate", async () => {
    const single = fakeIo();
    expect(await runMain(["evaluate", pretty], single.io)).toBe(1);
    expect(single.out()).toContain("Tháp Mười");
    const sim = fakeIo();
    expect(await runMain(["simulate", pretty, "--pack", pilotFile], sim.io)).toBe(0);
    expect(sim.out()).toContain("Mô phỏng trên 1 báo cáo");
    expect(sim.out()).toMatch(/^Báo cáo không hợp lệ +0$/m);
    expect(sim.err()).toBe("");
  });

  it("JSON Lines under another name is one (invalid) JSON report for both: evaluate exits 2, simulate counts 1 invalid", async () => {
    const single = fakeIo();
    expect(await runMain(["evaluate", linesTxt], single.io)).toBe(2);
    expect(single.err()).toContain("INVALID_JSON");
    const sim = fakeIo();
    expect(await runMain(["simulate", linesTxt, "--pack", pilotFile], sim.io)).toBe(0);
    expect(sim.out()).toContain("Mô phỏng trên 1 báo cáo");
    expect(sim.err()).toMatch(/^mix\.txt\tREPORT_INVALID: /m);
    expect((await evaluateFiles(linesTxt)).map((i) => [i.source, i.ok])).toEqual([["mix.txt", false]]);
  });

  it("an array under another name is a batch for both", async () => {
    const batch = fakeIo();
    expect(await runMain(["evaluate", arrayTxt], batch.io)).toBe(3);
    expect(batch.out()).toMatch(/^array\.txt#\/0\t/m);
    expect(batch.out()).toMatch(/^array\.txt#\/1\t/m);
    const sim = fakeIo();
    expect(await runMain(["simulate", arrayTxt, "--pack", pilotFile], sim.io)).toBe(0);
    expect(sim.out()).toContain("Mô phỏng trên 2 báo cáo");
  });

  it("an array after any amount of white space (past the first 4 KB) and a byte-order mark is a batch", async () => {
    const spaced = write("spaced.json", `\ufeff${" ".repeat(5000)}\n${"\t".repeat(70_000)}[${one},${one}]`);
    const { io, out } = fakeIo();
    expect(await runMain(["evaluate", spaced], io)).toBe(3);
    expect(out()).toMatch(/^spaced\.json#\/1\t/m);
    expect(out()).toContain("Tổng cộng 2 báo cáo");
  });
});

describe("a directory's files are read as the same files given alone", () => {
  const dir = join(root, "folder");
  mkdirSync(dir);
  writeFileSync(join(dir, "two.json"), `[${JSON.stringify(thapMuoi())},${one}]`);
  writeFileSync(join(dir, "b.jsonl"), `${one}\n\n${JSON.stringify(reportWith({ "3.1.1": { previousRate: "1,83" } }))}\n`);
  writeFileSync(join(dir, "c.ndjson"), `${one}\n`);
  writeFileSync(join(dir, "d.json"), one);
  writeFileSync(join(dir, "notes.txt"), "not a report");
  mkdirSync(join(dir, "sub.jsonl"));
  writeFileSync(join(dir, "sub.jsonl", "x.json"), one);
  symlinkSync(join(dir, "nowhere.jsonl"), join(dir, "e-dangling.jsonl"));
  writeFileSync(join(dir, "f.json"), one);

  const sources = ["b.jsonl:1", "b.jsonl:3", "c.ndjson:1", "d.json", "e-dangling.jsonl", "f.json", "two.json#/0", "two.json#/1"];

  it("evaluate: an array file gives one report per item, a JSON Lines file its lines; a file that cannot be read is its own error", async () => {
    const { io, out } = fakeIo();
    expect(await runMain(["evaluate", dir, "--format", "jsonl"], io)).toBe(2);
    const records = out().trim().split("\n").map((l) => JSON.parse(l) as { source: string; ok: boolean; verdict?: string; error?: { code: string; issues: { path: string; code: string }[] } });
    expect(records.map((r) => r.source)).toEqual(sources);
    expect(records.map((r) => r.verdict ?? r.error?.code)).toEqual(["insufficient_data", "REPORT_INVALID", "insufficient_data", "insufficient_data", "INVALID_ARGUMENT", "insufficient_data", "not_met", "insufficient_data"]);
    expect(records[1]?.error?.issues[0]).toMatchObject({ path: "/indicators/3.1.1/previousRate", code: "NUMBER_AS_STRING" });
  });

  it("the text output and evaluateFiles locate them the same way", async () => {
    const { io, out } = fakeIo();
    expect(await runMain(["evaluate", dir], io)).toBe(2);
    expect(out()).toMatch(/^two\.json#\/0\tKhông đạt\tTháp Mười/m);
    expect(out()).not.toMatch(/WRONG_TYPE/);
    expect(out()).toContain("Tổng cộng 8 báo cáo");
    expect((await evaluateFiles(dir)).map((i) => i.source)).toEqual(sources);
  });

  it("simulate counts every report of the folder", async () => {
    const sim = fakeIo();
    expect(await runMain(["simulate", dir, "--pack", pilotFile], sim.io)).toBe(0);
    expect(sim.out()).toContain("Mô phỏng trên 8 báo cáo");
    expect(sim.out()).toMatch(/^Báo cáo không hợp lệ +2$/m);
  });

  it("an array file larger than a report (not read ahead) is read whole when its turn comes, each item with a report's limits", async () => {
    const big = join(root, "big");
    mkdirSync(big);
    const padded = JSON.stringify({ ...reportWith({}), note: undefined, reportNumber: undefined });
    const items = Array.from({ length: 700 }, () => padded);
    // Over 6 MB (a report's most bytes) with white space between the items: no item is over a report's limits.
    writeFileSync(join(big, "a.json"), `[${items.join(`,${" ".repeat(10_000)}`)}]`);
    writeFileSync(join(big, "b.json"), one);
    const outcome = await evaluateFiles(big);
    expect(outcome).toHaveLength(701);
    expect(outcome.every((i) => i.ok)).toBe(true);
    expect(outcome[700]?.source).toBe("b.json");
  });
});
