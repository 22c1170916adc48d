import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { digestOf, listPacks } from "../../src/index.js";
import { readJson, repoPath } from "../helpers.js";

describe("the digest published beside each bundled pack", () => {
  const dir = repoPath("rules/huyen-hoc-tap");
  const sidecars = readdirSync(dir).filter((f) => f.endsWith(".digest.json"));

  it("exists for every pack file and is the digest of its canonical JSON", () => {
    const packs = readdirSync(dir).filter((f) => f.endsWith(".json") && !f.endsWith(".digest.json"));
    expect(sidecars.length).toBe(packs.length);
    for (const sidecar of sidecars) {
      const { pack, digest } = readJson<{ pack: string; digest: string }>(`rules/huyen-hoc-tap/${sidecar}`);
      expect(digest, `${sidecar}: regenerate with \`node -e\` + digestOf, see docs/rule-packs.md`).toBe(digestOf(JSON.parse(readFileSync(`${dir}/${pack}`, "utf8"))));
    }
  });

  it("is the digest the library reports for the bundled packs", () => {
    const published = sidecars.map((f) => readJson<{ digest: string }>(`rules/huyen-hoc-tap/${f}`).digest).sort();
    expect(listPacks().map((p) => p.digest).sort()).toEqual(published);
    for (const p of listPacks()) expect(p.digest).toBe(digestOf(p.pack));
  });
});
