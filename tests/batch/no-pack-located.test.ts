import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { evaluate, evaluateMany, loadPack } from "../../src/index.js";
import { fakeIo, refusal, repoPath, reportWith } from "../helpers.js";

// Audit finding 4: a report whose year no pack covers is located at /year, in the library and in a batch.
describe("NO_PACK_FOR_YEAR is located at /year", () => {
  it("evaluate throws it with one issue at /year, with the same code and message", () => {
    const error = refusal(() => evaluate(reportWith({}, 2030)));
    expect(error.code).toBe("NO_PACK_FOR_YEAR");
    expect(error.issues).toEqual([{ code: "NO_PACK_FOR_YEAR", path: "/year", params: { year: 2030, covered: "2021–2023" }, message: error.text }]);
  });

  it("a year of five digits is no pack's (dates compare as text: 20220-12-31 read as in force until 2024)", () => {
    for (const year of [20220, 10000, 99999]) expect([year, refusal(() => evaluate(reportWith({}, year))).code]).toEqual([year, "NO_PACK_FOR_YEAR"]);
    // A given pack (its report schema without the pilot's 2100 bound) with an end date is said not to be in force
    // then; one with no end date is in force for ever.
    const pilot = JSON.parse(readFileSync(repoPath("rules/huyen-hoc-tap/2021.json"), "utf8")) as { reportSchema: { properties: { year: { maximum?: number } } }; effectiveTo?: string };
    delete pilot.reportSchema.properties.year.maximum;
    const dated = loadPack(pilot);
    expect(evaluate(reportWith({}, 20220), { pack: dated }).warnings.map((w) => w.code)).toEqual(["PACK_NOT_IN_FORCE"]);
    delete pilot.effectiveTo;
    expect(evaluate(reportWith({}, 20220), { pack: loadPack(pilot) }).warnings).toEqual([]);
    expect(evaluate(reportWith({}, 2022), { pack: dated }).warnings).toEqual([]);
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
