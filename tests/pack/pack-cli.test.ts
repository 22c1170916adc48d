import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { listPacks } from "../../src/index.js";
import type { PackDiff, PackTestRun, RulePack } from "../../src/index.js";
import { fakeIo, repoPath } from "../helpers.js";

const PILOT = repoPath("rules/huyen-hoc-tap/2021.json");
const ILLUSTRATION = repoPath("tests/fixtures/packs/huyen-hoc-tap-illustration.json");
const dir = mkdtempSync(join(tmpdir(), "hht-cli-"));
const readJson = <T = unknown>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const f = fakeIo();
  const code = await runMain(["pack", ...argv], f.io);
  return { code, out: f.out(), err: f.err() };
}
function writePack(name: string, change: (p: RulePack) => void): string {
  const pack = JSON.parse(readFileSync(PILOT, "utf8")) as RulePack;
  change(pack);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(pack, null, 2));
  return path;
}

describe("pack list / validate", () => {
  it("lists the bundled versions with their dates and digests", async () => {
    const { code, out } = await run("list");
    expect(code).toBe(0);
    expect(out).toContain(`huyen-hoc-tap\t2021.1.0\t12/11/2021 → 11/02/2024\t2021–2023\t${listPacks()[0]?.digest}`);
  });

  it("validates a good pack (0) and prints its digest", async () => {
    const { code, out } = await run("validate", ILLUSTRATION);
    expect(code).toBe(0);
    expect(out).toMatch(/^OK: huyen-hoc-tap 2024\.0\.0-minh-hoa sha256:[0-9a-f]{64} \(119 ca kiểm thử \/ test cases\)\n$/);
  });

  it("refuses an invalid pack (2), printing each problem with its path", async () => {
    const bad = writePack("bad.json", (p) => {
      p.thresholds["unused"] = { value: 1, unit: "count", label: { vi: "x", en: "x" } };
      p.effectiveTo = "2020-01-01";
    });
    const { code, err } = await run("validate", bad);
    expect(code).toBe(2);
    expect(err).toContain("PACK_INVALID: Bộ quy tắc không hợp lệ: 2 lỗi.");
    expect(err).toContain("  /thresholds/unused  [UNUSED_THRESHOLD]");
    expect(err).toContain("  /effectiveTo  [INVALID_DATE_RANGE]");
  });

  it("refuses a pack whose digest is not the expected one (2)", async () => {
    const good = await run("validate", PILOT, "--expected-digest", listPacks()[0]?.digest as string);
    expect(good.code).toBe(0);
    const { code, err } = await run("validate", PILOT, "--expected-digest", `sha256:${"1".repeat(64)}`);
    expect(code).toBe(2);
    expect(err).toContain("The rule pack's digest does not match");
  });
});

describe("pack diff", () => {
  it("prints exactly the worked example's three changes", async () => {
    const { code, out } = await run("diff", PILOT, ILLUSTRATION);
    expect(code).toBe(0);
    const changes = out.split("\n").filter((l) => l.startsWith("  - "));
    expect(changes).toHaveLength(3);
    expect(changes[0]).toContain("Chỉ báo 2.1.1: ngưỡng nâng 70% → 80%");
    expect(changes[1]).toContain("Chỉ báo 2.1.1 sửa lời văn");
    expect(changes[2]).toContain("Thêm chỉ báo 2.2.5");
    expect(out).toContain("3 thay đổi quy tắc:");
    expect(out.split("\n")[0]).toBe("huyen-hoc-tap 2021.1.0 → huyen-hoc-tap 2024.0.0-minh-hoa");
  });

  it("in English, and as JSON", async () => {
    const en = await run("diff", PILOT, ILLUSTRATION, "--lang", "en");
    expect(en.out).toContain("3 rule changes:\n  - Indicator 2.1.1: threshold raised 70% → 80%");
    expect(en.out).toContain("Identity (not counted as rule changes):\n  · Version: 2021.1.0 → 2024.0.0-minh-hoa");
    const json = await run("diff", PILOT, ILLUSTRATION, "--format", "json");
    const diff = JSON.parse(json.out) as PackDiff;
    expect(diff.changes.map((c) => c.kind)).toEqual(["threshold_changed", "indicator_reworded", "indicator_added"]);
  });

  it("says when nothing changed", async () => {
    const { code, out } = await run("diff", PILOT, PILOT, "--lang", "en");
    expect(code).toBe(0);
    expect(out).toBe("huyen-hoc-tap 2021.1.0 → huyen-hoc-tap 2021.1.0\nNo rule changes.\n");
  });

  it("is a usage error with one pack, a bad option value, or an invalid pack", async () => {
    expect((await run("diff", PILOT)).code).toBe(2);
    const lang = await run("diff", PILOT, ILLUSTRATION, "--lang", "fr");
    expect(lang.code).toBe(2);
    expect(lang.err).toContain("--lang: vi | en (nhận được / got fr)");
    expect((await run("diff", PILOT, ILLUSTRATION, "--format", "yaml")).code).toBe(2);
    expect((await run("diff", PILOT, ILLUSTRATION, "--colour")).code).toBe(2);
    expect((await run("diff", PILOT, join(dir, "missing.json"))).code).toBe(2);
  });
});

