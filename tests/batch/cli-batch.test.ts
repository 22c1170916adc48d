import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { batchExitCode, runBatch } from "../../src/cli/batch.js";
import { runMain } from "../../src/cli/main.js";
import { evaluate, listPacks, simulate } from "../../src/index.js";
import type { RulePack, SimulationVariant } from "../../src/index.js";
import { generateReports } from "../bench/generate-reports.js";
import { fakeIo, reportWith, thapMuoi } from "../helpers.js";

const root = mkdtempSync(join(tmpdir(), "hht-batch-"));
const write = (path: string, content: unknown): string => {
  const full = join(root, path);
  writeFileSync(full, typeof content === "string" ? content : JSON.stringify(content));
  return full;
};
const met = generateReports(50, { seed: 5 }).find((r) => {
  try {
    return evaluate(r).verdict === "met";
  } catch {
    return false;
  }
}) as Record<string, unknown>;
const insufficient = reportWith({});

// A directory: Tháp Mười (not met), a report with counts above their total, one that is not JSON, and a note file.
const dir = join(root, "reports");
mkdirSync(dir);
write("reports/a-thap-muoi.json", thapMuoi());
write("reports/b-over.json", reportWith({ "2.1.1": { total: 10, good: 8, fair: 5 } }));
write("reports/c-broken.json", '{ "district": ');
write("reports/d-met.json", met);
write("reports/notes.txt", "not a report");
// A JSON Lines file: line 2 is blank, line 4 has a number written as a string.
const jsonl = write("reports.jsonl", [JSON.stringify(met), "", JSON.stringify(insufficient), JSON.stringify(reportWith({ "3.1.1": { previousRate: "1,83" } }))].join("\n"));
const allMet = write("met.jsonl", `${JSON.stringify(met)}\n${JSON.stringify(met)}\n`);
const someInsufficient = write("insufficient.jsonl", `${JSON.stringify(met)}\n${JSON.stringify(insufficient)}\n`);

describe("huyen-hoc-tap evaluate <directory>", () => {
  it("prints one line per .json file, in name order, then a summary; a bad file gets located errors; exit 2", async () => {
    const { io, out } = fakeIo();
    expect(await runMain(["evaluate", dir], io)).toBe(2);
    const lines = out().split("\n");
    expect(lines[0]).toBe(`a-thap-muoi.json\tKhông đạt\tTháp Mười, Đồng Tháp, 2022\tKết luận: Không đạt, do chỉ báo 3.1.1 chưa đạt.`);
    expect(lines[1]).toMatch(/^b-over\.json\tKhông hợp lệ\tREPORT_INVALID: /);
    expect(lines[2]).toMatch(/^b-over\.json\t {2}\/indicators\/2\.1\.1\/good\t\[COUNT_EXCEEDS_TOTAL\] /);
    expect(out()).toMatch(/^c-broken\.json\tKhông hợp lệ\tREPORT_INVALID: /m);
    // The empty JSON pointer (the whole document) in words: "/" would be another pointer.
    expect(out()).toMatch(/^c-broken\.json\t {2}\(toàn văn bản\)\t\[INVALID_JSON\]/m);
    expect(out()).toMatch(/^d-met\.json\tĐạt\t/m);
    expect(out()).not.toContain("notes.txt");
    expect(out()).toContain("Tổng cộng 4 báo cáo: 1 đạt, 1 không đạt, 0 chưa đủ căn cứ, 2 không hợp lệ.");
  });

  it("--format json prints one JSON array, each element with its source and the full result", async () => {
    const { io, out } = fakeIo();
    expect(await runMain(["evaluate", dir, "--format", "json"], io)).toBe(2);
    const items = JSON.parse(out()) as { source: string; ok: boolean; verdict?: string; result?: unknown; error?: { code: string; issues: { path: string }[] } }[];
    expect(items.map((i) => [i.source, i.ok])).toEqual([
      ["a-thap-muoi.json", true],
      ["b-over.json", false],
      ["c-broken.json", false],
      ["d-met.json", true],
    ]);
    expect(items[0]?.result).toEqual(JSON.parse(JSON.stringify(evaluate(thapMuoi()))));
    expect(items[1]?.error?.issues.map((i) => i.path)).toContain("/indicators/2.1.1/good");
  });

  it("an empty directory is a usage error (exit 2), with an empty JSON array", async () => {
    const empty = join(root, "empty");
    mkdirSync(empty);
    const { io, out, err } = fakeIo();
    expect(await runMain(["evaluate", empty, "--format", "json"], io)).toBe(2);
    expect(JSON.parse(out())).toEqual([]);
    expect(err()).toContain("No reports");
  });
});

