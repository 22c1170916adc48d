/*
 * Every text the CLI writes for people (a batch's lines, a simulation, an explanation, a pack diff or test run, an
 * error with its issues) can carry a report's or a pack's text: a district, a file name, a report's key in an issue's
 * path, a pack's titles, wordings and notes. None may reach the terminal with a control character (ESC starting a
 * sequence, BEL, CR, NEL…) or a bidirectional formatting character (RLO reorders the rest of the line), and a line
 * break inside a value may not start a line of its own. JSON outputs stay the exact data (JSON escapes controls).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { displayLine, displayText } from "../../src/explain/display-text.js";
import type { RulePack } from "../../src/index.js";
import { fakeIo, repoPath, thapMuoi } from "../helpers.js";

/** Bidi formatting characters: embeddings, overrides, isolates, and the marks LRM, RLM, ALM. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** What no line of the terminal text may contain: any control character but tab and the LF that ends a line. */
const NOT_IN_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/u;
const REPLACEMENT = "\ufffd";
/** A district (or any text) that would turn the rest of the line red, reverse it, and start a line of its own. */
const HOSTILE = "A\u001b[31mB\u202e\r\nC\u0007\u0085";
/** What the CLI shows of it. */
const SHOWN = `A${REPLACEMENT}[31mB${REPLACEMENT} C${REPLACEMENT}${REPLACEMENT}`;

const root = mkdtempSync(join(tmpdir(), "hht-untrusted-cli-"));
const write = (path: string, content: unknown): string => {
  const full = join(root, path);
  writeFileSync(full, typeof content === "string" ? content : JSON.stringify(content));
  return full;
};

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const f = fakeIo();
  const code = await runMain(argv, f.io);
  return { code, out: f.out(), err: f.err() };
}

function expectSafe(text: string, what: string): void {
  expect(text, what).not.toMatch(NOT_IN_TERMINAL);
  expect(text, what).not.toMatch(BIDI);
}

/** A valid report with the hostile district and province. */
const hostileReport = (): Record<string, unknown> => ({ ...thapMuoi(), district: HOSTILE, province: HOSTILE });
/** An invalid report: a key the schema does not know (the path), holding the hostile text. */
const invalidReport = (): Record<string, unknown> => {
  const report = thapMuoi();
  (report.indicators["2.1.1"] as Record<string, unknown>)[`x${HOSTILE}`] = HOSTILE;
  return report;
};
/** The pilot pack with the hostile text in its title, a standard's title, an indicator's wording and note. */
function hostilePack(version = "2099.0.0-hostile"): RulePack {
  const pack = JSON.parse(readFileSync(repoPath("rules/huyen-hoc-tap/2021.json"), "utf8")) as RulePack & {
    standards: { title: { vi: string; en: string }; criteria: { indicators: { text: { vi: string; en: string }; note?: { vi: string; en: string } }[] }[] }[];
  };
  pack.version = version;
  pack.title = { vi: `Bộ ${HOSTILE}`, en: `Pack ${HOSTILE}` };
  const standard = pack.standards[0];
  const indicator = standard?.criteria[0]?.indicators[0];
  if (!standard || !indicator) throw new Error("the pilot pack has no indicator");
  standard.title = { vi: `Tiêu chuẩn ${HOSTILE}`, en: `Standard ${HOSTILE}` };
  indicator.text = { vi: `Chỉ báo ${HOSTILE}`, en: `Indicator ${HOSTILE}` };
  indicator.note = { vi: `Ghi chú ${HOSTILE}`, en: `Note ${HOSTILE}` };
  delete (pack as { tests?: unknown }).tests;
  return pack;
}

describe("displayText and displayLine (src/explain/display-text.ts)", () => {
  it("show controls, bidi formatting characters, lone surrogates and noncharacters as U+FFFD; keep tab and line breaks", () => {
    expect(displayText("a\u0000b\u001b[2Jc\u007f\u0085\u202e\u2067\u200f\u061c\ud800\ufdd0\t\n\r")).toBe(`a${REPLACEMENT}b${REPLACEMENT}[2Jc${REPLACEMENT.repeat(8)}\t\n\r`);
    expect(displayText("Tháp Mười, Đồng Tháp 😀")).toBe("Tháp Mười, Đồng Tháp 😀");
    // Invisible format characters too (zero-width space, word joiner, a byte-order mark inside, interlinear annotation,
    // tag characters), but not the soft hyphen and the zero-width joiners, which shape text and emoji.
    expect(displayText("A\u200bB\u2060C\ufeffD\ufff9E\u{e0041}F")).toBe(`A${REPLACEMENT}B${REPLACEMENT}C${REPLACEMENT}D${REPLACEMENT}E${REPLACEMENT}F`);
    expect(displayText("co\u00adop \u{1f468}\u200d\u{1f469} \u200c")).toBe("co\u00adop \u{1f468}\u200d\u{1f469} \u200c");
  });

  it("displayLine also turns each line break (CR, LF, CRLF, U+2028, U+2029) into one space", () => {
    expect(displayLine("a\r\nb\nc\rd\u2028e\u2029f\tg")).toBe("a b c d e f\tg");
    expect(displayLine(HOSTILE)).toBe(SHOWN);
  });
});