describe("pack test", () => {
  it("passes the pilot pack's own tests (0)", async () => {
    const { code, out } = await run("test", PILOT);
    expect(code).toBe(0);
    expect(out).toMatch(/\n114 ca kiểm thử đúng như mong đợi, 0 ca sai\.\n$/);
    expect(out).toContain("✓ 3.2.2: 1/2000 = đúng 0,05%");
  });

  it("fails (1) when a case fails, saying why", async () => {
    const failing = writePack("failing.json", (p) => {
      (p.thresholds["minShareFreeWifi"] as { value: number }).value = 75;
    });
    const { code, out } = await run("test", failing, "--lang", "en");
    expect(code).toBe(1);
    expect(out).toContain("✗ 2.2.4: 7/10 = 70%, đúng ngưỡng / at the threshold → met\n    - /tests/66/expect/indicators/2.2.4: indicator 2.2.4: expected “met”, got “not met”");
    expect(out).toMatch(/\n\d+ passed, [1-9]\d* failed\.\n$/);
    const json = JSON.parse((await run("test", failing, "--format", "json")).out) as PackTestRun;
    expect(json.failed).toBeGreaterThan(0);
    // Where the failing expectation is in the pack, beside the existing fields.
    const failed = json.results.find((r) => !r.ok);
    expect(failed).toMatchObject({ packPath: "/tests/66", problems: [{ code: "INDICATOR_MISMATCH", indicator: "2.2.4", packPath: "/tests/66/expect/indicators/2.2.4" }] });
  });

  it("warns when a pack has no tests", async () => {
    const none = writePack("none.json", (p) => {
      delete p.tests;
    });
    const { code, err } = await run("test", none, "--lang", "en");
    expect(code).toBe(0);
    expect(err).toBe("Warning: the pack has no test cases.\n");
  });
});

