import { describe, expect, it } from "vitest";
import * as main from "../../src/index.js";
import * as lite from "../../src/lite.js";
import * as nodeEntry from "../../src/node/index.js";
import { canonicalJson, digestOf, evaluate, evaluateMany, explainPack, isHuyenHocTapError, parseJson, renderReport, renderTrace, simulate } from "../../src/index.js";
import { refusal, thapMuoi } from "../helpers.js";

/** Vietnamese text has at least one letter with a Vietnamese diacritic; an English-only detail does not. */
const VIETNAMESE = /[ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợúùủũụứừửữựíìỉĩịýỳỷỹỵéèẻẽẹóòỏõọ]/i;

/** An argument as a test names it (String() of a revoked proxy would throw). */
function label(value: unknown): string {
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}

describe("every public function refuses bad arguments with this library's error, never a TypeError", () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const hostile: unknown[] = [
    revoked.proxy,
    { get pack(): never { throw new Error("boom"); }, get lang(): never { throw new Error("boom"); } },
    { [Symbol.iterator]: (): never => { throw new Error("boom"); } },
    { *[Symbol.iterator]() { yield {}; throw new Error("boom"); } },
  ];
  const garbage: unknown[] = [undefined, null, 0, -1, "x", "", true, {}, [], [null], { format: "html" }, { pack: 1 }, { lang: 5 }, { lang: "fr" }, () => 1, Symbol("s"), 10n, new Date(0), new Map(), ...hostile];
  const entries = { main, lite, node: nodeEntry } as Record<string, Record<string, unknown>>;
  for (const [entry, api] of Object.entries(entries)) {
    for (const [name, f] of Object.entries(api)) {
      if (typeof f !== "function" || /^[A-Z]/.test(name) || name === "isHuyenHocTapError") continue;
      it(`${entry}: ${name}`, async () => {
        for (const a of garbage) {
          for (const b of [undefined, ...garbage]) {
            try {
              const out = (f as (a: unknown, b: unknown) => unknown)(a, b);
              if (out instanceof Promise) await out;
              else if (out !== null && typeof out === "object" && Symbol.asyncIterator in out) await (out as AsyncGenerator).next();
            } catch (error) {
              expect(isHuyenHocTapError(error), `${name}(${label(a)}, ${label(b)}): ${String(error)}`).toBe(true);
            }
          }
        }
      });
    }
  }
});

