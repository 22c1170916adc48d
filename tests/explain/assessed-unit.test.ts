import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, listPacks, loadPack, renderReport, simulate } from "../../src/index.js";
import type { RulePack } from "../../src/index.js";
import { placeName } from "../../src/explain/place-name.js";
import { documentMessagesFor } from "../../src/explain/document-messages.js";
import { runMain } from "../../src/cli/main.js";
import { renderSimulation } from "../../src/cli/simulate-command.js";
import { fakeIo, reportWith } from "../helpers.js";

const pilot = (): RulePack => JSON.parse(JSON.stringify(listPacks()[0]?.pack)) as RulePack;
/** The pilot pack as a learning-commune pack would say it: its unit is xã / commune. */
const communePack = (): RulePack => ({ ...pilot(), assessedUnit: { name: { vi: "xã", en: "commune" }, plural: { vi: "xã", en: "communes" } } });
const place = (district: string, lang: "vi" | "en", noun?: { vi: string; en: string }): string =>
  documentMessagesFor(lang).appendix.place(placeName(district, "district", noun), placeName("Tỉnh Mẫu", "province"), 2022);

// The library has no wording of its own (docs/rule-packs.md): a learning-commune pack's report "Xã Kiểm Thử" was
// written "Huyện Xã Kiểm Thử" / "Xã Kiểm Thử district", and counts said "Số huyện đạt".
describe("a place that starts with its own administrative word is never prefixed again", () => {
  it.each([
    ["Xã Kiểm Thử", "Xã Kiểm Thử", "Kiểm Thử commune"],
    ["xã Tân Hội", "Xã Tân Hội", "Tân Hội commune"],
    ["X. Tân Hội", "X. Tân Hội", "Tân Hội commune"],
    ["Phường 5", "Phường 5", "Ward 5"],
    ["P. Bến Nghé", "P. Bến Nghé", "Bến Nghé ward"],
    ["Thị trấn Mỹ An", "Thị trấn Mỹ An", "Mỹ An township"],
    ["TT. Mỹ An", "TT. Mỹ An", "Mỹ An township"],
    ["TT Mỹ An", "TT Mỹ An", "Mỹ An township"],
    ["Thị xã Sơn Tây", "Thị xã Sơn Tây", "Sơn Tây town"],
    ["Huyện Tháp Mười", "Huyện Tháp Mười", "Tháp Mười district"],
  ])("%s", (given, vi, en) => {
    expect(place(given, "vi")).toBe(`${vi}, tỉnh Mẫu, năm 2022`.replace("tỉnh Mẫu", "Tỉnh Mẫu"));
    expect(place(given, "en")).toBe(`${en}, Mẫu province, year 2022`);
    // Whatever noun the pack gives: the report's own word wins.
    expect(place(given, "vi", { vi: "huyện", en: "district" })).toBe(place(given, "vi"));
  });

  it("names that only start like a word are names", () => {
    for (const name of ["Xuân Lộc", "Phước Long", "Tân Phú", "Thạnh Trị"]) expect(place(name, "vi")).toBe(`Huyện ${name}, Tỉnh Mẫu, năm 2022`);
  });
});

describe("the unit's noun comes from the pack (assessedUnit)", () => {
  const report = { ...reportWith({}), district: "Kiểm Thử", province: "Tỉnh Mẫu" };

  it("the pack schema accepts assessedUnit, and refuses one without its plural", () => {
    expect(loadPack(communePack()).assessedUnit?.name.vi).toBe("xã");
    const bad = { ...pilot(), assessedUnit: { name: { vi: "xã", en: "commune" } } };
    expect(() => loadPack(bad)).toThrow(expect.objectContaining({ code: "PACK_INVALID" }));
  });

  it("a name without its word gets the pack's noun in the appendix (heading and title), vi and en", () => {
    const pack = loadPack(communePack());
    const result = evaluate(report, { pack });
    const vi = renderReport(result, { format: "html", pack });
    expect(vi).toContain("<title>Phụ lục đánh giá xã học tập: xã Kiểm Thử, năm 2022</title>");
    expect(vi).toContain("Xã Kiểm Thử, Tỉnh Mẫu, năm 2022");
    const en = renderReport(result, { format: "html", pack, lang: "en" });
    expect(en).toContain("<title>Learning commune evaluation appendix: Kiểm Thử commune, 2022</title>");
    expect(en).toContain("Kiểm Thử commune, Mẫu province, year 2022");
    expect(renderReport(result, { format: "markdown", pack })).toContain("**Xã Kiểm Thử, Tỉnh Mẫu, năm 2022**");
  });

  it("without assessedUnit, huyện / district, as the bundled pack's documents always read", () => {
    const result = evaluate(report);
    expect(renderReport(result, { format: "html" })).toContain("<title>Phụ lục đánh giá huyện học tập: huyện Kiểm Thử, năm 2022</title>");
    expect(renderReport(result, { format: "markdown", lang: "en" })).toContain("**Kiểm Thử district, Mẫu province, year 2022**");
  });

  it("the CLI's evaluate heads its text with the pack's noun, and keeps a report's own word", async () => {
    const dir = mkdtempSync(join(tmpdir(), "assessed-unit-"));
    writeFileSync(join(dir, "xa.json"), JSON.stringify(communePack()));
    writeFileSync(join(dir, "r.json"), JSON.stringify(report));
    writeFileSync(join(dir, "x.json"), JSON.stringify({ ...report, district: "Xã Kiểm Thử" }));
    const run = async (...args: string[]): Promise<string> => {
      const f = fakeIo();
      await runMain(args, f.io as never);
      return f.out();
    };
    expect(await run("evaluate", join(dir, "r.json"), "--pack", join(dir, "xa.json"))).toMatch(/^Xã Kiểm Thử, Tỉnh Mẫu, năm 2022\n/);
    expect(await run("evaluate", join(dir, "r.json"), "--pack", join(dir, "xa.json"), "--lang", "en")).toMatch(/^Kiểm Thử commune, Mẫu province, year 2022\n/);
    // The finding: a report that writes "Xã" under a pack that says nothing of its unit.
    const plain = join(dir, "plain.json");
    writeFileSync(plain, JSON.stringify(pilot()));
    expect(await run("evaluate", join(dir, "x.json"), "--pack", plain)).toMatch(/^Xã Kiểm Thử, Tỉnh Mẫu, năm 2022\n/);
    expect(await run("evaluate", join(dir, "x.json"), "--pack", plain, "--lang", "en")).toMatch(/^Kiểm Thử commune, Mẫu province, year 2022\n/);
  });

  it("simulate counts the pack's units", () => {
    const variants = simulate([report], [{ name: "xa", pack: communePack() }]);
    expect(renderSimulation(variants, "vi", { vi: "xã", en: "communes" })).toContain("\nSố xã đạt từng chỉ báo (không áp dụng, chưa đủ số liệu):\n");
    expect(renderSimulation(variants, "en", { vi: "xã", en: "communes" })).toContain("\nCommunes meeting each indicator (not applicable, insufficient data):\n");
    expect(renderSimulation(variants, "vi")).toContain("\nSố huyện đạt từng chỉ báo");
  });
});
