import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/index.js";
import type { Issue } from "../../src/index.js";
import { reportWith } from "../helpers.js";

function only(report: unknown): Issue {
  const result = validateReport(report);
  if (result.ok) throw new Error("expected the report to be refused");
  expect(result.issues).toHaveLength(1);
  return result.issues[0] as Issue;
}

// docs/rule-packs.md: a field's `x-label` is "used in every message about the field", as OUT_OF_RANGE, WRONG_TYPE and
// MISSING_FIELD already did.
describe("INVALID_VALUE and INVALID_DATE name the field's label", () => {
  it("a self-assessment that is not one of the allowed values", () => {
    const issue = only(reportWith({ "3.1.1": { selfAssessment: "đạt" } }));
    expect(issue.code).toBe("INVALID_VALUE");
    expect(issue.message.vi).toBe('giá trị không hợp lệ (tự đánh giá của huyện); giá trị cho phép: "met", "not_met"');
    expect(issue.message.en).toBe("invalid value (the district's self-assessment); allowed: \"met\", \"not_met\"");
  });

  it("an impossible date", () => {
    const issue = only({ ...reportWith({}), report: { number: "1", date: "2023-02-30" } });
    expect(issue.code).toBe("INVALID_DATE");
    expect(issue.params).toMatchObject({ label: "ngày báo cáo", labelEn: "report date" });
    expect(issue.message.vi).toBe("ngày “2023-02-30” (ngày báo cáo) không hợp lệ (định dạng YYYY-MM-DD)");
    expect(issue.message.en).toBe("“2023-02-30” (report date) is not a valid date (YYYY-MM-DD)");
  });
});
