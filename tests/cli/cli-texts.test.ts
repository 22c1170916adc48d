import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BATCH_USAGE } from "../../src/cli/batch.js";
import { issuePath } from "../../src/cli/issue-path.js";
import { runMain } from "../../src/cli/main.js";
import { PACK_USAGE } from "../../src/cli/pack-command.js";
import { SIMULATE_USAGE } from "../../src/cli/simulate-command.js";
import { USAGE } from "../../src/cli/usage.js";
import { listPacks } from "../../src/index.js";
import { fakeIo, repoPath } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "hht-cli-texts-"));
const fixture = repoPath("tests/fixtures/thap-muoi-2022.json");
const pilot = repoPath("rules/huyen-hoc-tap/2021.json");
const illustration = repoPath("tests/fixtures/packs/huyen-hoc-tap-illustration.json");

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const f = fakeIo();
  const code = await runMain(argv, f.io);
  return { code, out: f.out(), err: f.err() };
}

describe("help texts: Vietnamese first, then English", () => {
  it("--exit-zero is explained in Vietnamese first, in every help", () => {
    expect(USAGE).toContain("--exit-zero: 0 khi đã có kết luận / 0 whenever a verdict was reached.");
    expect(BATCH_USAGE).toContain("--exit-zero: 0 khi mọi báo cáo đều được chấm (vẫn 2 nếu có báo cáo không hợp lệ) / 0 whenever every report was");
  });

  it("the main help lists every option simulate takes, and the pack commands", () => {
    const simulate = USAGE.slice(USAGE.indexOf("huyen-hoc-tap simulate"), USAGE.indexOf("huyen-hoc-tap explain"));
    for (const option of ["--pack", "--format text|json", "--lang vi|en"]) expect(simulate).toContain(option);
    expect(USAGE).toContain("huyen-hoc-tap pack list|validate|diff|test|keygen|sign|verify");
  });

  it.each([
    ["USAGE", USAGE],
    ["BATCH_USAGE", BATCH_USAGE],
    ["SIMULATE_USAGE", SIMULATE_USAGE],
    ["PACK_USAGE", PACK_USAGE],
  ])("%s: no English-only explanation (these words always follow their Vietnamese)", (_, text) => {
    // Each English phrase that explains something comes after a " / " (its Vietnamese before it).
    for (const phrase of ["otherwise the worst verdict", "whenever", "a pack test failed", "invalid reports are counted"]) {
      const at = text.indexOf(phrase);
      if (at >= 0) expect(text.slice(Math.max(0, at - 120), at), phrase).toContain(" / ");
    }
  });
});

describe("dates and codes in the CLI's human text", () => {
  it("pack list writes its dates as 12/11/2021", async () => {
    const { code, out } = await run("pack", "list");
    expect(code).toBe(0);
    expect(out).toContain(`huyen-hoc-tap\t2021.1.0\t12/11/2021 → 11/02/2024\t2021–2023\t${listPacks()[0]?.digest}`);
  });

  it.each([
    [["pack", "list"]],
    [["pack", "validate", pilot]],
    [["pack", "diff", pilot, illustration]],
    [["pack", "diff", pilot, illustration, "--lang", "en"]],
    [["pack", "test", illustration]],
    [["explain"]],
    [["explain", "--lang", "en"]],
    [["evaluate", fixture]],
    [["evaluate", fixture, "--lang", "en", "--trace"]],
  ])("%j: no ISO date (YYYY-MM-DD) in text for people", async (argv) => {
    const { out, err } = await run(...argv);
    expect(out.length).toBeGreaterThan(0);
    expect(`${out}${err}`).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });

  it("batch text shows the verdict labels, not the codes", async () => {
    const file = join(dir, "one.jsonl");
    writeFileSync(file, `${JSON.stringify(JSON.parse(readFileSync(fixture, "utf8")))}\n`);
    expect((await run("evaluate", file)).out).toMatch(/^one\.jsonl:1\tKhông đạt\t/);
    expect((await run("evaluate", file, "--lang", "en")).out).toMatch(/^one\.jsonl:1\tNot met\t/);
  });
});

describe("issue paths", () => {
  it("the empty JSON pointer is written in words, never as / (another pointer)", () => {
    expect(issuePath("", "vi")).toBe("(toàn văn bản)");
    expect(issuePath("", "en")).toBe("(whole document)");
    expect(issuePath("")).toBe("(toàn văn bản / whole document)");
    expect(issuePath("/indicators/3.1.1", "vi")).toBe("/indicators/3.1.1");
  });

  it("evaluate <broken.json> prints the root issue as (toàn văn bản / whole document)", async () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "nope");
    const { code, err } = await run("evaluate", broken);
    expect(code).toBe(2);
    expect(err).toContain("  (toàn văn bản / whole document)  [INVALID_JSON] ");
    expect(err).not.toMatch(/^ {2}\/ {2}\[/m);
  });

  it("simulate prints an unreadable report's root issue the same way, in the chosen language", async () => {
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, "nope\n");
    const { err } = await run("simulate", file, "--pack", pilot, "--lang", "en");
    expect(err).toMatch(/^bad\.jsonl:1\t {2}\(whole document\)\t\[INVALID_JSON\] /m);
  });
});
