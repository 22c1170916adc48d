import { describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { fakeIo, repoPath } from "../helpers.js";

// Audit finding 6: every command takes --help / -h (help on stdout, exit 0), as `huyen-hoc-tap --help` does.
describe("--help and -h on every command", () => {
  const cases: [string[], string][] = [
    [["evaluate"], "huyen-hoc-tap evaluate <report.json>"],
    [["evaluate", repoPath("tests/fixtures/thap-muoi-2022.json")], "huyen-hoc-tap evaluate <report.json>"],
    [["evaluate", repoPath("tests/fixtures"), "--format", "jsonl"], "huyen-hoc-tap evaluate <thư mục / directory"],
    [["simulate"], "huyen-hoc-tap simulate <thư mục / directory"],
    [["simulate", repoPath("tests/fixtures"), "--pack", "x.json"], "huyen-hoc-tap simulate"],
    [["explain"], "huyen-hoc-tap explain [--pack <pack.json>]"],
    [["explain", "--lang", "en"], "huyen-hoc-tap explain"],
    [["pack"], "huyen-hoc-tap pack validate"],
    [["pack", "validate"], "huyen-hoc-tap pack validate"],
    [["pack", "sign", "p.json"], "huyen-hoc-tap pack sign"],
    [[], "huyen-hoc-tap simulate"],
  ];
  it.each(cases.flatMap(([args, text]) => ["--help", "-h"].map((flag): [string, string[], string] => [[...args, flag].join(" "), [...args, flag], text])))("%s", async (_, args, text) => {
    const { io, out, err } = fakeIo();
    expect(await runMain(args, io)).toBe(0);
    expect(out()).toMatch(/^Cách dùng \/ Usage:/);
    expect(out()).toContain(text);
    expect(err()).toBe("");
  });

  it("after `--`, --help is not an option (a file so named)", async () => {
    const { io, out } = fakeIo();
    expect(await runMain(["explain", "--", "--help"], io)).toBe(2);
    expect(out()).toBe("");
  });
});
