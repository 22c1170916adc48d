import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { parseJson } from "../../src/index.js";
import { isFaithfulNumber } from "../../src/pack/faithful-number.js";
import { fakeIo, rejection, repoPath } from "../helpers.js";

const fixtureText = readFileSync(repoPath("tests/fixtures/thap-muoi-2022.json"), "utf8");

describe("a number of JSON text with more digits than a double holds is refused, not read as another figure", () => {
  it("IMPRECISE_NUMBER at its path, with the text as written and the value it would be read as, in vi and en", () => {
    const r = parseJson('{"a": {"percent": 89.9999999999999999999}, "b": [1, 33.0000000000000001]}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["IMPRECISE_NUMBER", "/a/percent", { text: "89.9999999999999999999", value: 90 }],
      ["IMPRECISE_NUMBER", "/b/1", { text: "33.0000000000000001", value: 33 }],
    ]);
    expect(r.issues[0]?.message.vi).toBe("số 89.9999999999999999999 có nhiều chữ số hơn mức máy tính giữ được chính xác: nó sẽ được đọc thành 90; hãy ghi đúng con số (tối đa 15 chữ số có nghĩa)");
    expect(r.issues[0]?.message.en).toContain("it would be read as 90");
  });

  it("accepts what programs write for a double (shortest, 17 digits) and trailing zeros", () => {
    for (const text of ["0.1", "92.3", "92.299999999999997", "0.10000000000000001", "1.50000000000000000000", "-0.30000000000000004", "1e-7", "0.000000000000000000001", "9007199254740992", "100000000000000000000000"]) {
      expect([text, parseJson(`[${text}]`).ok]).toEqual([text, true]);
    }
    // A count past what a double holds is read as another count (…993 as …992).
    expect(parseJson("[90071992547409931]").ok).toBe(false);
    expect(parseJson("[9007199254740993]").ok).toBe(false);
    expect(parseJson("[123456789012345678e-2]").ok).toBe(false);
    expect(parseJson("[89.999999999999999]").ok).toBe(false); // 17 digits, but not the 17 digits of 90
    // Too large for a double: read as Infinity.
    expect(parseJson('{"t": -1e400}')).toMatchObject({ ok: false, issues: [{ code: "IMPRECISE_NUMBER", path: "/t", params: { text: "-1e400", value: "-Infinity" } }] });
    // Too small for a double: read as 0.
    expect(parseJson('{"t": 1e-400}')).toMatchObject({ ok: false, issues: [{ code: "IMPRECISE_NUMBER", path: "/t", params: { text: "1e-400", value: 0 } }] });
    for (const text of ["0", "0.0", "-0", "0e10", "5e-324", "2.2250738585072014e-308"]) expect([text, parseJson(`[${text}]`).ok]).toEqual([text, true]);
  });

  it("is faithful exactly when the written decimal equals the double's decimal (fast-check)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        // The shortest writing and the 17-digit writing of any double are faithful.
        expect(isFaithfulNumber(String(v), v)).toBe(true);
        expect(isFaithfulNumber(v.toPrecision(17), Number(v.toPrecision(17)))).toBe(true);
      }),
      { seed: 7, numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 16, max: 30 }), (whole, nines) => {
        // 69.999…9 with more nines than a double holds is read as 70: refused.
        const text = `${whole}.${"9".repeat(nines)}`;
        const value = Number(text);
        expect(isFaithfulNumber(text, value)).toBe(value !== whole + 1);
      }),
      { seed: 8, numRuns: 500 },
    );
  });

  it("the CLI refuses such a report with exit 2 instead of judging 89.9999999999999999999% as 90% (met)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hht-imprecise-"));
    const report = JSON.parse(fixtureText) as { indicators: Record<string, unknown> };
    report.indicators["3.1.2"] = { percent: 1234 };
    const path = join(dir, "r.json");
    writeFileSync(path, JSON.stringify(report, null, 2).replace('"percent": 1234', '"percent": 89.9999999999999999999'));
    const { io, err } = fakeIo();
    expect(await runMain(["evaluate", path], io)).toBe(2);
    expect(err()).toContain("/indicators/3.1.2/percent  [IMPRECISE_NUMBER]");
  });
});

describe("a whole number with three zero decimals in JSON text is ambiguous: one thousand as Vietnamese write it", () => {
  it("AMBIGUOUS_NUMBER at its path, saying to write 1000 or 1 (a count of 1 000 pupils was judged as 1: met)", () => {
    const r = parseJson('{"students": 20000, "affected": 1.000, "rate": -20.000}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["AMBIGUOUS_NUMBER", "/affected", { text: "1.000", value: 1 }],
      ["AMBIGUOUS_NUMBER", "/rate", { text: "-20.000", value: -20 }],
    ]);
    expect(r.issues[0]?.message.vi).toBe("số 1.000 có thể là 1000 (dấu chấm ngăn cách hàng nghìn, như cách viết tiếng Việt) hoặc là 1 (dấu chấm thập phân của JSON): hãy ghi 1000 hoặc 1");
    expect(r.issues[0]?.message.en).toContain("write 1000 or 1");
    for (const text of ["1.0", "1.00", "1.0000", "0.000", "1.001", "1000", "1.5", "1234.000"]) expect([text, parseJson(`[${text}]`).ok]).toEqual([text, true]);
  });
});

