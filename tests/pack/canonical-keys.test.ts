import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalJson, digestOf, evaluate, listPacks, loadPack, parseJson, validateReport } from "../../src/index.js";
import { PACK_LIMITS } from "../../src/pack/check-limits.js";
import { refusal, repoPath, thapMuoi } from "../helpers.js";

// Keys that differ as written but are the same after NFC: "é" precomposed and "e" + combining acute; the Kelvin sign
// (U+212A), whose NFC form is the ASCII "K".
const COMPOSED = "\u00e9";
const DECOMPOSED = "e\u0301";
const KELVIN = "\u212a";

const packText = readFileSync(repoPath("rules/huyen-hoc-tap/2021.json"), "utf8");
const pilot = (): Record<string, unknown> & { tests: { report: Record<string, unknown> }[] } => JSON.parse(packText) as never;

/** An object with the keys added in this order. */
function withKeys(...keys: string[]): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  keys.forEach((key, i) => (obj[key] = i + 1));
  return obj;
}

describe("canonicalJson and keys equal after NFC", () => {
  it.each([
    ["composed first", [COMPOSED, DECOMPOSED], `“${COMPOSED}” (U+00E9) and “${DECOMPOSED}” (U+0065 U+0301)`],
    ["decomposed first", [DECOMPOSED, COMPOSED], `“${DECOMPOSED}” (U+0065 U+0301) and “${COMPOSED}” (U+00E9)`],
    ["K and the Kelvin sign", ["K", KELVIN], `“K” (U+004B) and “${KELVIN}” (U+212A)`],
  ])("refuses two such keys (%s), naming both with their code points", (_name, keys, named) => {
    const error = refusal(() => canonicalJson(withKeys(...keys)));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.text.en).toContain(named);
    expect(error.text.en).toContain("the top-level object");
    expect(error.text.vi).toContain(named.replace(" and ", " và "));
    expect(error.text.vi).toContain("chuẩn hóa Unicode (NFC)");
    expect(error.issues).toMatchObject([{ code: "DUPLICATE_KEY", path: `/${keys[1]}`, params: { field: keys[1], sameAs: keys[0], normalization: "NFC" } }]);
  });

  it("says where the object is, and digestOf and the canonical bytes refuse it too", () => {
    const doc = { a: { "x/y": [0, withKeys(DECOMPOSED, COMPOSED)] } };
    const error = refusal(() => canonicalJson(doc));
    expect(error.text.en).toContain("the object at /a/x~1y/1 ");
    expect(error.text.vi).toContain("đối tượng tại /a/x~1y/1 ");
    expect(error.issues[0]?.path).toBe(`/a/x~1y/1/${COMPOSED}`);
    expect(refusal(() => digestOf(doc)).code).toBe("INVALID_ARGUMENT");
  });

  it("still writes distinct keys, and leaves out an undefined twin as JSON does", () => {
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(canonicalJson({ "\u00e8": 1, [COMPOSED]: 2 })).toBe('{"è":1,"é":2}');
    expect(canonicalJson({ [DECOMPOSED]: 1, x: "e\u0301" })).toBe('{"x":"é","é":1}');
    expect(canonicalJson({ [COMPOSED]: 1, [DECOMPOSED]: undefined })).toBe('{"é":1}');
  });
});

