import { describe, expect, it } from "vitest";
import { diffPacks, evaluate, generateKeyPair, isHuyenHocTapError, listPacks, loadPack, runPackTests, signPack, verifyPack } from "../../src/index.js";
import type { RulePack } from "../../src/index.js";
import { readJson, reportWith, thapMuoi } from "../helpers.js";

// The worked example of issue 3: an illustrative revision of the pilot pack, written only as JSON.
const pilot = listPacks()[0]?.pack as RulePack;
const illustration = (): RulePack => readJson<RulePack>("tests/fixtures/packs/huyen-hoc-tap-illustration.json");

/** A report every pilot indicator meets, with 2.1.1 at 15 of 20 = 75% (met at 70%, not met at 80%). */
function report(year = 2024, extra: Record<string, unknown> = {}): Record<string, unknown> {
  // A fresh object per block: the report checker refuses shared objects as it refuses cycles.
  const ev = (): Record<string, unknown> => ({ evidence: [{ ref: "01/KH-UBND", date: `${year}-01-10` }] });
  return reportWith(
    {
      "1.1.1": ev(), "1.1.2": ev(), "1.2.1": ev(), "1.2.2": ev(), "1.2.3": ev(), "3.2.1": ev(),
      "2.1.1": { total: 20, good: 12, fair: 3 },
      "2.1.2": { total: 10, good: 8, fair: 1 },
      "2.2.1": { total: 10, withPlan: 8 },
      "2.2.2": { total: 10, equipped: 8 },
      "2.2.3": { total: 2, withOpenResources: 2 },
      "2.2.4": { total: 10, covered: 8 },
      "3.1.1": { previousRate: 3.3, currentRate: 1.8 },
      "3.1.2": { percent: 95 },
      "3.2.2": { students: 10000, affected: 0 },
      "3.2.3": { total: 10, withWomen: 6 },
      ...extra,
    },
    year,
  );
}
const verdictOf = (result: ReturnType<typeof evaluate>, id: string): string | undefined => result.indicators.find((r) => r.id === id)?.verdict;

