// One regression spec per gap an audit found in report validation (numbers as text, values JSON cannot hold, lists
// over their maxItems, bytes that are not UTF-8): each test failed before its fix.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, validateReport } from "../../src/index.js";
import type { Issue } from "../../src/index.js";
import { firstNotUtf8, notUtf8Params } from "../../src/pack/parse-json.js";
import { isNumericString } from "../../src/report/check-value.js";
import { makeJsonTextIssue } from "../../src/report/json-text-issue.js";
import { refusal, thapMuoi } from "../helpers.js";

type Report = ReturnType<typeof thapMuoi> & Record<string, any>;
const edited = (f: (r: Report) => void): Report => {
  const r = thapMuoi() as Report;
  f(r);
  return r;
};
const issuesOf = (report: unknown): Issue[] => {
  const result = validateReport(report);
  return result.ok ? [] : result.issues;
};
const codePaths = (issues: Issue[]): string[] => issues.map((i) => `${i.code} ${i.path}`);
/** Every problem once: no two issues at one path. */
const eachOnce = (issues: Issue[]): void => expect(new Set(issues.map((i) => i.path)).size, JSON.stringify(codePaths(issues))).toBe(issues.length);

describe("a number written as text is recognised in linear time", () => {
  /** The pattern used before: quadratic in a run of spaces. The new check must accept exactly what it accepted. */
  const OLD = /^\s*[+-]?(\d{1,3}([.,\s]\d{3})+|\d+)([.,]\d+)?\s*%?\s*$/;

  it.each([
    "92,3", "92.3 %", " 1.210 ", "abc", "1,83", "100", "100%", "100 %", " 100 ", "1.000", "1 210,5", "12 345 678", "-3", "+4,5",
    "1e2", "0x64", "Infinity", "NaN", "", " ", "%", "1 % %", "1%%", "% 1", "1.2.3", "1.234.567,89", "1..2", "1,", ",5", ".5",
    "1\u00a0234", "\ufeff12\u3000%\n", "\t7\t%\t", "1 2", "1234 567", "12,34,56", "1 000 %x", "٣", "1\u2028%", "--1", "+-1",
  ])("%j: as before", (s) => {
    expect(isNumericString(s)).toBe(OLD.test(s));
  });

  it("agrees with the old pattern on short strings of digits, signs, separators, spaces and percent signs", () => {
    const text = fc.string({ unit: fc.constantFrom("0", "1", "9", " ", "\u00a0", "\t", "\n", "\u3000", ".", ",", "%", "+", "-", "x", "e"), maxLength: 16 });
    fc.assert(fc.property(text, (s) => isNumericString(s) === OLD.test(s)), { seed: 20261128, numRuns: 20_000 });
  });

  it("takes microseconds, not tens of milliseconds, on a long run of spaces", () => {
    for (const s of ["1" + " ".repeat(9998) + "x", "1 234" + " ".repeat(9994) + "x", "1" + " ".repeat(5000) + "%" + " ".repeat(4997) + "x"]) {
      const started = performance.now();
      for (let i = 0; i < 20; i++) expect(isNumericString(s)).toBe(false);
      expect((performance.now() - started) / 20, JSON.stringify(s.slice(0, 8))).toBeLessThan(5);
    }
  });

  it("validates the Tháp Mười report with every figure a long run of spaces in well under 200 ms", () => {
    const spaces = "1" + " ".repeat(9998) + "x";
    const fields: string[] = [];
    const report = edited((r) => {
      for (const [id, block] of Object.entries(r.indicators)) {
        for (const [field, value] of Object.entries(block)) {
          if (typeof value === "number") {
            block[field] = spaces;
            fields.push(`WRONG_TYPE /indicators/${id}/${field}`);
          }
        }
      }
    });
    expect(fields.length).toBeGreaterThan(10);
    validateReport(thapMuoi()); // warm up
    const started = performance.now();
    const issues = issuesOf(report);
    expect(performance.now() - started).toBeLessThan(200);
    expect(codePaths(issues)).toEqual(fields);
  });

  it("still reports numbers as text, with their spaces and percent signs", () => {
    const issues = issuesOf(edited((r) => {
      r.indicators["3.1.2"]!["percent"] = "92.3 %";
      r.indicators["3.2.2"]!["students"] = " 1.210 ";
    }));
    expect(codePaths(issues)).toEqual(["NUMBER_AS_STRING /indicators/3.1.2/percent", "NUMBER_AS_STRING /indicators/3.2.2/students"]);
  });
});

