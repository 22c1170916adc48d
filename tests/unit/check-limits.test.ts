import { describe, expect, it } from "vitest";
import { checkLimits, copyWithinLimits, PACK_LIMITS, REPORT_LIMITS } from "../../src/pack/check-limits.js";
import type { Limits } from "../../src/pack/check-limits.js";

const small: Limits = { maxDepth: 4, maxNodes: 20, maxStringLength: 5, maxKeys: 3, maxSize: 30 };
const issueOf = (doc: unknown, limits: Limits = small): { code: string; path: string } | null => {
  const issue = checkLimits(doc, limits);
  return issue && { code: issue.code, path: issue.path };
};

describe("checkLimits and copyWithinLimits", () => {
  it.each([
    ["a deep object", { a: { b: { c: { d: {} } } } }, { code: "TOO_DEEP", path: "/a/b/c/d" }],
    ["too many values", { a: [[1, 2, 3], [1, 2, 3], [1, 2, 3]], b: [[1, 2, 3], [1, 2, 3]] }, { code: "TOO_LARGE", path: "" }],
    ["a long string", { a: ["123456"] }, { code: "TOO_LONG", path: "/a/0" }],
    ["a long key", { abcdef: 1 }, { code: "TOO_LONG", path: "" }],
    ["a wide object", { a: 1, b: 2, c: 3, d: 4 }, { code: "TOO_LARGE", path: "" }],
    ["a long list", { a: [1, 2, 3, 4] }, { code: "TOO_MANY_ITEMS", path: "/a" }],
    ["too many characters", { a: "12345", b: "12345", c: ["12345", "12345", "12345"] }, { code: "TOO_LARGE", path: "" }],
    ["a function", { a: () => 1 }, { code: "WRONG_TYPE", path: "/a" }],
    ["a symbol", [Symbol("s")], { code: "WRONG_TYPE", path: "/0" }],
    ["a bigint", { "a/b~": 1n }, { code: "WRONG_TYPE", path: "/a~1b~0" }],
    ["a class instance", { a: new (class X {})() }, { code: "WRONG_TYPE", path: "/a" }],
  ])("refuses %s at the offending node", (_name, doc, expected) => {
    expect(issueOf(doc)).toEqual(expected);
    const copy = copyWithinLimits(doc, small);
    expect(copy.ok ? null : { code: copy.issue.code, path: copy.issue.path }).toEqual(expected);
  });

  it("refuses cycles but copies an object reached twice, twice", () => {
    const cyclic: Record<string, unknown> = { a: {} };
    (cyclic["a"] as Record<string, unknown>)["back"] = cyclic;
    expect(issueOf(cyclic)).toEqual({ code: "WRONG_TYPE", path: "/a/back" });
    const shared = { x: 1 };
    const copy = copyWithinLimits({ a: shared, b: shared }, small);
    expect(copy.ok && copy.value).toEqual({ a: { x: 1 }, b: { x: 1 } });
    expect(copy.ok && (copy.value as { a: object; b: object }).a).not.toBe((copy.ok && (copy.value as { a: object; b: object }).b) || null);
  });

  it("turns a value that throws when read into an issue at its path", () => {
    const getter = Object.defineProperty({}, "x", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(issueOf({ a: getter })).toEqual({ code: "UNREADABLE_VALUE", path: "/a/x" });
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    expect(issueOf({ a: revoked.proxy })).toEqual({ code: "UNREADABLE_VALUE", path: "/a" });
    expect(issueOf(new Proxy([1], { get: (t, k) => (k === "0" ? (() => { throw new Error("boom"); })() : Reflect.get(t, k)) }))).toEqual({ code: "UNREADABLE_VALUE", path: "/0" });
    expect(issueOf(new Proxy([], { get: (t, k) => (k === "length" ? -1 : Reflect.get(t, k)) }))).toEqual({ code: "UNREADABLE_VALUE", path: "" });
  });

  it("makes a private copy of plain data, reading each property once and keeping __proto__ as plain data", () => {
    let reads = 0;
    const source = JSON.parse('{"__proto__": {"polluted": true}, "list": [1, "a", null, true]}') as Record<string, unknown>;
    Object.defineProperty(source, "counted", { enumerable: true, get: () => ++reads });
    const copy = copyWithinLimits(source, REPORT_LIMITS);
    expect(reads).toBe(1);
    expect(copy.ok).toBe(true);
    const value = (copy.ok ? copy.value : null) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__", "list", "counted"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value["counted"]).toBe(1);
    expect(value["list"]).toEqual([1, "a", null, true]);
    expect(value["list"]).not.toBe(source["list"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("has no size limit when maxSize is absent, and the packaged limits are ordered sensibly", () => {
    const { maxSize: _ignored, ...unlimited } = small;
    expect(issueOf({ a: "12345", b: "12345", c: ["12345", "12345", "12345"] }, unlimited)).toBeNull();
    expect(PACK_LIMITS.maxDepth).toBeGreaterThan(REPORT_LIMITS.maxDepth);
    expect(PACK_LIMITS.maxSize).toBeGreaterThan(REPORT_LIMITS.maxSize as number);
  });
});
