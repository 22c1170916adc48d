import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { evaluate } from "../../src/index.js";
import { fakeIo, repoPath, reportWith, thapMuoi } from "../helpers.js";

const fixture = repoPath("tests/fixtures/thap-muoi-2022.json");
const dir = mkdtempSync(join(tmpdir(), "hht-cli-"));
const write = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};

describe("huyen-hoc-tap evaluate", () => {
  it("prints every indicator with its reason, the summary and the conclusion; exit 1 for Tháp Mười", async () => {
    const { io, out } = fakeIo();
    expect(await runMain(["evaluate", fixture], io)).toBe(1);
    const text = out();
    for (const r of evaluate(thapMuoi()).indicators) expect(text).toContain(r.reason.vi);
    expect(text).toContain("Số chỉ báo chưa đạt: 01 (chỉ báo 3.1.1)");
    expect(text).toContain("Kết luận: Không đạt, do chỉ báo 3.1.1 chưa đạt.");
  });

  it("--format json prints exactly the result object", async () => {
    const { io, out } = fakeIo();
    expect(await runMain(["evaluate", fixture, "--format", "json"], io)).toBe(1);
    expect(JSON.parse(out())).toEqual(JSON.parse(JSON.stringify(evaluate(thapMuoi()))));
  });

  it("--lang en prints English", async () => {
    const { io, out } = fakeIo();
    await runMain(["evaluate", fixture, "--lang", "en"], io);
    expect(out()).toContain("Conclusion: Not met, because indicator 3.1.1 is not met.");
  });

  it("--format markdown prints the appendix as a table", async () => {
    const { io, out } = fakeIo();
    expect(await runMain(["evaluate", fixture, "--format", "markdown"], io)).toBe(1);
    expect(out()).toMatch(/^\|.*3\.1\.1.*\|$/m);
    expect(out().replace(/\*/g, "")).toContain("Kết luận: Không đạt, do chỉ báo 3.1.1 chưa đạt.");
  });

  it("exit 0 when met, 3 when data is insufficient, and 0 with --exit-zero", async () => {
    const indicators: Record<string, unknown> = {};
    for (const id of ["1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3", "3.2.1"]) indicators[id] = { evidence: [{ ref: "1/KH" }] };
    for (const id of ["2.1.1", "2.1.2", "2.2.1", "2.2.2", "2.2.3", "2.2.4", "3.1.2", "3.2.3"]) indicators[id] = { percent: 100 };
    indicators["3.1.1"] = { previousRate: 3.3, currentRate: 1.8 };
    indicators["3.2.2"] = { students: 2001, affected: 1 };
    expect(await runMain(["evaluate", write("met.json", reportWith(indicators))], fakeIo().io)).toBe(0);
    expect(await runMain(["evaluate", write("partial.json", reportWith({}))], fakeIo().io)).toBe(3);
    expect(await runMain(["evaluate", fixture, "--exit-zero"], fakeIo().io)).toBe(0);
  });

  it("exit 2 with every issue and its path for an invalid report", async () => {
    const { io, err } = fakeIo();
    const path = write("bad.json", reportWith({ "2.1.1": { total: 10, good: 8, fair: 3 }, "3.1.1": { previousRate: "1,83" } }));
    expect(await runMain(["evaluate", path], io)).toBe(2);
    expect(err()).toContain("REPORT_INVALID");
    expect(err()).toContain("/indicators/2.1.1/good");
    expect(err()).toContain("/indicators/3.1.1/previousRate");
  });

  it("exit 2 for bad JSON, duplicate keys, a missing file, and bad usage", async () => {
    const cases: string[][] = [
      ["evaluate", write("broken.json", "{ nope")],
      ["evaluate", write("dup.json", '{"district":"a","district":"b","province":"p","year":2022,"indicators":{}}')],
      ["evaluate", join(dir, "does-not-exist.json")],
      ["evaluate"],
      ["evaluate", fixture, "--format", "pdf"],
      ["evaluate", fixture, "--lang", "fr"],
      ["evaluate", fixture, "--bogus"],
      ["frobnicate"],
      [],
    ];
    for (const argv of cases) {
      const { io, err } = fakeIo();
      expect(await runMain(argv, io), argv.join(" ")).toBe(2);
      expect(err().length).toBeGreaterThan(0);
    }
    const { io, err } = fakeIo();
    await runMain(["evaluate", join(dir, "dup.json")], io);
    expect(err()).toContain("DUPLICATE_KEY");
  });

  it("exit 2 with NO_PACK_FOR_YEAR for a year no pack covers", async () => {
    const { io, err } = fakeIo();
    expect(await runMain(["evaluate", write("2030.json", reportWith({}, 2030))], io)).toBe(2);
    expect(err()).toContain("NO_PACK_FOR_YEAR");
  });

  it("--pack judges with another pack", async () => {
    const pack = JSON.parse(JSON.stringify((await import("../../rules/huyen-hoc-tap/2021.json", { with: { type: "json" } })).default)) as Record<string, any>;
    pack["thresholds"].minPovertyRateFall.value = 0.4;
    const { io, out } = fakeIo();
    expect(await runMain(["evaluate", fixture, "--pack", write("pack.json", pack)], io)).toBe(3);
    expect(out()).toContain("3.1.1");
  });

  it("--version prints the version", async () => {
    const { io, out } = fakeIo();
    expect(await runMain(["--version"], io)).toBe(0);
    expect(out()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [["evaluate"], /^evaluate cần đúng một tệp báo cáo \/ evaluate takes exactly one report file$/],
    [["evaluate", fixture, "--lang", "fr"], /^--lang: vi \| en \(nhận được \/ got fr\)$/],
    [["evaluate", fixture, "--bogus"], /^Tùy chọn không hợp lệ \/ Invalid option: Unknown option '--bogus'/],
    [["evaluate", dir, "--format", "html"], /^--format: text \| json \| jsonl cho một lô \/ for a batch \(nhận được \/ got html\)$/],
    [["simulate", fixture], /^simulate cần ít nhất một \/ needs at least one --pack <pack.json>$/],
    [["explain", "x.json"], /^explain không nhận tệp \(dùng --pack <tệp>\) \/ explain takes no file argument/],
    [["pack", "validate", "--bogus"], /^Tùy chọn không hợp lệ \/ Invalid option: /],
  ])("says a usage mistake in Vietnamese, then English: %j (exit 2)", async (args, firstLine) => {
    const { io, err } = fakeIo();
    expect(await runMain(args as string[], io)).toBe(2);
    expect(err().split("\n")[0]).toMatch(firstLine);
  });
});