describe("argument errors say what is wrong in Vietnamese first, and in English", () => {
  it("evaluate: options, engine, trace, asOf, pack", () => {
    const report = thapMuoi();
    const cases: [unknown, RegExp][] = [
      ["x", /options must be a plain object, got "x"/],
      [new Map([["pack", {}]]), /options must be a plain object, got \{\}/],
      [{ engine: "fast" }, /engine must be "compiled" or "reference", got "fast"/],
      [{ trace: "yes" }, /trace must be true or false, got "yes"/],
      [{ asOf: "2023-02-30" }, /asOf must be a date YYYY-MM-DD, got "2023-02-30"/],
      [{ pack: 5 }, /pack must be a rule pack object, got 5/],
    ];
    for (const [options, en] of cases) {
      const error = refusal(() => evaluate(report, options as never));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.text.en).toMatch(en);
      expect(error.text.vi).toMatch(/^Tham số không hợp lệ: /);
      expect(error.text.vi.replace(/"[^"]*"/g, "")).toMatch(VIETNAMESE);
      expect(error.text.vi).not.toContain(" must ");
    }
    // null options are no options (JavaScript callers), as before.
    expect(evaluate(report, null as never).verdict).toBe(evaluate(report).verdict);
  });

  it("evaluateMany, simulate, explainPack, renderTrace, parseJson", () => {
    const texts = [
      refusal(() => evaluateMany(5 as never)).text,
      refusal(() => simulate([], [])).text,
      refusal(() => explainPack(undefined, { lang: "fr" } as never)).text,
      refusal(() => explainPack(undefined, { indicator: 5 } as never)).text,
      refusal(() => renderTrace({} as never)).text,
      refusal(() => parseJson(5 as never)).text,
      refusal(() => parseJson("{}", { maxDepth: 0 } as never)).text,
      refusal(() => main.loadPack(main.listPacks()[0]?.pack as object, { expectedDigest: 5 } as never)).text,
    ];
    for (const text of texts) {
      expect(text.vi).toMatch(/^Tham số không hợp lệ: /);
      expect(text.vi.replace(/"[^"]*"/g, "")).toMatch(VIETNAMESE);
      expect(text.en).toMatch(/^Invalid argument: /);
    }
    expect(explainPack(undefined, null as never).lang).toBe("vi");
    expect(parseJson('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } }); // report limits by default
  });
});

describe("renderReport takes a result, or its JSON read back, and nothing else", () => {
  const result = evaluate(thapMuoi());

  it("renders the JSON of a result as it renders the result", () => {
    const stored = JSON.parse(JSON.stringify(result)) as typeof result;
    expect(renderReport(stored, { format: "html" })).toBe(renderReport(result, { format: "html" }));
    expect(renderReport(stored, { format: "markdown", lang: "en" })).toBe(renderReport(result, { format: "markdown", lang: "en" }));
  });

  it("locates what is wrong with something else", () => {
    const broken = JSON.parse(JSON.stringify(result)) as Record<string, any>;
    delete broken["district"];
    broken["indicators"][3].verdict = "passed";
    broken["indicators"][5].flags = [{ message: "?" }];
    const error = refusal(() => renderReport(broken as never, { format: "html" }));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ["/district", "MISSING_FIELD"],
      ["/indicators/3/verdict", "INVALID_VALUE"],
      ["/indicators/5/flags/0/message", "WRONG_TYPE"],
    ]);
    expect(refusal(() => renderReport(result, { format: "pdf" } as never)).text.en).toMatch(/format must be "markdown" or "html", got "pdf"/);
    expect(refusal(() => renderReport(result, { format: "html", trace: 1 } as never)).code).toBe("INVALID_ARGUMENT");
  });
});

describe("canonicalJson refuses what JSON cannot hold, with the path", () => {
  const issueOf = (value: unknown): [string, string, unknown] => {
    const error = refusal(() => canonicalJson(value));
    expect(error.code).toBe("INVALID_ARGUMENT");
    const issue = error.issues[0];
    return [issue?.path ?? "?", issue?.code ?? "?", issue?.params["actual"]];
  };

  it("undefined, functions, bigints, non-finite numbers, cycles, non-plain objects, deep nesting", () => {
    expect(issueOf(undefined)).toEqual(["", "WRONG_TYPE", "undefined"]);
    expect(issueOf({ a: [1, 10n] })).toEqual(["/a/1", "WRONG_TYPE", "bigint"]);
    expect(issueOf({ a: { b: Number.NaN } })).toEqual(["/a/b", "NOT_FINITE", undefined]);
    const cycle: Record<string, unknown> = { x: [] };
    (cycle["x"] as unknown[]).push(cycle);
    expect(issueOf(cycle)).toEqual(["/x/0", "WRONG_TYPE", "cycle"]);
    expect(issueOf({ "a/b": new Date(0) })).toEqual(["/a~1b", "WRONG_TYPE", "non-plain object"]);
    expect(issueOf([new Map()])).toEqual(["/0", "WRONG_TYPE", "non-plain object"]);
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(issueOf(deep)[1]).toBe("TOO_DEEP");
  });

  it("still writes what it wrote: the same object twice is not a cycle; undefined left out; key order and NFC", () => {
    const shared = { n: 1 };
    expect(canonicalJson({ b: shared, a: [shared, undefined], c: undefined, "e\u0301": "e\u0301" })).toBe('{"a":[{"n":1},null],"b":{"n":1},"é":"é"}');
    const result = evaluate(thapMuoi());
    expect(digestOf(JSON.parse(JSON.stringify(result)))).toBe(digestOf(result));
  });
});

describe("formatNumber, the public one, checks its arguments", () => {
  it("formats as documented, and refuses what it cannot format with INVALID_ARGUMENT", async () => {
    const { formatNumber } = await import("../../src/index.js");
    expect(formatNumber(1210)).toBe("1.210");
    expect(formatNumber(92.346, "vi")).toBe("92,35");
    expect(formatNumber(92.346, "en", 1)).toBe("92.3");
    for (const call of [() => formatNumber(1.5, "fr" as never), () => formatNumber("1" as never), () => formatNumber(1.5, "vi", 13), () => formatNumber(1.5, "vi", {} as never), () => formatNumber(1.5, {} as never)]) {
      expect(refusal(call).code).toBe("INVALID_ARGUMENT");
    }
  });
});

describe("an unknown option is refused, naming it, not ignored", () => {
  const pack = main.listPacks()[0]?.pack as object;

  it("evaluate(report, pack) instead of evaluate(report, { pack }) is refused, naming the options", () => {
    for (const call of [() => evaluate(thapMuoi(), pack as never), () => evaluateMany([thapMuoi()], pack as never), () => main.validateReport(thapMuoi(), pack as never)]) {
      const error = refusal(call);
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.text.vi).toMatch(/^Tham số không hợp lệ: options: không có tùy chọn "\$schema" \(pack, /);
      expect(error.text.en).toMatch(/options: no option "\$schema" \(pack, asOf/);
    }
  });

  it("an option another function has, or a misspelt one", () => {
    expect(refusal(() => evaluate(thapMuoi(), { lang: "en" } as never)).text.en).toContain('options: no option "lang" (pack, asOf, trace');
    expect(refusal(() => renderReport(evaluate(thapMuoi()), { format: "markdown", trce: true } as never)).text.en).toBe('Invalid argument: options: no option "trce" (format, lang, pack, trace).');
    expect(refusal(() => explainPack(undefined, { language: "en" } as never)).code).toBe("INVALID_ARGUMENT");
    // Known options, and undefined ones, are still fine.
    expect(evaluate(thapMuoi(), { pack, asOf: undefined } as never).verdict).toBe("not_met");
  });
});

describe("what the types promise, the values hold (an app developer's audit)", () => {
  it("renderReport's options are optional: Markdown by default", () => {
    const result = evaluate(thapMuoi());
    expect(renderReport(result)).toBe(renderReport(result, { format: "markdown" }));
    expect(renderReport(result, { trace: true })).toContain("Diễn giải cách tính");
  });

  it("listPacks declares every field it gives: verified and keyId too", () => {
    const [first] = main.listPacks();
    expect(first?.verified).toBe(false);
    expect(first?.keyId).toBeNull();
    expect(Object.keys(first ?? {}).sort()).toEqual(["digest", "effectiveFrom", "effectiveTo", "id", "keyId", "pack", "verified", "version", "years"]);
  });
});

describe("formatNumber writes figures people write", () => {
  it("refuses NaN and the infinities, as INVALID_ARGUMENT in both languages", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const error = refusal(() => main.formatNumber(value));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.text.vi).toContain(`value phải là một số hữu hạn, nhưng nhận được ${String(value)}`);
      expect(error.text.en).toContain(`value must be a finite number, got ${String(value)}`);
    }
    expect(main.formatNumber(-1.5)).toBe("−1,5");
  });
});

