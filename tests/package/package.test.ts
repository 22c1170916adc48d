import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoPath } from "../helpers.js";

const node = (args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, args, { cwd: repoPath(""), encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe("the built package, used as a consumer would", () => {
  it("works from an ES module", () => {
    const r = node([repoPath("tests/package/consumer.mjs")]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ verdict: "not_met", conclusion: "Kết luận: Không đạt, do chỉ báo 3.1.1 chưa đạt.", code: "PACK_INVALID", digest: true, packId: "huyen-hoc-tap", lite: true });
  });

  it("works from CommonJS", () => {
    const r = node([repoPath("tests/package/consumer.cjs")]);
    expect(r.stderr).toBe("");
    const pkg = JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as { version: string };
    expect(JSON.parse(r.stdout)).toEqual({ verdict: "not_met", conclusion: "Kết luận: Không đạt, do chỉ báo 3.1.1 chưa đạt.", code: "REPORT_INVALID", loadPackFile: "function", version: pkg.version, lite: true });
  });

  it("shares one registry of packs between the CommonJS entries (a pack verified through one is verified for the other)", () => {
    const r = node([repoPath("tests/package/shared-state.cjs")]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ main: true, node: true });
  });

  it("simulates over a file of reports without holding them all: 36 MB of reports in a 40 MB heap", () => {
    // Each report judged by every variant as it is read (src/batch/simulate.ts, Simulation): holding the 400 parsed
    // reports first ran this heap out (exit 134).
    const report = JSON.parse(readFileSync(repoPath("tests/fixtures/thap-muoi-2022.json"), "utf8")) as { indicators: Record<string, Record<string, unknown>> };
    for (const id of ["1.1.1", "1.1.2", "1.2.1"]) {
      report.indicators[id]!["evidence"] = Array.from({ length: 40 }, (_, i) => ({ ref: `${i}/KH-UBND`, date: "2022-03-01", title: "Kế hoạch ".repeat(40), description: "Mô tả chi tiết ".repeat(20) }));
    }
    const file = join(mkdtempSync(join(tmpdir(), "hht-simulate-")), "reports.jsonl");
    writeFileSync(file, `${JSON.stringify(report)}\n`.repeat(400));
    const r = node(["--max-old-space-size=40", repoPath("dist/cli/bin.cjs"), "simulate", file, "--pack", repoPath("rules/huyen-hoc-tap/2021.json"), "--format", "json"]);
    expect(r.status, r.stderr.slice(0, 300)).toBe(0);
    const [variant] = JSON.parse(r.stdout) as { total: number; invalid: number; verdicts: Record<string, number> }[];
    expect(variant).toMatchObject({ total: 400, invalid: 0, verdicts: { met: 0, not_met: 400, insufficient_data: 0 } });
  });

  it("runs the CLI binary with its exit codes", () => {
    const bin = repoPath("dist/cli/bin.cjs");
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
    const r = node([bin, "evaluate", repoPath("tests/fixtures/thap-muoi-2022.json")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("Kết luận: Không đạt, do chỉ báo 3.1.1 chưa đạt.");
    expect(node([bin, "evaluate", repoPath("package.json")]).status).toBe(2);
    expect(node([bin, "evaluate", repoPath("tests/fixtures/thap-muoi-2022.json"), "--exit-zero"]).status).toBe(0);
  });

  it("publishes types that need no @types/json-logic-js", () => {
    const dts = readdirSync(repoPath("dist"), { recursive: true }).map(String).filter((f) => /\.d\.c?ts$/.test(f));
    expect(dts.length).toBeGreaterThanOrEqual(4);
    for (const f of dts) expect(readFileSync(repoPath(`dist/${f}`), "utf8"), f).not.toMatch(/from ["']json-logic-js["']|import\(["']json-logic-js|RulesLogic/);
  });

  it("packs dist, rules, schemas, README, LICENSE and CHANGELOG", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: repoPath(""), encoding: "utf8" });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
    for (const f of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/lite.js", "dist/lite.cjs", "dist/lite.d.ts", "dist/lite.d.cts", "dist/node/index.js", "dist/node/index.cjs", "dist/cli/bin.cjs", "rules/huyen-hoc-tap/2021.json", "rules/schemas/pack.schema.json", "README.md", "LICENSE", "CHANGELOG.md", "package.json"]) {
      expect(files, f).toContain(f);
    }
    expect(files.some((f) => f.startsWith("src/") || f.startsWith("tests/"))).toBe(false);
  });
});