describe("the worked example: an illustrative revision, as JSON only", () => {
  it("is a valid pack, marked clearly as an illustration, in force after the pilot", () => {
    const pack = loadPack(illustration());
    expect(pack.illustration).toBe(true);
    expect(pack.version).toBe("2024.0.0-minh-hoa");
    expect(pack.description?.vi).toMatch(/MINH HỌA, KHÔNG PHẢI VĂN BẢN THẬT/);
    expect(pack.description?.en).toMatch(/ILLUSTRATION, NOT A REAL ACT/);
    expect(pack.effectiveFrom > (pilot.effectiveTo as string)).toBe(true);
  });

  it("passes its own tests", () => {
    const run = runPackTests(illustration());
    expect(run.results.filter((r) => !r.ok)).toEqual([]);
    expect(run.passed).toBeGreaterThan(100);
  });

  it("changes the verdicts as expected: 2.1.1 at 75% is met under the pilot, not met under the revision", () => {
    const r = report(2023);
    const before = evaluate(r, { pack: pilot });
    expect(before.verdict).toBe("met");
    expect(verdictOf(before, "2.1.1")).toBe("met");
    expect(before.indicators.map((i) => i.id)).not.toContain("2.2.5");

    const after = evaluate(report(2024), { pack: illustration() });
    expect(after.pack.version).toBe("2024.0.0-minh-hoa");
    expect(after.warnings).toEqual([]);
    expect(verdictOf(after, "2.1.1")).toBe("not_met");
    expect(after.indicators.find((i) => i.id === "2.1.1")?.threshold).toEqual({ name: "minShareLearningUnits", value: 80, unit: "percent" });
    expect(after.indicators.find((i) => i.id === "2.1.1")?.reason.vi).toContain("80%");
    // The new indicator reads a field a pilot report does not have: insufficient data, and overall not met (2.1.1).
    expect(verdictOf(after, "2.2.5")).toBe("insufficient_data");
    expect(after.verdict).toBe("not_met");
  });

  it("warns when a given pack was not in force at the end of the report's year, with dates as people write them", () => {
    const late = evaluate(report(2025), { pack: pilot });
    expect(late.warnings).toEqual([
      {
        code: "PACK_NOT_IN_FORCE",
        message: {
          vi: "Bộ quy tắc huyen-hoc-tap 2021.1.0 (hiệu lực 12/11/2021 – 11/02/2024) không có hiệu lực vào ngày 31/12/2025 của năm đánh giá.",
          en: "Rule pack huyen-hoc-tap 2021.1.0 (in force 12/11/2021 – 11/02/2024) was not in force on 31 December 2025, the end of the assessment year.",
        },
      },
    ]);
  });

  it("names the asOf date when the check used it, not 31 December", () => {
    // In force on 31/12/2022, but not on the asOf date given: the warning says that date.
    const late = evaluate(report(2022), { pack: pilot, asOf: "2025-01-01" });
    expect(late.warnings.map((w) => w.message)).toEqual([
      {
        vi: "Bộ quy tắc huyen-hoc-tap 2021.1.0 (hiệu lực 12/11/2021 – 11/02/2024) không có hiệu lực vào ngày 01/01/2025 (asOf).",
        en: "Rule pack huyen-hoc-tap 2021.1.0 (in force 12/11/2021 – 11/02/2024) was not in force on 01/01/2025 (asOf).",
      },
    ]);
    expect(evaluate(report(2022), { pack: pilot, asOf: "2022-06-01" }).warnings).toEqual([]);
  });

  it("judges the new report field, which the pilot pack refuses", () => {
    const withNew = report(2024, { "2.1.1": { total: 20, good: 14, fair: 2 }, "2.2.5": { total: 10, withDigitalClasses: 5 } });
    const result = evaluate(withNew, { pack: illustration() });
    expect(verdictOf(result, "2.1.1")).toBe("met");
    expect(verdictOf(result, "2.2.5")).toBe("met");
    expect(result.verdict).toBe("met");
    const below = evaluate(report(2024, { "2.2.5": { total: 10, withDigitalClasses: 4 } }), { pack: illustration() });
    expect(verdictOf(below, "2.2.5")).toBe("not_met");
    try {
      evaluate({ ...withNew, year: 2023 }, { pack: pilot });
      expect.unreachable();
    } catch (error) {
      expect(isHuyenHocTapError(error) && error.code).toBe("REPORT_INVALID");
      expect(isHuyenHocTapError(error) && error.issues.map((i) => i.path)).toContain("/indicators/2.2.5");
    }
  });

  it("diffPacks lists exactly its three changes; identity changes are kept apart", () => {
    const diff = diffPacks(pilot, illustration());
    expect(diff.changes.map((c) => [c.kind, c.indicator ?? c.threshold])).toEqual([
      ["threshold_changed", "2.1.1"],
      ["indicator_reworded", "2.1.1"],
      ["indicator_added", "2.2.5"],
    ]);
    const [threshold, reworded, added] = diff.changes;
    expect(threshold?.threshold).toBe("minShareLearningUnits");
    expect(threshold?.before).toEqual({ value: 70, unit: "percent" });
    expect(threshold?.after).toEqual({ value: 80, unit: "percent" });
    expect(threshold?.text.vi).toMatch(/^Chỉ báo 2\.1\.1: ngưỡng nâng 70% → 80%/);
    expect(threshold?.text.en).toMatch(/^Indicator 2\.1\.1: threshold raised 70% → 80%/);
    expect(reworded?.text.vi).toContain("“Tối thiểu 70% các cơ quan");
    expect(reworded?.text.vi).toContain("“Có ít nhất 80% cơ quan");
    expect(added?.text.vi).toContain("yêu cầu tối thiểu 50%");
    expect(added?.text.vi).toContain("withDigitalClasses (số xã, thị trấn có Trung tâm học tập cộng đồng mở lớp kỹ năng số)");
    expect(added?.text.en).toContain("new threshold: minShareDigitalClasses = 50%");
    expect(added?.text.en).toContain("reads new report fields: total (total number of communes and towns); withDigitalClasses");
    expect(diff.header.map((h) => h.kind)).toEqual([
      "version_changed",
      "dates_changed",
      "title_changed",
      "description_changed",
      "legal_basis_changed",
      "illustration_changed",
    ]);
    expect(diff.header.find((h) => h.kind === "dates_changed")?.text.vi).toBe("Hiệu lực: 12/11/2021 – 11/02/2024 → 12/02/2024 – 30/06/2025");
    expect(diff.header.find((h) => h.kind === "legal_basis_changed")?.text.en).toBe("Legal basis: added MINH-HOA/2024");
    expect(diff.from.version).toBe("2021.1.0");
    expect(diff.to.digest).toBe(loadPack(illustration()) && diff.to.digest);
  });

  it("the diff back from the revision to the pilot mirrors it", () => {
    const diff = diffPacks(illustration(), pilot);
    expect(diff.changes.map((c) => c.kind)).toEqual(["threshold_changed", "indicator_reworded", "indicator_removed"]);
    expect(diff.changes[0]?.text.en).toContain("lowered 80% → 70%");
  });

  it("can be signed and verified, and a tampered copy fails", async () => {
    const keys = await generateKeyPair("bgddt-minh-hoa-2024");
    const pack = loadPack(illustration());
    const signature = await signPack(pack, keys.privateKey);
    const verified = await verifyPack(illustration(), signature, [keys.publicKey]);
    expect(verified).toMatchObject({ verified: true, keyId: "bgddt-minh-hoa-2024" });
    expect(evaluate(report(), { pack: verified.pack }).pack).toMatchObject({ verified: true, keyId: "bgddt-minh-hoa-2024" });

    const tampered = illustration();
    tampered.thresholds["minShareLearningUnits"] = { ...(tampered.thresholds["minShareLearningUnits"] as RulePack["thresholds"][string]), value: 75 };
    await expect(verifyPack(tampered, signature, [keys.publicKey])).rejects.toMatchObject({ code: "SIGNATURE_INVALID" });
    expect(evaluate(report(), { pack: tampered }).pack.verified).toBe(false);
  });
});

