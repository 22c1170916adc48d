/*
 * A pack command that reads a pack file refuses an invalid one naming the file, in both languages, before its
 * issues (bug: `pack diff old.json new.json` printed the same `PACK_INVALID … /foo [UNKNOWN_FIELD]` whichever side
 * was bad). `pack validate` takes one file and says nothing more than its issues.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { fakeIo, repoPath } from "../helpers.js";

const PILOT = repoPath("rules/huyen-hoc-tap/2021.json");
const dir = mkdtempSync(join(tmpdir(), "hht-pack-named-"));
const BAD = join(dir, "bad.json");
writeFileSync(BAD, JSON.stringify({ ...(JSON.parse(readFileSync(PILOT, "utf8")) as object), foo: 1 }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const f = fakeIo();
  const code = await runMain(["pack", ...argv], f.io);
  return { code, out: f.out(), err: f.err() };
}

/** The refusal of BAD: its file named in both languages, then the issue. */
function expectNamed(err: string): void {
  const lines = err.split("\n");
  expect(lines[0]).toMatch(/^PACK_INVALID: Tệp .*bad\.json: Bộ quy tắc không hợp lệ/);
  expect(lines[0]).toContain(`Tệp ${BAD}: `);
  expect(lines[1]).toContain(`PACK_INVALID: File ${BAD}: `);
  expect(err).toContain("  /foo  [UNKNOWN_FIELD]");
}

// A key pair and the pilot pack signed with it, for every test of signatures below.
const keys = join(dir, "keys");
const signature = join(dir, "pilot.sig.json");
beforeAll(async () => {
  expect((await run("keygen", "--kid", "k1", "--out-dir", keys)).code).toBe(0);
  expect((await run("sign", PILOT, "--key", join(keys, "k1.private.jwk.json"), "--out", signature)).code).toBe(0);
});

describe("an invalid pack file is named", () => {

  it("pack diff: whichever side is bad", async () => {
    const newBad = await run("diff", PILOT, BAD);
    expect(newBad.code).toBe(2);
    expectNamed(newBad.err);
    const oldBad = await run("diff", BAD, PILOT);
    expect(oldBad.code).toBe(2);
    expectNamed(oldBad.err);
  });

  it("pack test, sign and verify", async () => {
    const runs = [
      await run("test", BAD),
      await run("sign", BAD, "--key", join(keys, "k1.private.jwk.json"), "--out", join(dir, "bad.sig.json")),
      await run("verify", BAD, "--public-key", join(keys, "k1.public.jwk.json"), "--signature", signature),
    ];
    for (const { code, out, err } of runs) {
      expect(code).toBe(2);
      expect(out).toBe("");
      expectNamed(err);
    }
  });

  it("pack validate: one file, its issues as before", async () => {
    const { code, err } = await run("validate", BAD);
    expect(code).toBe(2);
    expect(err).toMatch(/^PACK_INVALID: Bộ quy tắc không hợp lệ/);
    expect(err).toContain("  /foo  [UNKNOWN_FIELD]");
  });
});

describe("pack verify: a changed signature did not verify (exit code 1), a malformed file is invalid input (2)", () => {
  const verifyWith = async (change: (sig: Record<string, unknown>) => unknown): Promise<{ code: number; err: string }> => {
    const file = join(dir, `changed-${Math.random().toString(36).slice(2)}.sig.json`);
    writeFileSync(file, JSON.stringify(change(JSON.parse(readFileSync(signature, "utf8")) as Record<string, unknown>)));
    return run("verify", PILOT, "--public-key", join(keys, "k1.public.jwk.json"), "--signature", file);
  };

  it.each<[string, (text: string) => string]>([
    ["its last character", (t) => t.slice(0, -1) + (t.endsWith("A") ? "B" : "A")],
    ["its first character", (t) => (t.startsWith("A") ? "B" : "A") + t.slice(1)],
    ["cut short", (t) => t.slice(0, 40)],
  ])("a signature changed in %s: exit code 1, SIGNATURE_INVALID", async (_name, change) => {
    const { code, err } = await verifyWith((sig) => ({ ...sig, signature: change(sig["signature"] as string) }));
    expect(code).toBe(1);
    expect(err).toContain("SIGNATURE_INVALID");
  });

  it("a signature file without its signature: exit code 2", async () => {
    const { code, err } = await verifyWith(({ signature: _s, ...rest }) => rest);
    expect(code).toBe(2);
    expect(err).toContain("/signature");
  });
});

describe("pack validate warns when a new version shares a day with a bundled version of its framework", () => {
  const illustration = JSON.parse(readFileSync(repoPath("tests/fixtures/packs/huyen-hoc-tap-illustration.json"), "utf8")) as Record<string, unknown>;

  it("an overlap: the pack is valid (exit code 0), and stderr names both periods in vi and en", async () => {
    const file = join(dir, "overlapping.json");
    writeFileSync(file, JSON.stringify({ ...illustration, effectiveFrom: "2024-01-01" }));
    const { code, out, err } = await run("validate", file);
    expect(code).toBe(0);
    expect(out).toMatch(/^OK: huyen-hoc-tap 2024\.0\.0-minh-hoa /);
    expect(err).toContain("Cảnh báo: thời gian hiệu lực 01/01/2024 – 30/06/2025 của huyen-hoc-tap 2024.0.0-minh-hoa trùng với phiên bản 2021.1.0 (12/11/2021 – 11/02/2024)");
    expect(err).toContain("Warning: the period in force 01/01/2024 – 30/06/2025 of huyen-hoc-tap 2024.0.0-minh-hoa overlaps version 2021.1.0");
  });

  it("no overlap (the worked example as published), or another framework: no warning", async () => {
    const file = join(dir, "next.json");
    writeFileSync(file, JSON.stringify(illustration));
    expect(await run("validate", file)).toMatchObject({ code: 0, err: "" });
    const other = join(dir, "other-framework.json");
    writeFileSync(other, JSON.stringify({ ...illustration, id: "tinh-hoc-tap", effectiveFrom: "2024-01-01" }));
    expect(await run("validate", other)).toMatchObject({ code: 0, err: "" });
    expect((await run("validate", PILOT)).err).toBe("");
  });
});
