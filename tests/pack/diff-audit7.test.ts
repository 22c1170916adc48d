/* Audit 7 of the pack tools: what diffPacks missed or could not finish. */
import { describe, expect, it } from "vitest";
import { diffPacks, evaluate, loadPack } from "../../src/index.js";
import type { RulePack } from "../../src/index.js";
import { readJson, thapMuoi } from "../helpers.js";

type Doc = RulePack & { tests?: unknown; reportSchema: { $defs: Record<string, unknown>; properties: { indicators: { properties: Record<string, { properties: Record<string, unknown> }> } } } };
const pilot = (): Doc => {
  const doc = readJson<Doc>("rules/huyen-hoc-tap/2021.json");
  delete doc.tests;
  return doc;
};

describe("diffPacks on report schemas that share definitions, and deep ones", () => {
  it("8 definitions each used 8 times by the next (8⁸ report paths) are diffed at once, as one change of the schema", () => {
    const doc = pilot();
    for (let d = 0; d < 8; d++) {
      const properties: Record<string, unknown> = {};
      for (let f = 0; f < 8; f++) properties[`f${f}`] = d === 7 ? { type: "integer", "x-label": { vi: "a", en: "b" } } : { $ref: `#/$defs/lol${d + 1}` };
      doc.reportSchema.$defs[`lol${d}`] = { type: "object", additionalProperties: false, "x-label": { vi: "a", en: "b" }, properties };
    }
    (doc.reportSchema.properties.indicators.properties["2.1.1"] as { properties: Record<string, unknown> }).properties["extra"] = { $ref: "#/$defs/lol0" };
    const started = performance.now();
    const diff = diffPacks(loadPack(pilot()), loadPack(doc));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(diff.changes.map((c) => [c.kind, c.field])).toEqual([["report_field_changed", ""]]);
    expect(diff.changes[0]?.text.vi).toBe("Mẫu báo cáo thay đổi (có hơn 20.000 trường, không liệt kê từng trường)");
    // Against itself: nothing.
    expect(diffPacks(loadPack(doc), loadPack(doc)).changes).toEqual([]);
  });

  it("a change 13 levels down is listed (reports may nest 16 levels)", () => {
    const deep = (max: number): Doc => {
      const doc = pilot();
      let leaf: Record<string, unknown> = { type: "integer", maximum: max, "x-label": { vi: "a", en: "b" } };
      for (let i = 12; i >= 1; i--) leaf = { type: "object", additionalProperties: false, "x-label": { vi: "n", en: "n" }, properties: { [`n${i}`]: leaf } };
      (doc.reportSchema.properties.indicators.properties["2.1.1"] as { properties: Record<string, unknown> }).properties["deep"] = leaf;
      return doc;
    };
    const diff = diffPacks(loadPack(deep(10)), loadPack(deep(5)));
    expect(diff.changes.map((c) => [c.kind, c.field])).toEqual([["report_field_changed", "/indicators/2.1.1/deep/n1/n2/n3/n4/n5/n6/n7/n8/n9/n10/n11/n12"]]);
  });
});

describe("diffPacks: a criterion moved to another standard", () => {
  it("is a change (group_moved), since it changes both standards' verdicts", () => {
    const doc = pilot();
    const moved = doc.standards[2]?.criteria.shift();
    if (!moved) throw new Error("no criterion");
    doc.standards[1]?.criteria.push(moved);
    const [a, b] = [loadPack(pilot()), loadPack(doc)];
    expect(evaluate(thapMuoi(), { pack: a }).standards.map((s) => s.verdict)).not.toEqual(evaluate(thapMuoi(), { pack: b }).standards.map((s) => s.verdict));
    const diff = diffPacks(a, b);
    expect(diff.changes.map((c) => [c.kind, c.group, c.level, c.before, c.after])).toEqual([["group_moved", moved.id, "criterion", "3", "2"]]);
    expect(diff.changes[0]?.text).toEqual({ vi: `Tiêu chí ${moved.id} chuyển từ tiêu chuẩn 3 sang tiêu chuẩn 2`, en: `Criterion ${moved.id} moved from standard 3 to standard 2` });
  });
});

describe("diffPacks: the pack's legal acts reordered", () => {
  it("says so, instead of an empty 'Legal basis: '", () => {
    const act = { ref: "X/1", date: "2022-01-01", title: { vi: "a", en: "b" } };
    const [a, b] = [pilot(), pilot()];
    a.legalBasis.push(act);
    b.legalBasis.unshift(act);
    const header = diffPacks(loadPack(a), loadPack(b)).header.find((h) => h.kind === "legal_basis_changed");
    expect(header?.text).toEqual({ vi: "Căn cứ pháp lý: đổi thứ tự các văn bản", en: "Legal basis: the acts reordered" });
  });
});