describe("huyen-hoc-tap evaluate <file.jsonl>", () => {
  it("locates each report by file and line number (blank lines are skipped but counted)", async () => {
    const { io, out } = fakeIo();
    expect(await runMain(["evaluate", jsonl, "--lang", "en"], io)).toBe(2);
    const text = out();
    expect(text).toMatch(/^reports\.jsonl:1\tMet\t/m);
    expect(text).toMatch(/^reports\.jsonl:3\tCannot conclude: insufficient data\t.*Conclusion/m);
    expect(text).toMatch(/^reports\.jsonl:4\tInvalid\tREPORT_INVALID/m);
    expect(text).toMatch(/^reports\.jsonl:4\t {2}\/indicators\/3\.1\.1\/previousRate\t\[NUMBER_AS_STRING\]/m);
    expect(text).toContain("3 reports: 1 met, 0 not met, 1 insufficient data, 1 invalid.");
  });

  it("the status column shows the verdict in the chosen language, never the raw code; json and jsonl keep the codes", async () => {
    const mixed = write("mixed-verdicts.jsonl", [met, thapMuoi(), insufficient, { district: 1 }, "{ nope"].map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n"));
    const status = (text: string): string[] => text.split("\n").filter((l) => /^mixed-verdicts\.jsonl:\d+\t[^ ]/.test(l)).map((l) => l.split("\t")[1] as string);
    const vi = fakeIo();
    expect(await runMain(["evaluate", mixed, "--lang", "vi"], vi.io)).toBe(2);
    expect(status(vi.out())).toEqual(["Đạt", "Không đạt", "Chưa đủ căn cứ kết luận", "Không hợp lệ", "Không hợp lệ"]);
    const en = fakeIo();
    await runMain(["evaluate", mixed, "--lang", "en"], en.io);
    expect(status(en.out())).toEqual(["Met", "Not met", "Cannot conclude: insufficient data", "Invalid", "Invalid"]);
    for (const text of [vi.out(), en.out()]) expect(text).not.toMatch(/\t(met|not_met|insufficient_data|invalid)\t/);
    const jsonl = fakeIo();
    await runMain(["evaluate", mixed, "--format", "jsonl", "--lang", "en"], jsonl.io);
    const records = jsonl.out().trim().split("\n").map((l) => JSON.parse(l) as { ok: boolean; verdict?: string });
    expect(records.map((r) => r.verdict ?? "invalid")).toEqual(["met", "not_met", "insufficient_data", "invalid", "invalid"]);
    const json = fakeIo();
    await runMain(["evaluate", mixed, "--format", "json"], json.io);
    expect((JSON.parse(json.out()) as { verdict?: string }[]).map((r) => r.verdict)).toEqual(["met", "not_met", "insufficient_data", undefined, undefined]);
  });

  it("--format jsonl prints one JSON object per line", async () => {
    const { io, out } = fakeIo();
    await runMain(["evaluate", jsonl, "--format", "jsonl"], io);
    const records = out().trim().split("\n").map((l) => JSON.parse(l) as { source: string; ok: boolean; verdict?: string });
    expect(records.map((r) => [r.source, r.ok, r.verdict])).toEqual([
      ["reports.jsonl:1", true, "met"],
      ["reports.jsonl:3", true, "insufficient_data"],
      ["reports.jsonl:4", false, undefined],
    ]);
  });

  it("exit code is the worst verdict when every report is valid: 0 all met, 3 insufficient, 1 not met", async () => {
    expect(await runMain(["evaluate", allMet], fakeIo().io)).toBe(0);
    expect(await runMain(["evaluate", someInsufficient], fakeIo().io)).toBe(3);
    const notMet = write("not-met.jsonl", `${JSON.stringify(insufficient)}\n${JSON.stringify(thapMuoi())}\n${JSON.stringify(met)}\n`);
    expect(await runMain(["evaluate", notMet], fakeIo().io)).toBe(1);
    expect(await runMain(["evaluate", notMet, "--exit-zero"], fakeIo().io)).toBe(0);
    expect(await runMain(["evaluate", jsonl, "--exit-zero"], fakeIo().io)).toBe(2);
  });

  it.each([
    [{ met: 1, not_met: 1, insufficient_data: 1, invalid: 1 }, 2],
    [{ met: 1, not_met: 1, insufficient_data: 1, invalid: 0 }, 1],
    [{ met: 1, not_met: 0, insufficient_data: 1, invalid: 0 }, 3],
    [{ met: 1, not_met: 0, insufficient_data: 0, invalid: 0 }, 0],
  ])("batchExitCode(%j) = %i", (counts, code) => {
    expect(batchExitCode(counts)).toBe(code);
  });

  it("judges with --pack, and refuses a bad option with the batch help", async () => {
    const { io, out } = fakeIo();
    const variant = JSON.parse(JSON.stringify(listPacks()[0]?.pack)) as RulePack;
    (variant.thresholds["minPovertyRateFall"] as { value: number }).value = 0.4;
    const packFile = write("lenient.json", variant);
    const thap = write("thap.jsonl", `${JSON.stringify(thapMuoi())}\n`);
    const expected = evaluate(thapMuoi(), { pack: variant }).verdict;
    expect(expected).not.toBe("not_met");
    expect(await runMain(["evaluate", thap, "--pack", packFile], io)).toBe(expected === "met" ? 0 : 3);
    expect(out()).toMatch(new RegExp(`^thap\\.jsonl:1\\t${expected === "met" ? "Đạt" : "Chưa đủ căn cứ kết luận"}\\t`, "m"));
    const bad = fakeIo();
    expect(await runMain(["evaluate", thap, "--format", "markdown"], bad.io)).toBe(2);
    expect(bad.err()).toContain("--format: text | json | jsonl");
  });
});

describe("progress bar", () => {
  const big = write("big.jsonl", generateReports(40, { seed: 3 }).map((r) => JSON.stringify(r)).join("\n"));
  const clock = (): (() => number) => {
    let t = 0;
    return () => (t += 50);
  };

  it("is drawn on stderr on a terminal once the run is long, then erased; stdout is untouched", async () => {
    const { io, out, err } = fakeIo();
    const code = await runBatch([big, "--format", "jsonl"], { ...io, stderr: Object.assign(io.stderr, { isTTY: true }), now: clock() });
    expect(code).not.toBe(2);
    expect(err()).toMatch(/\r\[#+\.*\] \d+% \d+ báo cáo/);
    expect(err().endsWith("\r\x1b[K")).toBe(true);
    expect(out()).not.toContain("\r");
    expect(out().trim().split("\n")).toHaveLength(40);
  });

  it("is drawn while simulate reads its reports too, erased at the end, before the invalid reports are listed", async () => {
    const { io, out, err } = fakeIo();
    const mixed = write("mixed.jsonl", `${generateReports(30, { seed: 4 }).map((r) => JSON.stringify(r)).join("\n")}\nnot json\n`);
    const pack = write("sim-pack.json", listPacks()[0]?.pack);
    const code = await runMain(["simulate", mixed, "--pack", pack], { ...io, stderr: Object.assign(io.stderr, { isTTY: true }), now: clock() } as never);
    expect(code).toBe(0);
    expect(err()).toMatch(/\r\[#+\.*\] \d+% \d+ báo cáo/);
    // Erased once reading is done; then the invalid reports, in input order, and no bar after them.
    expect(err()).toMatch(/\r\x1b\[Kmixed\.jsonl:31\tREPORT_INVALID[^\r]*$/);
    expect(out()).not.toContain("\r");
  });

  it("is not drawn when result lines go to the same terminal (they would run into the bar); simulate still draws it", async () => {
    const { io, out, err } = fakeIo();
    const tty = { stdout: Object.assign(io.stdout, { isTTY: true }), stderr: Object.assign(io.stderr, { isTTY: true }) };
    expect(await runBatch([big], { ...tty, now: clock() })).not.toBe(2);
    expect(err()).toBe("");
    expect(out()).not.toContain("\r");
    expect(out()).toMatch(/^big\.jsonl:1\t/);
    // simulate writes its table only at the end, after the bar is erased: the bar is useful there.
    const sim = fakeIo();
    const pack = write("sim-pack-tty.json", listPacks()[0]?.pack);
    const simTty = { stdout: Object.assign(sim.io.stdout, { isTTY: true }), stderr: Object.assign(sim.io.stderr, { isTTY: true }) };
    expect(await runMain(["simulate", big, "--pack", pack], { ...simTty, now: clock() } as never)).toBe(0);
    expect(sim.err()).toMatch(/\r\[#+\.*\] \d+% \d+ báo cáo/);
  });

  it("is never drawn when stderr is not a terminal", async () => {
    const { io, err } = fakeIo();
    await runBatch([big], { ...io, now: clock() });
    expect(err()).toBe("");
  });
});

describe("huyen-hoc-tap simulate", () => {
  const reports = generateReports(120, { seed: 9, invalidShare: 0.05 });
  const input = write("sim.jsonl", `${reports.map((r) => JSON.stringify(r)).join("\n")}\nnot json\n`);
  const base = listPacks()[0]?.pack as RulePack;
  const variant = JSON.parse(JSON.stringify(base)) as RulePack;
  (variant.thresholds["minPovertyRateFall"] as { value: number }).value = 1;
  const a = write("pilot.json", base);
  const b = write("one-point.json", variant);

  it("--format json prints what simulate() returns, unreadable lines counted invalid and reported on stderr", async () => {
    const { io, out, err } = fakeIo();
    expect(await runMain(["simulate", input, "--pack", a, "--pack", b, "--format", "json"], io)).toBe(0);
    const variants = JSON.parse(out()) as SimulationVariant[];
    expect(variants.map((v) => v.name)).toEqual(["pilot.json", "one-point.json"]);
    expect(variants[0]?.total).toBe(121);
    const invalidGenerated = reports.filter((r) => {
      try {
        evaluate(r);
        return false;
      } catch {
        return true;
      }
    }).length;
    expect(variants[0]?.invalid).toBe(invalidGenerated + 1);
    expect(variants[1]?.indicators["3.1.1"]?.met).toBeGreaterThan(variants[0]?.indicators["3.1.1"]?.met ?? Infinity);
    expect(err()).toMatch(/^sim\.jsonl:121\tREPORT_INVALID/m);
    // The unreadable line is listed with its read error, not as a refused null.
    expect(variants[0]?.invalidReports.at(-1)).toMatchObject({ index: 120, error: { issues: [{ code: "INVALID_JSON" }] } });
  });

  it("locates each invalid report on stderr like a batch does, once when every pack refuses it, stdout's table intact", async () => {
    const { io, out, err } = fakeIo();
    expect(await runMain(["simulate", input, "--pack", a, "--pack", b], io)).toBe(0);
    const [variant] = simulate(reports, [base]);
    const expected = (variant?.invalidReports ?? []).map((r) => r.index + 1);
    expect(expected.length).toBeGreaterThan(0);
    const heads = err().split("\n").filter((l) => /^sim\.jsonl:\d+\tREPORT_INVALID: /.test(l));
    // Each once (both packs share the report schema), in input order: the unreadable line 121 last.
    expect(heads.map((l) => Number(/:(\d+)\t/.exec(l)?.[1]))).toEqual([...expected, 121]);
    for (const line of expected) {
      const issue = variant?.invalidReports.find((r) => r.index === line - 1)?.error.issues[0];
      const at = `sim.jsonl:${line}\t  ${issue?.path || "(toàn văn bản)"}\t[${issue?.code}] ${issue?.message.vi}`;
      expect(err()).toContain(at);
    }
    expect(err()).not.toContain("theo bộ quy tắc");
    expect(out()).not.toContain("REPORT_INVALID");
    expect(out()).toMatch(/^Mô phỏng trên 121 báo cáo\n/);
  });

  it("names the packs that refuse a report when not every pack does", async () => {
    const strict = JSON.parse(JSON.stringify(base)) as RulePack;
    const indicators = (strict.reportSchema as { properties: { indicators: { properties: Record<string, { properties: Record<string, { maximum?: number }> }> } } }).properties.indicators.properties;
    (indicators["3.1.1"]?.properties["previousRate"] as { maximum: number }).maximum = 50;
    const s = write("strict.json", strict);
    const high = write("high.jsonl", `${JSON.stringify(met)}\n${JSON.stringify(reportWith({ "3.1.1": { previousRate: 60, currentRate: 58 } }))}\n`);
    const { io, err } = fakeIo();
    expect(await runMain(["simulate", high, "--pack", a, "--pack", s, "--lang", "en"], io)).toBe(0);
    expect(err()).toMatch(/^high\.jsonl:2\tREPORT_INVALID: .* \(under strict\.json\)\nhigh\.jsonl:2\t {2}\/indicators\/3\.1\.1\/previousRate\t\[/m);
    expect(err()).not.toContain("pilot.json");
  });

  it("text: a column per pack, conclusions and the districts meeting each indicator, with the change", async () => {
    const { io, out } = fakeIo();
    expect(await runMain(["simulate", input, "--pack", a, "--pack", b, "--lang", "en"], io)).toBe(0);
    const text = out();
    expect(text).toContain("Simulation over 121 reports");
    expect(text).toMatch(/pilot\.json +one-point\.json/);
    expect(text).toMatch(/Conclusion met +\d+ +\d+ \(\+\d+\)/);
    expect(text).toMatch(/ {2}3\.1\.1 +\d+ \(.*\) +\d+ \(\+\d+\)/);
    expect(text.split("\n").filter((l) => /^ {2}\d\.\d\.\d /.test(l))).toHaveLength(16);
  });

  it("writes counts the Vietnamese way: 1.210 báo cáo (and 1,210 reports in English)", async () => {
    const many = write("many.json", Array.from({ length: 1210 }, () => met));
    const vi = fakeIo();
    expect(await runMain(["simulate", many, "--pack", a, "--pack", b], vi.io)).toBe(0);
    expect(vi.out()).toContain("Mô phỏng trên 1.210 báo cáo");
    expect(vi.out()).toMatch(/^Kết luận đạt +1\.210 +1\.210$/m);
    const en = fakeIo();
    expect(await runMain(["simulate", many, "--pack", a, "--lang", "en"], en.io)).toBe(0);
    expect(en.out()).toContain("Simulation over 1,210 reports");
    const batch = fakeIo();
    expect(await runMain(["evaluate", many], batch.io)).toBe(0);
    expect(batch.out()).toContain("Tổng cộng 1.210 báo cáo: 1.210 đạt, 0 không đạt, 0 chưa đủ căn cứ, 0 không hợp lệ.");
  });

  it("evaluate on a .json file holding an array judges it as a batch, each report located by its index", async () => {
    const two = write("two.json", `\uFEFF\n  ${JSON.stringify([met, { district: 1 }])}`);
    const { io, out } = fakeIo();
    expect(await runMain(["evaluate", two], io)).toBe(2);
    expect(out()).toMatch(/^two\.json#\/0\tĐạt\t/m);
    expect(out()).toMatch(/^two\.json#\/1\tKhông hợp lệ\tREPORT_INVALID: /m);
    expect(out()).toMatch(/^two\.json#\/1\t {2}\/district\t\[WRONG_TYPE\]/m);
    const one = fakeIo();
    expect(await runMain(["evaluate", write("single.json", met), "--format", "json"], one.io)).toBe(0);
    expect(JSON.parse(one.out())).toMatchObject({ verdict: "met" }); // one report stays one result, not a batch
  });

  it("reads a .json file as one report, or as an array of reports located by their index", async () => {
    const one = write("one.json", reports[0]);
    let run = fakeIo();
    expect(await runMain(["simulate", one, "--pack", a, "--format", "json"], run.io)).toBe(0);
    expect((JSON.parse(run.out()) as SimulationVariant[])[0]?.total).toBe(1);
    expect(run.err()).toBe("");
    const many = write("many.json", [...reports.slice(0, 30), { district: 42 }]);
    run = fakeIo();
    expect(await runMain(["simulate", many, "--pack", a, "--format", "json"], run.io)).toBe(0);
    const [variant] = JSON.parse(run.out()) as SimulationVariant[];
    expect(variant?.total).toBe(31);
    expect(variant?.invalid).toBeGreaterThanOrEqual(1);
    const [expected] = simulate([...reports.slice(0, 30), { district: 42 }], [base]);
    // What simulate() returns, each invalid report also located by its source (as evaluate --format jsonl locates it).
    const invalidReports = expected?.invalidReports.map((r) => ({ source: `many.json#/${r.index}`, ...r }));
    expect(variant).toEqual({ ...expected, name: "pilot.json", invalidReports });
    // A file that is not JSON is one unreadable input, located at its name.
    const broken = write("broken.json", "{ not json");
    run = fakeIo();
    expect(await runMain(["simulate", broken, "--pack", a, "--format", "json"], run.io)).toBe(0);
    expect(run.err()).toMatch(/^broken\.json\tREPORT_INVALID/m);
  });

  it("needs at least one --pack and one input", async () => {
    const { io, err } = fakeIo();
    expect(await runMain(["simulate", input], io)).toBe(2);
    expect(err()).toContain("--pack");
    expect(await runMain(["simulate", "--pack", a], fakeIo().io)).toBe(2);
  });
});