describe("no control or bidi character of a report or a pack reaches the terminal", () => {
  it("evaluate on a folder (a batch): the district, the file name and an invalid report's issue path", async () => {
    const dir = join(root, "batch");
    mkdirSync(dir);
    write(`batch/ok${HOSTILE.replace(/[\r\n]/g, "")}.json`, hostileReport());
    write("batch/invalid.json", invalidReport());
    for (const lang of ["vi", "en"]) {
      const { code, out, err } = await run("evaluate", dir, "--lang", lang);
      expect(code).toBe(2);
      expectSafe(out, `stdout ${lang}`);
      expectSafe(err, `stderr ${lang}`);
      expect(out).toContain(`${SHOWN}, ${SHOWN}, 2022`);
      expect(out).toContain(`/indicators/2.1.1/x${SHOWN}`);
    }
    // JSON Lines keeps the data exactly, for programs (JSON escapes C0 controls, not C1 or bidi characters).
    const jsonl = await run("evaluate", dir, "--format", "jsonl");
    const records = jsonl.out.trim().split("\n").map((l) => JSON.parse(l) as { ok: boolean; result?: { district: string } });
    expect(records.find((r) => r.ok)?.result?.district).toBe(HOSTILE);
  });

  it("simulate: an invalid report's issue path, the packs' file names, ids and indicator ids", async () => {
    const dir = join(root, "simulate");
    mkdirSync(dir);
    write("simulate/ok.json", hostileReport());
    write("simulate/invalid.json", invalidReport());
    const packFile = write(`pack${HOSTILE.replace(/[\r\n]/g, "")}.json`, hostilePack());
    for (const lang of ["vi", "en"]) {
      const { code, out, err } = await run("simulate", dir, "--pack", packFile, "--pack", repoPath("rules/huyen-hoc-tap/2021.json"), "--lang", lang);
      expect(code).toBe(0);
      expectSafe(out, `stdout ${lang}`);
      expectSafe(err, `stderr ${lang}`);
      expect(err).toContain(`/indicators/2.1.1/x${SHOWN}`);
      expect(out).toContain(`pack${displayLine(HOSTILE.replace(/[\r\n]/g, ""))}.json`);
    }
  });

  it("explain --pack: the pack's title, a standard's title, an indicator's wording and note", async () => {
    const packFile = write("explain-pack.json", hostilePack());
    for (const lang of ["vi", "en"]) {
      const { code, out } = await run("explain", "--pack", packFile, "--lang", lang);
      expect(code).toBe(0);
      expectSafe(out, lang);
      expect(out).toContain(lang === "vi" ? `Chỉ báo ${SHOWN}` : `Indicator ${SHOWN}`);
      expect(out).toContain(lang === "vi" ? `Ghi chú ${SHOWN}` : `Note ${SHOWN}`);
    }
  });

  it("pack diff: changed titles and wordings; --format json stays the exact data", async () => {
    const oldFile = repoPath("rules/huyen-hoc-tap/2021.json");
    const newFile = write("diff-new.json", hostilePack());
    for (const lang of ["vi", "en"]) {
      const { code, out, err } = await run("pack", "diff", oldFile, newFile, "--lang", lang);
      expect(code).toBe(0);
      expectSafe(out, `stdout ${lang}`);
      expectSafe(err, `stderr ${lang}`);
      expect(out).toContain(SHOWN);
    }
    const json = await run("pack", "diff", oldFile, newFile, "--format", "json");
    expect(JSON.stringify(JSON.parse(json.out))).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });

  it("pack test: the names of its cases", async () => {
    const pack = hostilePack();
    (pack as { tests?: unknown }).tests = [{ name: `ca ${HOSTILE}`, report: thapMuoi(), expect: { verdict: "not_met" } }];
    const file = write("test-pack.json", pack);
    const test = await run("pack", "test", file);
    expectSafe(test.out, "pack test stdout");
    expectSafe(test.err, "pack test stderr");
    expect(test.out).toContain(`ca ${SHOWN}`);
  });

  it("an invalid report's error: the issue's path (a report's key) and message", async () => {
    const file = write("invalid-one.json", invalidReport());
    for (const args of [[], ["--format", "json"], ["--lang", "en"]]) {
      const { code, out, err } = await run("evaluate", file, ...args);
      expect(code).toBe(2);
      expect(out).toBe("");
      expectSafe(err, args.join(" "));
      expect(err).toContain(`/indicators/2.1.1/x${SHOWN}`);
    }
  });

  it("an invalid pack's error, and an unknown command", async () => {
    const pack = hostilePack() as RulePack & Record<string, unknown>;
    pack[`x${HOSTILE}`] = HOSTILE;
    const file = write("invalid-pack.json", pack);
    const { code, err } = await run("explain", "--pack", file);
    expect(code).toBe(2);
    expectSafe(err, "explain --pack invalid");
    expect(err).toContain(`/x${SHOWN}`);
    const unknown = await run(`bogus${HOSTILE}`);
    expect(unknown.code).toBe(2);
    expectSafe(unknown.err, "unknown command");
  });
});

describe("usage mistakes and empty inputs quote what was typed without its control characters", () => {
  it.each([
    ["an unknown pack subcommand", ["pack", "zz\u001b[31mRED\u0007"]],
    ["a bad --format of a batch", ["evaluate", root, "--format", "x\u001b[2J"]],
    ["a bad --lang of simulate", ["simulate", root, "--pack", repoPath("rules/huyen-hoc-tap/2021.json"), "--lang", "v\u001b[31mi"]],
  ])("%s", async (_name, argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expectSafe(r.err, "stderr");
    expect(r.err).toContain(REPLACEMENT);
  });

  it("an empty folder whose name holds an ESC sequence, for evaluate and simulate", async () => {
    const empty = join(root, "emp\u001b[31mty");
    mkdirSync(empty, { recursive: true });
    for (const argv of [["evaluate", empty], ["simulate", empty, "--pack", repoPath("rules/huyen-hoc-tap/2021.json")]]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expectSafe(r.err, "stderr");
      expect(r.err).toContain(`emp${REPLACEMENT}[31mty`);
    }
  });
});
