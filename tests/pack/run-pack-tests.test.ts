import { describe, expect, it } from "vitest";
import { listPacks, runPackTests } from "../../src/index.js";
import type { PackTest, RulePack } from "../../src/index.js";
import { reportWith } from "../helpers.js";

const pilotWith = (tests: PackTest[] | undefined): RulePack => {
  const pack = JSON.parse(JSON.stringify(listPacks()[0]?.pack)) as RulePack;
  if (tests === undefined) delete pack.tests;
  else pack.tests = tests;
  return pack;
};
const wifi = (covered: number) => reportWith({ "2.2.4": { total: 10, covered } });

describe("runPackTests", () => {
  it("passes cases whose expectations hold", () => {
    const run = runPackTests(
      pilotWith([
        { name: "met", report: wifi(7), expect: { indicators: { "2.2.4": "met" }, verdict: "insufficient_data" } },
        { name: "invalid", report: wifi(11), expect: { invalid: [{ path: "/indicators/2.2.4/covered", code: "COUNT_EXCEEDS_TOTAL" }] } },
        { name: "invalid, path only", report: wifi(11), expect: { invalid: [{ path: "/indicators/2.2.4/covered" }] } },
      ]),
    );
    expect(run).toMatchObject({ pack: { id: "huyen-hoc-tap", version: "2021.1.0" }, passed: 3, failed: 0 });
    expect(run.results.map((r) => [r.name, r.ok, r.problems])).toEqual([
      ["met", true, []],
      ["invalid", true, []],
      ["invalid, path only", true, []],
    ]);
  });

  it.each<[string, PackTest, string, string]>([
    ["a wrong indicator verdict", { name: "x", report: wifi(6), expect: { indicators: { "2.2.4": "met" } } }, "INDICATOR_MISMATCH", "indicator 2.2.4: expected “met”, got “not met” — Not met: 60% of communes have free wifi (6 of 10); at least 70% is required."],
    ["a wrong overall verdict", { name: "x", report: wifi(7), expect: { verdict: "met" } }, "VERDICT_MISMATCH", "overall verdict: expected “met”, got “insufficient data”"],
    ["an unknown indicator", { name: "x", report: wifi(7), expect: { indicators: { "9.9.9": "met" } } }, "UNKNOWN_INDICATOR", "indicator 9.9.9 is not in the pack"],
    ["a valid report expected invalid", { name: "x", report: wifi(7), expect: { invalid: [{ path: "/indicators/2.2.4/covered" }] } }, "EXPECTED_INVALID", "the report was accepted, but the case expects it to be invalid (/indicators/2.2.4/covered)"],
    ["an invalid report expected to be judged", { name: "x", report: wifi(11), expect: { indicators: { "2.2.4": "met" } } }, "UNEXPECTED_INVALID", "the report is invalid: /indicators/2.2.4/covered [COUNT_EXCEEDS_TOTAL] — /indicators/2.2.4/covered: 11 (number of communes with free wifi) is more than the total 10 (total number of communes and towns)"],
    ["an issue at another path", { name: "x", report: wifi(11), expect: { invalid: [{ path: "/indicators/2.2.4/total" }, { path: "/indicators/2.2.4/covered" }] } }, "MISSING_ISSUE", "missing issue /indicators/2.2.4/total; issues found: /indicators/2.2.4/covered [COUNT_EXCEEDS_TOTAL]"],
    ["an issue with another code", { name: "x", report: wifi(11), expect: { invalid: [{ path: "/indicators/2.2.4/covered", code: "OUT_OF_RANGE" }] } }, "MISSING_ISSUE", "missing issue /indicators/2.2.4/covered [OUT_OF_RANGE]; issues found: /indicators/2.2.4/covered [COUNT_EXCEEDS_TOTAL]"],
    ["no expectation", { name: "x", report: wifi(7), expect: {} }, "NO_EXPECTATION", "the case expects nothing (give verdict, indicators or invalid)"],
    ["both invalid and verdicts", { name: "x", report: wifi(11), expect: { verdict: "met", invalid: [{ path: "/indicators/2.2.4/covered" }] } }, "NO_EXPECTATION", "a case expects either “invalid” or verdicts, not both"],
  ])("fails a case with %s", (_name, test, code, en) => {
    const run = runPackTests(pilotWith([test]));
    expect(run.passed).toBe(0);
    expect(run.failed).toBe(1);
    const [result] = run.results;
    expect(result?.ok).toBe(false);
    expect(result?.problems[0]?.code).toBe(code);
    expect(result?.problems[0]?.message.en).toBe(en);
    expect(result?.problems[0]?.message.vi.length).toBeGreaterThan(10);
  });

  it("lists an unexpected issue besides the expected ones", () => {
    const report = reportWith({ "2.2.4": { total: 10, covered: 11 }, "3.1.2": { percent: 101 } });
    const [result] = runPackTests(pilotWith([{ name: "x", report, expect: { invalid: [{ path: "/indicators/2.2.4/covered" }] } }])).results;
    expect(result?.problems.map((p) => [p.code, p.path])).toEqual([["UNEXPECTED_ISSUE", "/indicators/3.1.2/percent"]]);
    expect(result?.problems[0]?.message.vi).toMatch(/^lỗi không nằm trong dự kiến: \/indicators\/3\.1\.2\/percent \[OUT_OF_RANGE\] — giá trị 101/);
  });

  it.each<[string, PackTest, string[]]>([
    ["an unknown indicator", { name: "x", report: wifi(7), expect: { indicators: { "9.9.9": "met" } } }, ["/tests/1/expect/indicators/9.9.9"]],
    ["a wrong indicator verdict", { name: "x", report: wifi(6), expect: { indicators: { "2.2.4": "met" } } }, ["/tests/1/expect/indicators/2.2.4"]],
    ["a wrong overall verdict", { name: "x", report: wifi(7), expect: { verdict: "met" } }, ["/tests/1/expect/verdict"]],
    ["a valid report expected invalid", { name: "x", report: wifi(7), expect: { invalid: [{ path: "/indicators/2.2.4/covered" }] } }, ["/tests/1/expect/invalid"]],
    ["an invalid report expected to be judged", { name: "x", report: wifi(11), expect: { indicators: { "2.2.4": "met" } } }, ["/tests/1/report"]],
    ["an expected issue missing, another unexpected", { name: "x", report: wifi(11), expect: { invalid: [{ path: "/indicators/2.2.4/covered" }, { path: "/indicators/2.2.4/total" }, { path: "/x", code: "OUT_OF_RANGE" }] } }, ["/tests/1/expect/invalid/1", "/tests/1/expect/invalid/2"]],
    ["an unexpected issue", { name: "x", report: wifi(11), expect: { invalid: [{ path: "/indicators/2.2.4/total" }] } }, ["/tests/1/expect/invalid/0", "/tests/1/report/indicators/2.2.4/covered"]],
    ["no expectation", { name: "x", report: wifi(7), expect: {} }, ["/tests/1/expect"]],
  ])("locates in the pack %s (JSON pointer, packPath)", (_name, test, paths) => {
    const passing: PackTest = { name: "ok", report: wifi(7), expect: { indicators: { "2.2.4": "met" } } };
    const run = runPackTests(pilotWith([passing, test]));
    expect(run.results.map((r) => r.packPath)).toEqual(["/tests/0", "/tests/1"]);
    expect(run.results[1]?.problems.map((p) => p.packPath)).toEqual(paths);
  });

  it("a pack without tests runs none", () => {
    expect(runPackTests(pilotWith(undefined))).toMatchObject({ passed: 0, failed: 0, results: [] });
  });

  it("checks the pack first", () => {
    expect(() => runPackTests({ ...pilotWith([]), conclusion: { method: "majority" } })).toThrow(expect.objectContaining({ code: "PACK_INVALID" }));
  });
});
