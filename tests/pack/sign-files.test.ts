import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { fakeIo, repoPath } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "hht-sign-"));
const pack = join(dir, "pack.json");
writeFileSync(pack, readFileSync(repoPath("rules/huyen-hoc-tap/2021.json")));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { io, out, err } = fakeIo();
  const code = await runMain(["pack", ...args], io);
  return { code, out: out(), err: err() };
}

describe("pack sign and keygen never destroy a file", () => {
  it("keygen writes a pair, then refuses to write either key again, leaving no lone private key", async () => {
    const keys = join(dir, "keys");
    expect((await run("keygen", "--kid", "k1", "--out-dir", keys)).code).toBe(0);
    const before = readFileSync(join(keys, "k1.private.jwk.json"), "utf8");
    const again = await run("keygen", "--kid", "k1", "--out-dir", keys);
    expect(again.code).toBe(2);
    expect(again.err).toContain("không bao giờ ghi đè một khóa");
    expect(readFileSync(join(keys, "k1.private.jwk.json"), "utf8")).toBe(before);
    // Only the public key there: no private key is written beside it.
    const lone = join(dir, "lone");
    mkdirSync(lone);
    writeFileSync(join(lone, "k1.public.jwk.json"), readFileSync(join(keys, "k1.public.jwk.json")));
    expect((await run("keygen", "--kid", "k1", "--out-dir", lone)).code).toBe(2);
    expect(readdirSync(lone)).toEqual(["k1.public.jwk.json"]);
  });

  it("keygen with a kid of dots writes no hidden file", async () => {
    const keys = join(dir, "dots");
    expect((await run("keygen", "--kid", "..", "--out-dir", keys)).code).toBe(0);
    expect(readdirSync(keys).every((f) => !f.startsWith("."))).toBe(true);
  });

  it("sign refuses to write over the key or the pack, even with --force, and over a signature without --force", async () => {
    const keys = join(dir, "keys");
    const key = join(keys, "k1.private.jwk.json");
    const keyText = readFileSync(key, "utf8");
    const packText = readFileSync(pack, "utf8");
    for (const out of [key, pack]) {
      for (const force of [[], ["--force"]]) {
        const r = await run("sign", pack, "--key", key, "--out", out, ...force);
        expect(r.code).toBe(2);
        expect(r.err).toContain("not written over it");
      }
    }
    expect(readFileSync(key, "utf8")).toBe(keyText);
    expect(readFileSync(pack, "utf8")).toBe(packText);
    expect((await run("sign", pack, "--key", key)).code).toBe(0);
    const second = await run("sign", pack, "--key", key);
    expect(second.code).toBe(2);
    expect(second.err).toContain("--force");
    expect((await run("sign", pack, "--key", key, "--force")).code).toBe(0);
  });

  it("sign into a folder that does not exist: exit 2, said in both languages, no usage text", async () => {
    const r = await run("sign", pack, "--key", join(dir, "keys", "k1.private.jwk.json"), "--out", join(dir, "nope", "x.sig.json"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("Không ghi được");
    expect(r.err).toContain("Cannot write");
    expect(r.err).not.toContain("Cách dùng");
    expect(existsSync(join(dir, "nope"))).toBe(false);
  });
});