describe("parseJson and keys equal after NFC", () => {
  it.each([
    ["escaped, composed first", '{"\\u00e9": 1, "e\\u0301": 2}', COMPOSED, DECOMPOSED],
    ["as written, decomposed first", `{"${DECOMPOSED}": 1, "${COMPOSED}": 2}`, DECOMPOSED, COMPOSED],
    ["K, then the Kelvin sign", `{"K": 1, "${KELVIN}": 2}`, "K", KELVIN],
    ["the Kelvin sign, then K", `{"${KELVIN}": 1, "K": 2}`, KELVIN, "K"],
  ])("reports DUPLICATE_KEY (%s) at the later key", (_name, text, first, second) => {
    const parsed = parseJson(text);
    expect(parsed).toMatchObject({ ok: false, issues: [{ code: "DUPLICATE_KEY", path: `/${second}`, params: { field: second, sameAs: first, normalization: "NFC" } }] });
    if (parsed.ok) return;
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]?.message.en).toMatch(/^keys “.+” \(U\+.+\) and “.+” \(U\+.+\) are the same after Unicode normalisation \(NFC\)/);
    expect(parsed.issues[0]?.message.vi).toContain("sau khi chuẩn hóa Unicode (NFC)");
  });

  it("finds them deep inside, once per later key, and a key written twice as before", () => {
    const text = `{"a": [{"x": 1}, {"${COMPOSED}": 1, "y": 2, "${DECOMPOSED}": 3, "${DECOMPOSED}": 4}]}`;
    expect(parseJson(text, PACK_LIMITS)).toMatchObject({
      ok: false,
      issues: [
        { code: "DUPLICATE_KEY", path: `/a/1/${DECOMPOSED}`, params: { field: DECOMPOSED, sameAs: COMPOSED } },
        { code: "DUPLICATE_KEY", path: `/a/1/${DECOMPOSED}`, params: { field: DECOMPOSED } },
      ],
    });
    const issues = (parseJson(text) as { issues: { params: object; message: { en: string } }[] }).issues;
    expect(issues[1]?.params).not.toHaveProperty("sameAs");
    expect(issues[1]?.message.en).toBe(`key “${DECOMPOSED}” appears twice`);
  });

  it.each([
    ['{"a": 1, "b": 2}'],
    [`{"${COMPOSED}": 1, "\u00e8": 2, "e": 3, "\u0301": 4}`],
    [`{"${COMPOSED}": {"${COMPOSED}": 1}, "x": [{"${DECOMPOSED}": 1}]}`],
    [`{"k": 1, "${KELVIN}": 2}`],
  ])("accepts distinct keys, and equal keys in different objects: %s", (text) => {
    expect(parseJson(text)).toMatchObject({ ok: true });
  });
});

describe("a pack or report with keys equal after NFC", () => {
  it("is PACK_INVALID from text, at the key in the test case's report", () => {
    const at = packText.indexOf('"report": {', packText.indexOf('"tests": ['));
    expect(at).toBeGreaterThan(0);
    const text = `${packText.slice(0, at)}"report": {"${COMPOSED}": 1, "${DECOMPOSED}": 2, ${packText.slice(at + '"report": {'.length)}`;
    const error = refusal(() => loadPack(text));
    expect(error.code).toBe("PACK_INVALID");
    expect(error.issues).toMatchObject([{ code: "DUPLICATE_KEY", path: `/tests/0/report/${DECOMPOSED}`, params: { sameAs: COMPOSED } }]);
  });

  it("is PACK_INVALID from an object, with the same issue (not an INVALID_ARGUMENT from the digest)", () => {
    const pack = pilot();
    Object.assign(pack.tests[0]?.report ?? {}, withKeys(COMPOSED, DECOMPOSED));
    const error = refusal(() => loadPack(pack));
    expect(error.code).toBe("PACK_INVALID");
    expect(error.issues).toMatchObject([{ code: "DUPLICATE_KEY", path: `/tests/0/report/${DECOMPOSED}`, params: { field: DECOMPOSED, sameAs: COMPOSED, normalization: "NFC" } }]);
    expect(refusal(() => evaluate(thapMuoi(), { pack })).code).toBe("PACK_INVALID");
  });

  it("is refused in a report object with a located DUPLICATE_KEY", () => {
    const report = thapMuoi();
    Object.assign(report, withKeys(DECOMPOSED, COMPOSED));
    expect(validateReport(report)).toMatchObject({ ok: false, issues: [{ code: "DUPLICATE_KEY", path: `/${COMPOSED}`, params: { sameAs: DECOMPOSED } }] });
  });

  it("leaves the bundled pack's digest as published", () => {
    const [bundled] = listPacks();
    expect(digestOf(JSON.parse(packText))).toBe(bundled?.digest);
    expect(loadPack(packText)).toBeDefined();
  });
});