describe("pack keygen, sign and verify", () => {
  const keys = join(dir, "keys");
  let signed = "";

  beforeAll(async () => {
    expect((await run("keygen", "--kid", "bgddt-2024-1", "--out-dir", keys)).code).toBe(0);
    expect((await run("keygen", "--kid", "bgddt-2025-1", "--out-dir", keys)).code).toBe(0);
    signed = join(dir, "illustration.json");
    writeFileSync(signed, readFileSync(ILLUSTRATION));
  });

  it("keygen writes the two JWK files and never prints the private key", async () => {
    const { code, out, err } = await run("keygen", "--kid", "audit key/1", "--out-dir", keys);
    expect(code).toBe(0);
    const publicKey = JSON.parse(out) as Record<string, string>;
    expect(publicKey).toMatchObject({ kty: "OKP", crv: "Ed25519", kid: "audit key/1" });
    expect(out).not.toContain('"d"');
    const privatePath = join(keys, "audit_key_1.private.jwk.json");
    expect(err).toContain(privatePath);
    expect(readJson<Record<string, string>>(privatePath)).toMatchObject({ ...publicKey, d: expect.any(String) });
    expect(readJson(join(keys, "audit_key_1.public.jwk.json"))).toEqual(publicKey);
    if (process.platform !== "win32") expect(statSync(privatePath).mode & 0o777).toBe(0o600);
  });

  it("keygen into a path that is a file says it is not a folder (no --force, which keygen does not have)", async () => {
    const file = join(dir, "not-a-folder.json");
    writeFileSync(file, "{}");
    const { code, err } = await run("keygen", "--kid", "z", "--out-dir", file);
    expect(code).toBe(2);
    expect(err).toContain(`Cannot write into ${file}: it is not a folder`);
    expect(err).toContain(`Không ghi được vào ${file}: đây không phải một thư mục`);
    expect(err).not.toContain("--force");
  });

  it("keygen never overwrites a key, and prints the private key only when asked", async () => {
    const again = await run("keygen", "--kid", "bgddt-2024-1", "--out-dir", keys);
    expect(again.code).toBe(2);
    expect(again.err).toContain("never overwritten");
    const printed = await run("keygen", "--kid", "throwaway", "--print-private");
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.out)).toMatchObject({ publicKey: { kid: "throwaway" }, privateKey: { kid: "throwaway", d: expect.any(String) } });
    expect(existsSync("throwaway.private.jwk.json")).toBe(false);
  });

  it("sign writes <pack>.sig.json; verify accepts it (0) with one or several trusted keys", async () => {
    const sign = await run("sign", signed, "--key", join(keys, "bgddt-2024-1.private.jwk.json"));
    expect(sign.code).toBe(0);
    expect(sign.out).toContain(`→ ${signed}.sig.json`);
    expect(readJson(`${signed}.sig.json`)).toEqual({ alg: "Ed25519", keyId: "bgddt-2024-1", signature: expect.stringMatching(/^[\w-]{86}$/) });
    const verify = await run("verify", signed, "--public-key", join(keys, "bgddt-2025-1.public.jwk.json"), "--public-key", join(keys, "bgddt-2024-1.public.jwk.json"));
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/^Đã xác minh \/ Verified: huyen-hoc-tap 2024\.0\.0-minh-hoa sha256:[0-9a-f]{64} — khóa \/ key bgddt-2024-1\n$/);
  });

  it("verify accepts a JWK Set file and an explicit --signature, and --out names the signature file", async () => {
    const out = join(dir, "sig-elsewhere.json");
    expect((await run("sign", signed, "--key", join(keys, "bgddt-2025-1.private.jwk.json"), "--out", out)).code).toBe(0);
    const set = join(dir, "trusted.jwks.json");
    writeFileSync(set, JSON.stringify({ keys: [readJson(join(keys, "bgddt-2024-1.public.jwk.json")), readJson(join(keys, "bgddt-2025-1.public.jwk.json"))] }));
    const verify = await run("verify", signed, "--signature", out, "--public-key", set);
    expect(verify.code).toBe(0);
    expect(verify.out).toContain("key bgddt-2025-1");
  });

  it("verify fails (1) for a tampered pack or an untrusted key, with the reason", async () => {
    const tampered = join(dir, "tampered.json");
    const pack = JSON.parse(readFileSync(signed, "utf8")) as RulePack;
    (pack.thresholds["minShareLearningUnits"] as { value: number }).value = 70;
    writeFileSync(tampered, JSON.stringify(pack));
    const bad = await run("verify", tampered, "--signature", `${signed}.sig.json`, "--public-key", join(keys, "bgddt-2024-1.public.jwk.json"));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("SIGNATURE_INVALID: Chữ ký của bộ quy tắc không hợp lệ với khóa “bgddt-2024-1”");
    expect(bad.out).toBe("");
    const untrusted = await run("verify", signed, "--public-key", join(keys, "bgddt-2025-1.public.jwk.json"));
    expect(untrusted.code).toBe(1);
    expect(untrusted.err).toContain("which is not one of the trusted keys (bgddt-2025-1)");
  });

  it("verify is a usage error (2) without a public key, with a private key as trusted key, or with a missing signature", async () => {
    expect((await run("verify", signed)).code).toBe(2);
    const privateAsTrusted = await run("verify", signed, "--public-key", join(keys, "bgddt-2024-1.private.jwk.json"));
    expect(privateAsTrusted.code).toBe(2);
    // Located in its own file (it was "/0/d", the position in the list of every file's keys).
    expect(privateAsTrusted.err).toContain(`Public key file ${join(keys, "bgddt-2024-1.private.jwk.json")} is invalid: 1 problem.`);
    expect(privateAsTrusted.err).toContain("  /d  [PRIVATE_KEY_NOT_ALLOWED]");
    const set = join(dir, "mixed.jwks.json");
    writeFileSync(set, JSON.stringify({ keys: [readJson(join(keys, "bgddt-2024-1.public.jwk.json")), readJson(join(keys, "bgddt-2025-1.private.jwk.json"))] }));
    const mixed = await run("verify", signed, "--public-key", join(keys, "bgddt-2025-1.public.jwk.json"), "--public-key", set);
    expect(mixed.code).toBe(2);
    expect(mixed.err).toContain(`Tệp khóa công khai ${set} không hợp lệ: 1 lỗi.`);
    expect(mixed.err).toContain("  /keys/1/d  [PRIVATE_KEY_NOT_ALLOWED]");
    const empty = join(dir, "empty.jwks.json");
    writeFileSync(empty, JSON.stringify({ keys: [] }));
    const none = await run("verify", signed, "--public-key", empty);
    expect(none.code).toBe(2);
    expect(none.err).toContain("  /keys  [TOO_FEW_ITEMS]");
    const noSig = await run("verify", ILLUSTRATION, "--signature", join(dir, "nope.sig.json"), "--public-key", join(keys, "bgddt-2024-1.public.jwk.json"));
    expect(noSig.code).toBe(2);
    expect(noSig.err).toContain("Cannot read file");
  });

  it("sign is a usage error (2) without --key, with a public key, or with a file that is not JSON", async () => {
    expect((await run("sign", signed)).code).toBe(2);
    const publicKey = await run("sign", signed, "--key", join(keys, "bgddt-2024-1.public.jwk.json"));
    expect(publicKey.code).toBe(2);
    expect(publicKey.err).toContain("  /d  [MISSING_FIELD]");
    const notJson = join(dir, "not-json.jwk");
    writeFileSync(notJson, "kty=OKP");
    const bad = await run("sign", signed, "--key", notJson);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("is not valid JSON");
  });
});

describe("pack usage", () => {
  it("prints help (0) and refuses an unknown subcommand (2)", async () => {
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("huyen-hoc-tap pack verify <pack.json> --public-key");
    const unknown = await run("publish");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Unknown command: pack publish");
    expect((await run()).code).toBe(2);
    expect((await run("list", "extra")).code).toBe(2);
  });
});
