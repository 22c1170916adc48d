/*
 * A trace lists the figures a rule reads, each with its label. A rule may read a named threshold besides the one it
 * is compared with; only the pack knows that threshold's label, so the CLI's text and the appendix (`--format
 * markdown|html --trace`) give the pack to the trace (bug: such a threshold showed by its code name alone).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { fakeIo, repoPath } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "hht-trace-labels-"));
const fixture = repoPath("tests/fixtures/thap-muoi-2022.json");

/** The pilot pack where 3.1.1's measure also reads the threshold of 3.1.2: min(fall, minShareWasteTreated). */
function packFile(): string {
  const pack = JSON.parse(readFileSync(repoPath("rules/huyen-hoc-tap/2021.json"), "utf8")) as Record<string, any>;
  pack["version"] = "2099.0.0-trace";
  delete pack["tests"];
  for (const standard of pack["standards"]) {
    for (const criterion of standard.criteria) {
      for (const indicator of criterion.indicators) {
        if (indicator.rule.threshold === "minPovertyRateFall") {
          indicator.rule.measures[0].value = { min: [{ "-": [{ var: "previousRate" }, { var: "currentRate" }] }, { var: "minShareWasteTreated" }] };
        }
      }
    }
  }
  const path = join(dir, "pack.json");
  writeFileSync(path, JSON.stringify(pack));
  return path;
}

const LABEL = {
  vi: "minShareWasteTreated = 90 (Tỷ lệ tối thiểu chất thải rắn và nước thải được thu gom, xử lý theo quy định)",
  en: "minShareWasteTreated = 90 (Minimum share of solid waste and wastewater collected and treated as regulated)",
};

describe("a trace labels the named thresholds a rule reads besides its own", () => {
  const pack = packFile();
  it.each([
    ["text", "vi"],
    ["text", "en"],
    ["markdown", "vi"],
    ["html", "en"],
  ] as const)("evaluate --format %s --lang %s --trace --pack", async (format, lang) => {
    const { io, out } = fakeIo();
    await runMain(["evaluate", fixture, "--pack", pack, "--trace", "--format", format, "--lang", lang], io);
    expect(out()).toContain(LABEL[lang]);
  });
});