describe("a report's text: problems of its values come with the report's other problems, all at once", () => {
  const base = JSON.parse(fixtureText) as Record<string, any>;
  const text = (edit: (r: Record<string, any>) => void, extra: (t: string) => string = (t) => t): string => {
    const r = structuredClone(base);
    edit(r);
    return extra(JSON.stringify(r, null, 2));
  };
  const cases: [string, string, string[]][] = [
    ["a note over the limit", text((r) => { r.district = 5; r.indicators["2.1.1"].good = "92,3"; r.indicators["3.1.1"].note = "x".repeat(10_001); }), ["TOO_LONG /indicators/3.1.1/note", "WRONG_TYPE /district", "NUMBER_AS_STRING /indicators/2.1.1/good"]],
    ["a key written twice", text((r) => { r.district = 5; r.indicators["2.1.1"].good = "92,3"; }, (t) => t.replace('"year": 2022,', '"year": 2022, "year": 2022,')), ["DUPLICATE_KEY /year", "WRONG_TYPE /district", "NUMBER_AS_STRING /indicators/2.1.1/good"]],
    ["a number that reads two ways", text((r) => { r.district = 5; r.indicators["2.1.1"].good = "92,3"; r.indicators["3.1.1"].previousRate = 1234; }, (t) => t.replace('"previousRate": 1234', '"previousRate": 2.89999999999999999999')), ["IMPRECISE_NUMBER /indicators/3.1.1/previousRate", "WRONG_TYPE /district", "NUMBER_AS_STRING /indicators/2.1.1/good"]],
  ];
  it.each(cases)("%s: the CLI and readReportFile report every problem", async (_name, content, expected) => {
    const dir = mkdtempSync(join(tmpdir(), "hht-all-"));
    const path = join(dir, "r.json");
    writeFileSync(path, content);
    const { io, err } = fakeIo();
    expect(await runMain(["evaluate", path], io)).toBe(2);
    for (const line of expected) {
      const [code, at] = line.split(" ");
      expect(err()).toContain(`${at}  [${code}]`);
    }
    const { readReportFile } = await import("../../src/node/index.js");
    const error = await rejection(readReportFile(path));
    expect(error.issues.map((i) => `${i.code} ${i.path}`).sort()).toEqual([...expected].sort());
  });
});

describe("a batch: a report whose text has value problems gets the report's other problems too", () => {
  it("in evaluateFiles and the CLI's batch lines, as for one report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hht-batch-all-"));
    const good = JSON.stringify(JSON.parse(fixtureText));
    const r = JSON.parse(fixtureText) as Record<string, any>;
    r.district = 5;
    const bad = JSON.stringify(r).replace('"year":2022', '"year":2022,"year":2022');
    const path = join(dir, "mix.jsonl");
    writeFileSync(path, `${good}\n${bad}\n`);
    const { evaluateFiles } = await import("../../src/node/index.js");
    const items = await evaluateFiles(path);
    expect(items.map((i) => i.ok)).toEqual([true, false]);
    const second = items[1];
    expect(second && !second.ok ? second.error.issues.map((i) => `${i.code} ${i.path}`) : []).toEqual(["DUPLICATE_KEY /year", "WRONG_TYPE /district"]);
    const { io, out } = fakeIo();
    expect(await runMain(["evaluate", path, "--format", "jsonl"], io)).toBe(2);
    const lines = out().trim().split("\n").map((l) => JSON.parse(l) as { ok: boolean; error?: { issues: { code: string; path: string }[] } });
    expect(lines[1]?.error?.issues.map((i) => `${i.code} ${i.path}`)).toEqual(["DUPLICATE_KEY /year", "WRONG_TYPE /district"]);
  });
});

describe("value problems of a text have their own cap, apart from duplicate keys, and the reading goes on", () => {
  it("199 ambiguous numbers and a duplicate key still leave the report's other problems reported", async () => {
    const r = JSON.parse(fixtureText) as Record<string, any>;
    r.zz = "ZZ";
    r.reportNumber = "x";
    const text = JSON.stringify(r).replace('"zz":"ZZ"', `"zz":[${new Array(199).fill("1.000").join(",")}]`).replace('"year":2022', '"year":2022,"district":"again"');
    const parsed = parseJson(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.value).toBeDefined();
    expect(parsed.issues.filter((i) => i.code === "AMBIGUOUS_NUMBER")).toHaveLength(199);
    const dir = mkdtempSync(join(tmpdir(), "hht-cap-"));
    const path = join(dir, "cap.json");
    writeFileSync(path, text);
    const { readReportFile } = await import("../../src/node/index.js");
    const codes = (await rejection(readReportFile(path))).issues.map((i) => `${i.code} ${i.path}`);
    expect(codes).toContain("UNKNOWN_FIELD /zz");
    expect(codes).toContain("UNKNOWN_FIELD /reportNumber");
    // 900 of them: 200 reported, and the reading still ends with the value.
    const many = parseJson(`{"x":[${new Array(900).fill("1.000").join(",")}]}`);
    expect(many.ok ? 0 : many.issues.length).toBe(200);
    expect(many.ok ? undefined : many.value).toBeDefined();
  });
});
