import { describe, expect, it } from "vitest";
import { explainPack } from "../../src/index.js";
import type { RulePack } from "../../src/index.js";
import { formatExplanation } from "../../src/cli/explain-command.js";
import { readJson } from "../helpers.js";

const pilot = (): RulePack => readJson<RulePack>("rules/huyen-hoc-tap/2021.json");
const naFails = (): RulePack => {
  const pack = pilot();
  pack.conclusion = { method: "allIndicators", notApplicable: "fail" };
  return pack;
};

// renderIndicatorReference stated the conclusion rule; explainPack (and `huyen-hoc-tap explain`) did not, so a pack
// where a not-applicable indicator fails the whole verdict explained itself without saying so.
describe("explainPack states the pack's conclusion rule", () => {
  it("with notApplicable: fail, says that a not-applicable indicator makes the verdict not met (vi, en)", () => {
    const vi = explainPack(naFails());
    const en = explainPack(naFails(), { lang: "en" });
    expect(vi.conclusion).toMatchObject({ method: "allIndicators", notApplicable: "fail" });
    expect(vi.conclusion.text).toContain("Không đạt khi có ít nhất một chỉ báo chưa đạt");
    expect(vi.conclusion.text).toContain("Chỉ báo không áp dụng được tính là chưa đạt: chỉ một chỉ báo không áp dụng cũng làm kết luận chung là không đạt.");
    expect(en.conclusion.text).toContain("Not met when any indicator is not met");
    expect(en.conclusion.text).toContain("A not-applicable indicator counts as not met: a single one makes the overall verdict not met.");
  });

  it("by default (no notApplicable), says not-applicable indicators are ignored", () => {
    expect(explainPack().conclusion).toMatchObject({ method: "allIndicators", notApplicable: "ignore" });
    expect(explainPack().conclusion.text).toContain("Chỉ báo không áp dụng được bỏ qua.");
    expect(explainPack(undefined, { lang: "en" }).conclusion.text).toContain("Not-applicable indicators are ignored.");
  });

  it("also when one indicator is asked for, and in the CLI's text", () => {
    const one = explainPack(naFails(), { indicator: "2.2.3", lang: "en" });
    expect(one.conclusion.notApplicable).toBe("fail");
    expect(formatExplanation(one)).toContain("\nConclusion rule: Not met when any indicator is not met;");
    expect(formatExplanation(explainPack(naFails()))).toContain("\nCách kết luận: Không đạt khi có ít nhất một chỉ báo chưa đạt;");
  });
});
