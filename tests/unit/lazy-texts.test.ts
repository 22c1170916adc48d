import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import { thapMuoi } from "../helpers.js";

describe("texts cost nothing until read, and results stay plain data", () => {
  const result = evaluate(thapMuoi());
  const indicator = result.indicators[11]!;

  const flagged = result.indicators[0]!;
  it.each([
    ["indicator", indicator, "reason"],
    ["indicator.reason", indicator.reason, "en"],
    ["flag", flagged.flags[0]!, "message"],
    ["result", result, "conclusion"],
    ["result", result, "reportDigest"],
    ["result.summary", result.summary, "text"],
  ] as const)("%s: %s is an own, enumerable getter that computes once and caches", (_name, object, key) => {
    const descriptor = Object.getOwnPropertyDescriptor(object, key);
    expect(typeof descriptor?.get).toBe("function");
    expect(descriptor?.enumerable).toBe(true);
    expect(Object.keys(object)).toContain(key);
    const first = (object as unknown as Record<string, unknown>)[key];
    expect((object as unknown as Record<string, unknown>)[key]).toBe(first);
  });

  it("reading a reason builds its Vietnamese sentence as plain data; the English one stays a getter until read", () => {
    const reason = evaluate(thapMuoi()).indicators[11]!.reason;
    expect(Object.getOwnPropertyDescriptor(reason, "vi")?.value).toBe("Chưa đạt: tỷ lệ hộ nghèo giảm 0,44 điểm phần trăm (1,83% → 1,39%); yêu cầu giảm ít nhất 1,5 điểm phần trăm.");
    expect(typeof Object.getOwnPropertyDescriptor(reason, "en")?.get).toBe("function");
    expect(Object.keys(reason)).toEqual(["vi", "en"]);
  });

  it("the figures used (inputs) are plain data, computed with the verdict", () => {
    const descriptor = Object.getOwnPropertyDescriptor(indicator, "inputs");
    expect(descriptor?.get).toBeUndefined();
    expect(descriptor?.value).toEqual({ previousRate: 1.83, currentRate: 1.39 });
  });

  it("a reason serialises as plain { vi, en } text", () => {
    const reason = evaluate(thapMuoi()).indicators[11]!.reason;
    expect(JSON.parse(JSON.stringify(reason))).toEqual({
      vi: "Chưa đạt: tỷ lệ hộ nghèo giảm 0,44 điểm phần trăm (1,83% → 1,39%); yêu cầu giảm ít nhất 1,5 điểm phần trăm.",
      en: "Not met: the poverty rate fell by 0.44 percentage points (1.83% → 1.39%); a fall of at least 1.5 percentage points is required.",
    });
    expect({ ...reason }).toEqual({ vi: reason.vi, en: reason.en });
  });

  it("spreading, structured cloning and JSON keep every text", () => {
    const fresh = evaluate(thapMuoi());
    const spread = { ...fresh.indicators[11]! };
    expect(spread.reason.vi).toBe("Chưa đạt: tỷ lệ hộ nghèo giảm 0,44 điểm phần trăm (1,83% → 1,39%); yêu cầu giảm ít nhất 1,5 điểm phần trăm.");
    const cloned = structuredClone(fresh);
    expect(cloned.conclusion.vi).toBe("Kết luận: Không đạt, do chỉ báo 3.1.1 chưa đạt.");
    expect(cloned.indicators[11]?.inputs).toEqual({ previousRate: 1.83, currentRate: 1.39 });
    expect(cloned.summary.text.vi).toContain("Số chỉ báo chưa đạt: 01 (chỉ báo 3.1.1)");
    expect(JSON.parse(JSON.stringify(fresh))).toEqual(cloned);
    expect(Object.keys(JSON.parse(JSON.stringify(fresh.indicators[0])) as object).slice(0, 7)).toEqual(["id", "criterion", "standard", "verdict", "label", "reason", "method"]);
  });
});

describe("defineLazy", () => {
  it("defines an own, enumerable, configurable getter that the result reads through", async () => {
    const { defineLazy } = await import("../../src/lazy.js");
    const target = { a: 1 } as { a: number; b?: number };
    let calls = 0;
    defineLazy(target, "b", function (this: { a: number }) {
      calls++;
      return this.a + 1;
    });
    const d = Object.getOwnPropertyDescriptor(target, "b");
    expect(d?.enumerable).toBe(true);
    expect(d?.configurable).toBe(true);
    expect(d?.set).toBeUndefined();
    expect(target.b).toBe(2);
    expect(calls).toBe(1);
    expect(JSON.stringify(target)).toBe('{"a":1,"b":2}');
  });
});
