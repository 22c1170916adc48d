import { describe, expect, it } from "vitest";
import { digestOf, evaluate, loadPack, simulate, validateReport } from "../../src/index.js";
import type { RulePack } from "../../src/index.js";
import { readJson, thapMuoi } from "../helpers.js";

/** The pilot pack with 1.1.1 met only when the district's note is the word `word` (a rule comparing text). */
function packComparing(word: string): RulePack {
  const pack = readJson<RulePack & Record<string, any>>("rules/huyen-hoc-tap/2021.json");
  const rule = pack.standards[0]!.criteria[0]!.indicators[0]!.rule as Record<string, any>;
  rule.measures[0].requires = ["evidence", "note"];
  rule.measures[0].value = { and: [{ "!!": [{ var: "evidence" }] }, { "==": [{ var: "note" }, word] }] };
  return pack;
}

const composed = "Việt"; // U+1EC7
const decomposed = "Vie\u0323\u0302t"; // e + dot below + circumflex: the same text in NFD

describe("a pack judges with the text its digest and signature cover (NFC)", () => {
  it("loads a decomposed literal as the composed one: one digest, one behaviour", () => {
    expect(decomposed).not.toBe(composed);
    expect(decomposed.normalize("NFC")).toBe(composed);
    const a = loadPack(packComparing(composed));
    const b = loadPack(packComparing(decomposed));
    expect(digestOf(a)).toBe(digestOf(b));
    const report = thapMuoi();
    report.indicators["1.1.1"]!["note"] = composed;
    const verdict = (pack: RulePack): string | undefined => evaluate(report, { pack }).indicators.find((i) => i.id === "1.1.1")?.verdict;
    expect(verdict(a)).toBe("met");
    expect(verdict(b)).toBe("met");
    // The loaded pack's text is NFC, as its digest says.
    const value = (b.standards[0]!.criteria[0]!.indicators[0]!.rule.measures[0]!.value as { and: [unknown, { "==": [unknown, string] }] }).and[1]["=="][1];
    expect(value).toBe(composed);
  });

  it("keys and labels in NFC too, and an own __proto__ key never becomes a prototype", () => {
    const pack = readJson<RulePack & Record<string, any>>("rules/huyen-hoc-tap/2021.json");
    pack.title = { vi: pack.title.vi.normalize("NFD"), en: pack.title.en };
    const loaded = loadPack(pack);
    expect(loaded.title.vi).toBe(pack.title.vi.normalize("NFC"));
    expect(loaded.title.vi).not.toBe(pack.title.vi);
    expect(Object.getPrototypeOf(loaded)).toBe(Object.prototype);
  });
});

describe("a pack judges with the numbers its digest covers: -0 is 0", () => {
  // Canonical JSON (the digest, a signature) writes -0 as 0: a rule must not tell them apart, or a signed pack could
  // be changed from 0 to -0 (1 / -0 is -Infinity) and judge differently under the same signature.
  const withDivisor = (zero: string): string => {
    const pack = readJson<RulePack & Record<string, any>>("rules/huyen-hoc-tap/2021.json");
    const rule = pack.standards[1]!.criteria[0]!.indicators[0]!.rule as Record<string, any>;
    rule.measures[0].value = "MARK";
    return JSON.stringify(pack).replace('"MARK"', `{"if": [{"<": [{"/": [1, ${zero}]}, 0]}, 0, 100]}`);
  };

  it("loads -0 as 0: the same digest, the same verdict", () => {
    const a = loadPack(withDivisor("0"));
    const b = loadPack(withDivisor("-0"));
    expect(digestOf(b)).toBe(digestOf(a));
    const verdict = (pack: RulePack): string | undefined => evaluate(thapMuoi(), { pack }).indicators.find((i) => i.id === "2.1.1")?.verdict;
    expect(verdict(b)).toBe(verdict(a));
  });

  it("a plain pack object changed from 0 to -0 is read afresh, and judges as 0", () => {
    const pack = JSON.parse(withDivisor("0")) as Record<string, any>;
    const verdict = (): string | undefined => evaluate(thapMuoi(), { pack }).indicators.find((i) => i.id === "2.1.1")?.verdict;
    const before = verdict();
    pack["standards"][1].criteria[0].indicators[0].rule.measures[0].value.if[0]["<"][0]["/"][1] = -0;
    expect(verdict()).toBe(before);
  });
});