describe("values JSON cannot hold, and values that throw when read, are each one problem among the others", () => {
  it("the audit's report: a Date, a year 'x' and a bigint are all reported", () => {
    const report = edited((r) => {
      r["report"].date = new Date(0);
      r.year = "x" as never;
      r.indicators["2.1.1"]!["total"] = 1n;
    });
    const issues = issuesOf(report);
    expect(codePaths(issues).sort()).toEqual(["WRONG_TYPE /indicators/2.1.1/total", "WRONG_TYPE /report/date", "WRONG_TYPE /year"]);
    eachOnce(issues);
    expect(codePaths(refusal(() => evaluate(report)).issues).sort()).toEqual(codePaths(issues).sort());
  });

  /** Each own property of the report, its blocks and its document, with its value or getter: read without running a getter. */
  const snapshot = (r: Report): [string, unknown][] => {
    const of = (name: string, o: unknown): [string, unknown][] => {
      try {
        return Object.entries(Object.getOwnPropertyDescriptors(o)).map(([k, d]) => [`${name}/${k}`, d.get ?? d.value]);
      } catch {
        return [[name, "unreadable"]]; // a revoked proxy
      }
    };
    return [...of("", r), ...of("/indicators", r.indicators), ...Object.keys(r.indicators).flatMap((id) => of(`/indicators/${id}`, r.indicators[id])), ...of("/report", r["report"])];
  };
  const throwing = (): PropertyDescriptor => ({ enumerable: true, get: () => { throw new Error("boom"); } });
  it.each<[string, (r: Report) => void, string]>([
    ["a bigint", (r) => (r.indicators["2.1.1"]!["total"] = 33n), "WRONG_TYPE /indicators/2.1.1/total"],
    ["a function", (r) => (r.indicators["2.1.1"]!["total"] = () => 33), "WRONG_TYPE /indicators/2.1.1/total"],
    ["a symbol", (r) => (r.district = Symbol("Tháp Mười") as never), "WRONG_TYPE /district"],
    ["a cycle", (r) => (r.indicators["2.1.1"]!["note"] = r), "WRONG_TYPE /indicators/2.1.1/note"],
    ["a Date", (r) => (r["report"].date = new Date(0)), "WRONG_TYPE /report/date"],
    ["a Map", (r) => (r.indicators["2.1.1"] = new Map() as never), "WRONG_TYPE /indicators/2.1.1"],
    ["a throwing getter", (r) => Object.defineProperty(r.indicators["2.1.1"], "total", throwing()), "UNREADABLE_VALUE /indicators/2.1.1/total"],
    ["a throwing getter of a required field", (r) => Object.defineProperty(r, "province", throwing()), "UNREADABLE_VALUE /province"],
    ["a revoked proxy", (r) => { const p = Proxy.revocable({}, {}); p.revoke(); r.indicators["2.1.1"] = p.proxy as never; }, "UNREADABLE_VALUE /indicators/2.1.1"],
    ["a bigint as an evidence item's only ref", (r) => ((r.indicators["1.1.1"]!["evidence"] as unknown[])[0] = { ref: 254n }), "WRONG_TYPE /indicators/1.1.1/evidence/0/ref"],
    ["a throwing evidence item", (r) => Object.defineProperty(r.indicators["1.1.1"]!["evidence"] as unknown[], "0", throwing()), "UNREADABLE_VALUE /indicators/1.1.1/evidence/0"],
  ])("%s, with NaN and a wrong year elsewhere: all three, each once", (_name, f, expected) => {
    const report = edited((r) => {
      f(r);
      r.indicators["3.1.1"]!["previousRate"] = Number.NaN;
      r.year = 2022.5;
    });
    const before = snapshot(report);
    const issues = issuesOf(report);
    // Read as absent, but given: neither also MISSING_FIELD nor, for an evidence item, MISSING_ONE_OF.
    expect(codePaths(issues).sort()).toEqual([expected, "NOT_FINITE /indicators/3.1.1/previousRate", "WRONG_TYPE /year"].sort());
    eachOnce(issues);
    for (const issue of issues) expect(issue.message.vi).not.toBe(issue.message.en);
    const error = refusal(() => evaluate(report));
    expect(error.code).toBe("REPORT_INVALID");
    expect(codePaths(error.issues)).toEqual(codePaths(issues));
    // Nothing written to the caller's object: the same properties, each with the same value or getter.
    const after = snapshot(report);
    expect(after.map(([k]) => k)).toEqual(before.map(([k]) => k));
    after.forEach(([k, v], i) => expect(Object.is(v, before[i]?.[1]), k).toBe(true));
    expect(report.indicators["3.1.1"]!["previousRate"]).toBeNaN();
  });

  it("a proxy whose every read throws: each of its values, and every other problem", () => {
    const report = edited((r) => {
      r.indicators = new Proxy(r.indicators, { get: () => { throw new Error("boom"); } });
      r.district = 1 as never;
    });
    const issues = issuesOf(report);
    expect(issues.filter((i) => i.code === "UNREADABLE_VALUE")).toHaveLength(16);
    expect(codePaths(issues)).toContain("WRONG_TYPE /district");
    eachOnce(issues);
  });

  it("two keys the same after NFC, and a key too long, do not hide the other problems", () => {
    const issues = issuesOf(edited((r) => {
      r.indicators["2.1.1"]!["k".repeat(10_001)] = 1;
      (r.indicators["3.1.1"] as Record<string, unknown>)["ghi chú"] = 1;
      (r.indicators["3.1.1"] as Record<string, unknown>)["ghi chu\u0301"] = 2;
      r.year = "x" as never;
    }));
    // Both keys of the pair are left out: one problem, not also two unknown fields.
    expect(codePaths(issues)).toEqual(["TOO_LONG /indicators/2.1.1", "DUPLICATE_KEY /indicators/3.1.1/ghi chu\u0301", "WRONG_TYPE /year"]);
  });

  it("a structural limit still ends the reading, and is then the only problem (docs/security.md)", () => {
    let deep: unknown = 0;
    for (let i = 0; i < 20; i++) deep = { a: deep };
    const report = edited((r) => {
      r.indicators["2.1.1"]!["total"] = 33n;
      r.indicators["2.1.2"]!["note"] = deep;
    });
    expect(issuesOf(report).map((i) => i.code)).toEqual(["TOO_DEEP"]);
    expect(refusal(() => evaluate(report)).issues.map((i) => i.code)).toEqual(["TOO_DEEP"]);
  });

  it("evaluate never throws a TypeError for such values, and judges the same report once they are gone", () => {
    const report = edited((r) => {
      r.indicators["2.1.1"]!["total"] = 33n;
      r.indicators["3.2.2"]!["percent"] = Symbol("x");
    });
    expect(refusal(() => evaluate(report)).code).toBe("REPORT_INVALID");
    report.indicators["2.1.1"]!["total"] = 33;
    delete report.indicators["3.2.2"]!["percent"];
    expect(evaluate(report).verdict).toBeDefined();
  });
});

