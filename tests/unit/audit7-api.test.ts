/* Audit 7 of the API as app developers use it: each a regression spec. */
import { describe, expect, it } from "vitest";
import { evaluate, isHuyenHocTapError, renderReport, validateReport } from "../../src/index.js";
import { refusal, reportWith } from "../helpers.js";

describe("a report's number or date given as null ('not given')", () => {
  it("is left out of the result, which renderReport then renders", () => {
    for (const meta of [{ number: null, date: "2023-01-13" }, { number: "1", date: null }, { number: null, date: null }]) {
      const result = evaluate({ ...reportWith({}), report: meta });
      const shown = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== null));
      expect(result.report).toEqual(shown);
      expect(renderReport(result, { format: "html" })).toContain("<!DOCTYPE html>");
      expect(renderReport(JSON.parse(JSON.stringify(result)) as typeof result, { format: "markdown" })).toContain("|");
    }
  });
});

describe("isHuyenHocTapError never throws", () => {
  it("returns false for a revoked proxy and for one whose get throws", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(isHuyenHocTapError(proxy)).toBe(false);
    const hostile = new Proxy({}, { get: () => { throw new Error("boom"); } });
    expect(isHuyenHocTapError(hostile)).toBe(false);
    expect(isHuyenHocTapError(refusal(() => evaluate(null)))).toBe(true);
  });
});

describe("renderReport and renderTrace without an argument", () => {
  it("say the argument is of the wrong type (undefined), not that a field \"\" is missing", async () => {
    const { renderTrace } = await import("../../src/index.js");
    for (const f of [() => renderReport(undefined as never, { format: "html" }), () => renderTrace(undefined as never)]) {
      const error = refusal(f);
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.issues.map((i) => [i.code, i.path, i.params["actual"]])).toEqual([["WRONG_TYPE", "", "undefined"]]);
    }
  });
});

describe("simulate with a { name, pack } whose name is not a string", () => {
  it("is one INVALID_ARGUMENT naming packs[i].name, not the wrapper checked as a pack", async () => {
    const { simulate, listPacks } = await import("../../src/index.js");
    const pack = listPacks()[0]?.pack;
    const error = refusal(() => simulate([reportWith({})], [{ name: 5 as never, pack: pack as never }]));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.text.en).toContain("packs[0].name must be a string, got 5");
  });
});

describe("validateReport with asOf on a date no pack covers", () => {
  it("refuses the date as evaluate does (an option, not a field of the report)", () => {
    expect(refusal(() => validateReport(reportWith({}), { asOf: "2030-01-01" })).code).toBe("NO_PACK_FOR_YEAR");
    expect(refusal(() => evaluate(reportWith({}), { asOf: "2030-01-01" })).code).toBe("NO_PACK_FOR_YEAR");
  });
});