describe("a report judged in the form its digest covers (NFC): the text fields a rule reads", () => {
  it("a decomposed “Việt” in the report is the composed one: the same digest, the same verdict, with both engines and in simulate", () => {
    const pack = loadPack(packComparing(composed));
    const reportWith = (note: string): ReturnType<typeof thapMuoi> => {
      const report = thapMuoi();
      report.indicators["1.1.1"]!["note"] = note;
      return report;
    };
    const a = reportWith(composed);
    const b = reportWith(decomposed);
    for (const engine of ["compiled", "reference"] as const) {
      const ra = evaluate(a, { pack, engine });
      const rb = evaluate(b, { pack, engine });
      expect(rb.reportDigest, engine).toBe(ra.reportDigest);
      expect(rb.indicators[0]?.verdict, engine).toBe("met");
      expect(ra.indicators[0]?.verdict, engine).toBe("met");
    }
    const [variant] = simulate([a, b], [pack]);
    expect(variant?.indicators["1.1.1"]?.met).toBe(2);
    // The caller's report is left as given.
    expect(b.indicators["1.1.1"]!["note"]).toBe(decomposed);
  });
});

describe("a list of strings a rule reads is judged in NFC too", () => {
  it("`in` over a list of tags: a decomposed “Việt” is the composed one", () => {
    const pack = readJson<RulePack & Record<string, any>>("rules/huyen-hoc-tap/2021.json");
    const block = (pack.reportSchema as Record<string, any>)["properties"].indicators.properties["1.1.1"] as Record<string, any>;
    const defs = (pack.reportSchema as Record<string, any>)["$defs"];
    const target = block["$ref"] ? defs[String(block["$ref"]).replace("#/$defs/", "")] : block;
    target.properties.tags = { type: "array", maxItems: 10, items: { type: "string", maxLength: 50, "x-label": { vi: "nhãn", en: "tag" } }, "x-label": { vi: "các nhãn", en: "tags" } };
    const rule = pack.standards[0]!.criteria[0]!.indicators[0]!.rule as Record<string, any>;
    rule.measures[0].requires = ["evidence", "tags"];
    rule.measures[0].value = { and: [{ "!!": [{ var: "evidence" }] }, { in: [composed, { var: "tags" }] }] };
    const loaded = loadPack(pack);
    const verdictWith = (tag: string): string | undefined => {
      const report = thapMuoi();
      report.indicators["1.1.1"]!["tags"] = [tag];
      return evaluate(report, { pack: loaded }).indicators.find((i) => i.id === "1.1.1")?.verdict;
    };
    expect(verdictWith(composed)).toBe("met");
    expect(verdictWith(decomposed)).toBe("met");
    expect(verdictWith("Lào")).toBe("not_met");
  });
});

describe("constraints compare the text fields rules read in NFC, as judging does", () => {
  it("a constraint refusing “Việt” refuses it decomposed too", () => {
    const pack = readJson<RulePack & Record<string, any>>("rules/huyen-hoc-tap/2021.json");
    const rule = pack.standards[0]!.criteria[0]!.indicators[0]!.rule as Record<string, any>;
    rule.measures[0].requires = ["evidence", "note"];
    rule.measures[0].value = { and: [{ "!!": [{ var: "evidence" }] }, { "!=": [{ var: "note" }, "x"] }] };
    rule.constraints = [{ code: "NOTE_REFUSED", field: "note", requires: ["note"], check: { "!=": [{ var: "note" }, composed] }, message: { vi: "không nhận ghi chú này", en: "this note is refused" } }];
    const loaded = loadPack(pack);
    for (const note of [composed, decomposed]) {
      const report = thapMuoi();
      report.indicators["1.1.1"]!["note"] = note;
      const check = validateReport(report, { pack: loaded });
      expect(check.ok, JSON.stringify(note)).toBe(false);
      expect(check.ok ? [] : check.issues.map((i) => i.code)).toContain("NOTE_REFUSED");
      expect(() => evaluate(report, { pack: loaded })).toThrow();
      // The caller's report is left as given.
      expect(report.indicators["1.1.1"]!["note"]).toBe(note);
    }
  });
});