describe("a list longer than its maxItems: its items are still checked", () => {
  const evidence = (n: number, bad: Record<number, unknown> = {}): unknown[] => Array.from({ length: n }, (_, i) => (i in bad ? bad[i] : { ref: `${i}/KH-UBND` }));

  it("201 evidence items, item 5 empty, and a wrong year: all three problems", () => {
    const report = edited((r) => {
      r.indicators["1.1.1"]!["evidence"] = evidence(201, { 5: {} });
      r.year = "x" as never;
    });
    const expected = ["WRONG_TYPE /year", "TOO_MANY_ITEMS /indicators/1.1.1/evidence", "MISSING_ONE_OF /indicators/1.1.1/evidence/5"];
    expect(codePaths(issuesOf(report))).toEqual(expected);
    expect(codePaths(refusal(() => evaluate(report)).issues)).toEqual(expected);
  });

  it("bounded by the report limits: at most 200 issues; past 1 000 items the limit alone", () => {
    const many = edited((r) => {
      for (const id of ["1.1.1", "1.1.2", "1.2.1"]) r.indicators[id]!["evidence"] = evidence(1000, Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [i, {}])));
    });
    const started = performance.now();
    const issues = issuesOf(many);
    expect(performance.now() - started).toBeLessThan(500);
    expect(issues).toHaveLength(200);
    expect(issues[0]).toMatchObject({ code: "TOO_MANY_ITEMS", path: "/indicators/1.1.1/evidence" });
    const tooLong = edited((r) => (r.indicators["1.1.1"]!["evidence"] = evidence(1001, { 5: {} })));
    expect(codePaths(issuesOf(tooLong))).toEqual(["TOO_MANY_ITEMS /indicators/1.1.1/evidence"]);
  });
});

