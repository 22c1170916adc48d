import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { fakeIo, repoPath, reportWith, thapMuoi } from "../helpers.js";

// Audit findings 3, 5 and 7: what the tab-separated lines of a batch (and simulate's error lines) say.
const root = mkdtempSync(join(tmpdir(), "hht-batch-lines-"));
const write = (name: string, content: string): string => {
  const full = join(root, name);
  writeFileSync(full, content);
  return full;
};
const pilotFile = repoPath("rules/huyen-hoc-tap/2021.json");
const illustrationFile = repoPath("tests/fixtures/packs/huyen-hoc-tap-illustration.json");
const bad = reportWith({ "3.1.1": { previousRate: "1,83" } });

describe("batch text output", () => {
  it("prints each warning of a judged report as an indented line, as the single-report output prints `! …`", async () => {
    const file = write("two.jsonl", `${JSON.stringify(thapMuoi())}\n${JSON.stringify(thapMuoi())}\n`);
    const single = fakeIo();
    await runMain(["evaluate", repoPath("tests/fixtures/thap-muoi-2022.json"), "--pack", illustrationFile], single.io);
    const warning = /^! (.*)$/m.exec(single.out())?.[1] as string;
    expect(warning).toContain("không có hiệu lực");
    const batch = fakeIo();
    await runMain(["evaluate", file, "--pack", illustrationFile], batch.io);
    const lines = batch.out().split("\n");
    expect(lines[1]).toMatch(/^two\.jsonl:1\t {2}!\t\[PACK_NOT_IN_FORCE\] /);
    expect(lines[1]).toContain(warning);
    expect(lines[1]).toMatch(/ \/ Rule pack .* was not in force/);
    expect(lines[2]).toMatch(/^two\.jsonl:2\t[^ ]/);
    expect(lines[3]).toMatch(/^two\.jsonl:2\t {2}!\t\[PACK_NOT_IN_FORCE\] /);
  });

  it("no warning line when the pack was in force", async () => {
    const file = write("one.jsonl", `${JSON.stringify(thapMuoi())}\n`);
    const batch = fakeIo();
    await runMain(["evaluate", file], batch.io);
    expect(batch.out()).not.toContain("\t  !\t");
  });

  it("prints every issue message (and the error's) in both languages, Vietnamese first, whatever --lang", async () => {
    const file = write("bad.jsonl", `${JSON.stringify(bad)}\n`);
    for (const lang of ["vi", "en"]) {
      const { io, out } = fakeIo();
      expect(await runMain(["evaluate", file, "--lang", lang], io)).toBe(2);
      expect(out()).toMatch(/^bad\.jsonl:1\t[^\t]+\tREPORT_INVALID: Báo cáo [^\t]+ \/ The report /m);
      expect(out()).toMatch(/^bad\.jsonl:1\t {2}\/indicators\/3\.1\.1\/previousRate\t\[NUMBER_AS_STRING\] .+ \/ .+$/m);
      const line = out().split("\n").find((l) => l.includes("[NUMBER_AS_STRING]")) as string;
      const [vi, en] = (line.split("] ")[1] as string).split(" / ");
      expect(vi).not.toBe(en);
      expect(en).toMatch(/number/i);
    }
  });

  it("simulate prints the invalid reports' messages in both languages too", async () => {
    const file = write("bad-sim.jsonl", `${JSON.stringify(bad)}\n{ nope\n`);
    const { io, err } = fakeIo();
    expect(await runMain(["simulate", file, "--pack", pilotFile, "--lang", "en"], io)).toBe(0);
    expect(err()).toMatch(/^bad-sim\.jsonl:1\tREPORT_INVALID: Báo cáo [^\t]+ \/ The report /m);
    expect(err()).toMatch(/^bad-sim\.jsonl:1\t {2}\/indicators\/3\.1\.1\/previousRate\t\[NUMBER_AS_STRING\] .+ \/ .+$/m);
    expect(err()).toMatch(/^bad-sim\.jsonl:2\t {2}\(whole document\)\t\[INVALID_JSON\] .+ \/ .+$/m);
  });

  it("a tab in a district or a file name does not add a field: every line keeps its fields", async () => {
    const district = { ...thapMuoi(), district: "Tháp\tMười" };
    const file = write("tab.jsonl", `${JSON.stringify(district)}\n${JSON.stringify({ ...bad, district: "A\tB", indicators: { "3.1.1": { "previous\tRate": 1 } } })}\n`);
    const { io, out } = fakeIo();
    await runMain(["evaluate", file], io);
    const lines = out().split("\n").filter((l) => l.startsWith("tab.jsonl"));
    expect(lines[0]?.split("\t")).toHaveLength(4);
    expect(lines[0]).toContain("Tháp Mười, Đồng Tháp, 2022");
    const issue = lines.find((l) => l.includes("UNKNOWN_FIELD")) as string;
    expect(issue.split("\t")).toHaveLength(3);
    expect(issue).toContain("/indicators/3.1.1/previous Rate");

    const dir = join(root, "tabs");
    mkdirSync(dir);
    writeFileSync(join(dir, "a\tb.json"), JSON.stringify(thapMuoi()));
    writeFileSync(join(dir, "c\td.json"), "{ nope");
    const folder = fakeIo();
    await runMain(["evaluate", dir], folder.io);
    const folderLines = folder.out().split("\n").filter((l) => /^[ac] [bd]\.json\t/.test(l));
    expect(folderLines.map((l) => l.split("\t").length)).toEqual([4, 3, 3]);
    const sim = fakeIo();
    await runMain(["simulate", dir, "--pack", pilotFile], sim.io);
    for (const l of sim.err().trim().split("\n")) expect(l).toMatch(/^c d\.json\t/);
    expect(sim.err().trim().split("\n").map((l) => l.split("\t").length)).toEqual([2, 3]);
  });
});

describe("simulate's invalid reports on stderr", () => {
  it("come out in input order, unreadable (bad JSON) and refused alike (audit finding 8)", async () => {
    const file = write("order.jsonl", [JSON.stringify(reportWith({})), "{ nope", JSON.stringify(bad), "[1,", JSON.stringify(bad), "{"].join("\n"));
    const { io, err } = fakeIo();
    expect(await runMain(["simulate", file, "--pack", pilotFile, "--pack", illustrationFile], io)).toBe(0);
    const located = err().trim().split("\n").filter((l) => /^order\.jsonl:\d+\t[A-Z]/.test(l)).map((l) => Number(/:(\d+)\t/.exec(l)?.[1]));
    expect(located.length).toBeGreaterThanOrEqual(5);
    expect(located).toEqual([...located].sort((a, b) => a - b));
    expect(new Set(located)).toEqual(new Set([2, 3, 4, 5, 6]));
  });
});
