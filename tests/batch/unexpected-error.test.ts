import { describe, expect, it, vi } from "vitest";

// An engine bug, simulated: evaluate throws a plain Error for one report.
vi.mock("../../src/evaluate.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/evaluate.js")>();
  return {
    ...original,
    evaluate: (report: unknown, options?: object) => {
      if (report === "trigger") throw new Error("boom");
      return original.evaluate(report, options);
    },
  };
});

const { evaluateMany } = await import("../../src/batch/evaluate-many.js");
const { thapMuoi } = await import("../helpers.js");

describe("evaluateMany and errors that are not the library's", () => {
  it("turns them into UNEXPECTED_ERROR for that report only, and judges the others", () => {
    const items = evaluateMany(["trigger", thapMuoi()]);
    expect(items[0]).toMatchObject({ index: 0, ok: false, error: { code: "UNEXPECTED_ERROR", issues: [] } });
    expect(items[0]?.ok === false && items[0].error.message.en).toBe("Unexpected error: boom");
    expect(items[1]).toMatchObject({ index: 1, ok: true, result: { verdict: "not_met" } });
  });
});