describe("bytes that are not UTF-8: where (line and column of the first invalid byte)", () => {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const decodes = (bytes: Uint8Array): boolean => {
    try {
      decoder.decode(bytes);
      return true;
    } catch {
      return false;
    }
  };

  it("FF FE at byte 100, on the third line", () => {
    const text = `{\n  "district": "Tháp Mười",\n  "note": "${"x".repeat(100)}"\n}\n`;
    const bytes = new TextEncoder().encode(text);
    const at = 100;
    const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
    const broken = new Uint8Array([...bytes.subarray(0, at), 0xff, 0xfe, ...bytes.subarray(at)]);
    expect(firstNotUtf8(broken)).toEqual({ offset: 100, line: 3, column: at - lineStart + 1 });
    const issue = makeJsonTextIssue("INVALID_JSON", "", notUtf8Params(broken));
    expect(issue.params).toMatchObject({ problem: "notUtf8", line: 3, column: at - lineStart + 1, offset: 100 });
    expect(issue.message.en).toContain(`line 3, column ${at - lineStart + 1}`);
    expect(issue.message.vi).toContain(`dòng 3, cột ${at - lineStart + 1}`);
  });

  it.each<[string, number[], { offset: number; line: number; column: number } | null]>([
    ["UTF-8", [0x7b, 0xc3, 0xa9, 0x0a, 0xf0, 0x9f, 0x98, 0x80, 0x7d], null],
    ["a byte-order mark, not counted", [0xef, 0xbb, 0xbf, 0x61, 0xff], { offset: 4, line: 1, column: 2 }],
    ["columns count characters (é: 1, an emoji: 2)", [0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80, 0x80], { offset: 6, line: 1, column: 4 }],
    ["an overlong form", [0x0a, 0xc0, 0xaf], { offset: 1, line: 2, column: 1 }],
    ["a surrogate", [0x61, 0xed, 0xa0, 0x80], { offset: 1, line: 1, column: 2 }],
    ["past U+10FFFF", [0xf4, 0x90, 0x80, 0x80], { offset: 0, line: 1, column: 1 }],
    ["cut short at the end", [0x61, 0x0a, 0x62, 0xe1, 0xbb], { offset: 3, line: 2, column: 2 }],
    ["cut short by ASCII", [0xe1, 0xbb, 0x61], { offset: 0, line: 1, column: 1 }],
    ["UTF-16", [0xff, 0xfe, 0x7b, 0x00], { offset: 0, line: 1, column: 1 }],
  ])("%s", (_name, bytes, expected) => {
    const array = new Uint8Array(bytes);
    expect(firstNotUtf8(array)).toEqual(expected);
    expect(expected === null).toBe(decodes(array));
  });

  it("refuses exactly what TextDecoder refuses, and everything before the offset decodes", () => {
    const utf8ish = fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x0a, 0x61, 0xc3, 0xa9, 0xe1, 0xbb, 0x80, 0xbf, 0xed, 0xf0, 0xf4, 0x90, 0x8f)), { maxLength: 24 });
    fc.assert(
      fc.property(utf8ish, (list) => {
        const bytes = new Uint8Array(list);
        const at = firstNotUtf8(bytes);
        expect(at === null).toBe(decodes(bytes));
        if (at !== null) {
          const before = decoder.decode(bytes.subarray(0, at.offset));
          expect(at.line).toBe(before.split("\n").length);
          // TextDecoder drops a leading byte-order mark, as firstNotUtf8 does not count it.
          expect(at.column).toBe(before.length - before.lastIndexOf("\n"));
        }
      }),
      { seed: 20261128, numRuns: 20_000 },
    );
  });
});