describe("a threshold is data", () => {
  it("changing a threshold number in a copy of the bundled pack changes the verdicts of evaluate(report, { pack })", () => {
    const r = thapMuoi();
    const bundled = evaluate(r);
    expect(verdictOf(bundled, "3.1.1")).toBe("not_met");
    const copy = JSON.parse(JSON.stringify(pilot)) as RulePack;
    (copy.thresholds["minPovertyRateFall"] as { value: number }).value = 0.4;
    const changed = evaluate(r, { pack: copy });
    expect(verdictOf(changed, "3.1.1")).toBe("met");
    expect(changed.pack.digest).not.toBe(bundled.pack.digest);
    expect(changed.indicators.find((i) => i.id === "3.1.1")?.threshold?.value).toBe(0.4);

    const stricter = JSON.parse(JSON.stringify(pilot)) as RulePack;
    (stricter.thresholds["minShareLearningCommunities"] as { value: number }).value = 95;
    // Tháp Mười: 13 of 13 communes at Khá or better, still met; 12 of 13 would not be.
    expect(verdictOf(evaluate(r, { pack: stricter }), "2.1.2")).toBe("met");
    r.indicators["2.1.2"] = { total: 13, good: 11, fair: 1 };
    expect(verdictOf(evaluate(r), "2.1.2")).toBe("met");
    expect(verdictOf(evaluate(r, { pack: stricter }), "2.1.2")).toBe("not_met");
  });
});