describe("options the check could not see are refused too (a hostile-input audit)", () => {
  const pack = main.listPacks()[0]?.pack as object;
  it("a Map, a Date, an inherited or a non-enumerable option: not a plain object, or an unknown name", () => {
    const hidden = {};
    Object.defineProperty(hidden, "pakc", { value: pack, enumerable: false });
    for (const options of [new Map([["pack", pack]]), new Date(0), Object.create({ pakc: pack }), hidden]) {
      const error = refusal(() => evaluate(thapMuoi(), options as never));
      expect(error.code).toBe("INVALID_ARGUMENT");
    }
    expect(refusal(() => evaluate(thapMuoi(), hidden as never)).text.en).toContain('no option "pakc"');
    // A null-prototype object is plain.
    expect(evaluate(thapMuoi(), Object.assign(Object.create(null) as object, { trace: false })).verdict).toBe("not_met");
  });

  it("what a getter throws is never thrown on: a null-prototype object, a throwing toString, a proxy", () => {
    const throwing = (value: unknown): object => ({ get trace(): never { throw value; } });
    const values: unknown[] = [Object.create(null), { toString(): never { throw new Error("inner"); } }, new Proxy({}, { get: (): never => { throw new Error("trap"); } })];
    for (const value of values) {
      const error = refusal(() => evaluate(thapMuoi(), throwing(value) as never));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.text.en).toMatch(/^Invalid argument: options cannot be read \(/);
    }
  });
});
