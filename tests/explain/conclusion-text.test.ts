import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import type { RulePack } from "../../src/index.js";
import { readJson, thapMuoi } from "../helpers.js";

/** A fresh copy of the pilot pack, to change. */
const pilot = (): RulePack => readJson<RulePack>("rules/huyen-hoc-tap/2021.json");

/** The Tháp Mười report with some indicators' blocks replaced. */
function thapMuoiWith(blocks: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const report = thapMuoi();
  Object.assign(report.indicators, blocks);
  return report;
}

// Tháp Mười 2022: 3.1.1 not met, 3.1.2 and 3.2.3 without figures. These blocks make every indicator met or, for
// 2.2.3 (a total of 0), not applicable.
const allMet = { "3.1.1": { previousRate: 4.5, currentRate: 2.5 }, "3.1.2": { percent: 95 }, "3.2.3": { total: 10, withWomen: 6 } };
const noCentre = { "2.2.3": { total: 0 } };

describe("the conclusion names the indicators it rests on, in pack order", () => {
  it("names the failing one, then those without figures, in both languages", () => {
    const r = evaluate(thapMuoi());
    expect(r.conclusion.vi).toBe("Kết luận: Không đạt, do chỉ báo 3.1.1 chưa đạt.");
    expect(r.conclusion.en).toBe("Conclusion: Not met, because indicator 3.1.1 is not met.");
    const lacking = evaluate(thapMuoiWith({ "3.1.1": allMet["3.1.1"] }));
    expect(lacking.conclusion.vi).toBe("Kết luận: Chưa đủ căn cứ kết luận, do chỉ báo 3.1.2, 3.2.3 chưa đủ số liệu.");
    expect(lacking.conclusion.en).toBe("Conclusion: Cannot conclude, because indicators 3.1.2, 3.2.3 lack data.");
  });

  it("ignores a not-applicable indicator by default, and names it apart when the pack says notApplicable: fail", () => {
    const report = thapMuoiWith({ ...allMet, ...noCentre });
    const ignored = evaluate(report);
    expect(ignored.indicators.find((i) => i.id === "2.2.3")?.verdict).toBe("not_applicable");
    expect(ignored.verdict).toBe("met");
    expect(ignored.conclusion.vi).toBe("Kết luận: Đạt.");
    const strict = pilot();
    strict.conclusion = { ...strict.conclusion, notApplicable: "fail" };
    const failed = evaluate(report, { pack: strict });
    expect(failed.verdict).toBe("not_met");
    // Named as what it is, not as "not met": the summary counts it as not applicable, and names it there too.
    expect(failed.conclusion.vi).toBe("Kết luận: Không đạt, do chỉ báo 2.2.3 không áp dụng (bộ quy tắc tính chỉ báo không áp dụng là chưa đạt).");
    expect(failed.conclusion.en).toBe("Conclusion: Not met, because indicator 2.2.3 is not applicable (the rule pack counts an indicator that is not applicable as not met).");
    expect(failed.summary.text.vi).toBe(`Số chỉ báo đạt: 15; Số chỉ báo không áp dụng: 01 (chỉ báo 2.2.3); Số chỉ báo chưa đạt: 00; ${failed.conclusion.vi}`);
    expect(ignored.summary.text.en).toBe("Indicators met: 15; Indicators not applicable: 01 (indicator 2.2.3); Indicators not met: 00; Conclusion: Met.");
    // With failing indicators too, each kind is named, in pack order.
    const both = evaluate(thapMuoiWith({ ...allMet, ...noCentre, "2.2.4": { total: 10, covered: 1 }, "2.2.2": { total: 10, equipped: 1 } }), { pack: strict });
    expect(both.conclusion.vi).toBe("Kết luận: Không đạt, do chỉ báo 2.2.2, 2.2.4 chưa đạt và chỉ báo 2.2.3 không áp dụng (bộ quy tắc tính chỉ báo không áp dụng là chưa đạt).");
    expect(both.conclusion.en).toBe("Conclusion: Not met, because indicators 2.2.2, 2.2.4 are not met and indicator 2.2.3 is not applicable (the rule pack counts an indicator that is not applicable as not met).");
  });
});
