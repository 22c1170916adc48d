import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { evaluate, evaluateMany } from "../../src/index.js";
import { fakeIo, refusal, reportWith } from "../helpers.js";

// Audit finding 4: a report whose year no pack covers is located at /year, in the library and in a batch.
describe("NO_PACK_FOR_YEAR is located at /year", () => {
  it("evaluate throws it with one issue at /year, with the same code and message", () => {
    const error = refusal(() => evaluate(reportWith({}, 2030)));
    expect(error.code).toBe("NO_PACK_FOR_YEAR");
    expect(error.issues).toEqual([{ code: "NO_PACK_FOR_YEAR", path: "/year", params: { year: 2030, covered: "2021–2023" }, message: error.text }]);
  });

  it("an asOf date (an option, not a field of the report) has no issue", () => {
    expect(refusal(() => evaluate(reportWith({}, 2022), { asOf: "2021-11-11" })).issues).toEqual([]);
  });

  it("evaluateMany gives the issue", () => {
    const [item] = evaluateMany([reportWith({}, 2030)]);
    expect(item).toMatchObject({ ok: false, error: { code: "NO_PACK_FOR_YEAR", issues: [{ path: "/year", code: "NO_PACK_FOR_YEAR" }] } });
  });

  it("the batch CLI prints its line number, then /year", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "hht-years-")), "years.jsonl");
    writeFileSync(file, `${JSON.stringify(reportWith({}, 2022))}\n${JSON.stringify(reportWith({}, 2030))}\n`);
    const { io, out } = fakeIo();
    expect(await runMain(["evaluate", file], io)).toBe(2);
    expect(out()).toMatch(/^years\.jsonl:2\tKhông hợp lệ\tNO_PACK_FOR_YEAR: /m);
    expect(out()).toMatch(/^years\.jsonl:2\t {2}\/year\t\[NO_PACK_FOR_YEAR\] /m);
  });
});
