import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { isHuyenHocTapError } from "../../src/errors.js";
import type { HuyenHocTapError } from "../../src/errors.js";
import { loadPackFile, readReportFile } from "../../src/node/index.js";
import { evaluateFiles } from "../../src/node/read-reports.js";
import { maxBytesOf, readBytes } from "../../src/node/read-bytes.js";
import { PACK_LIMITS, REPORT_LIMITS } from "../../src/pack/check-limits.js";
import { fakeIo, repoPath } from "../helpers.js";

// A file is read through a handle, at most one byte past its limit: /dev/zero states a size of 0 and never ends, and
// was read until the heap ran out (the process died); a sparse 600 MB file was read whole, then refused as not UTF-8.

const ZERO = "/dev/zero";
const hasZero = existsSync(ZERO);
const root = mkdtempSync(join(tmpdir(), "hht-bounded-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A sparse file of `bytes` bytes that starts with a byte UTF-8 never uses: read whole, it is `INVALID_JSON`. */
function sparseFile(name: string, bytes: number): string {
  const path = join(root, name);
  const fd = openSync(path, "w");
  writeSync(fd, Uint8Array.of(0xff));
  closeSync(fd);
  truncateSync(path, bytes);
  return path;
}

/** The library error `promise` rejects with, and how long it took. */
async function refusal(promise: () => Promise<unknown>): Promise<{ error: HuyenHocTapError; ms: number }> {
  const start = performance.now();
  try {
    await promise();
  } catch (error) {
    if (!isHuyenHocTapError(error)) throw error;
    return { error, ms: performance.now() - start };
  }
  throw new Error("expected a refusal");
}

const tooLarge = (max: number) => [expect.objectContaining({ code: "TOO_LARGE", path: "", params: { what: "characters", max } })];

const notAFile = (error: HuyenHocTapError): void => {
  expect(error.code).toBe("INVALID_ARGUMENT");
  expect(error.text.vi).toContain("không phải một tệp thông thường");
  expect(error.text.en).toContain("not a regular file");
};

describe.skipIf(!hasZero)("a file that never ends (/dev/zero): only regular files are read", () => {
  it("readReportFile, loadPackFile, evaluateFiles and readBytes refuse it at once: INVALID_ARGUMENT", async () => {
    for (const read of [() => readReportFile(ZERO), () => loadPackFile(ZERO), () => evaluateFiles(ZERO), () => readBytes(ZERO, 100)]) {
      const { error, ms } = await refusal(read);
      notAFile(error);
      expect(ms).toBeLessThan(3000);
    }
  });

  it("a key file for `pack verify`, and `evaluate /dev/zero`, exit 2 with the reason in both languages", async () => {
    for (const args of [["pack", "verify", repoPath("rules/huyen-hoc-tap/2021.json"), "--public-key", ZERO], ["evaluate", ZERO]]) {
      const { io, err } = fakeIo();
      expect(await runMain(args, io)).toBe(2);
      expect(err()).toContain("không phải một tệp thông thường");
      expect(err()).toContain("not a regular file");
    }
  });
});

/** A named pipe (FIFO) with no writer: opening it to read would block for ever. */
function fifo(name: string): string | null {
  const path = join(root, name);
  const made = spawnSync("mkfifo", [path]);
  return made.status === 0 ? path : null;
}

describe("a named pipe with no writer never blocks", () => {
  const pipe = fifo("pipe.json");
  it.skipIf(pipe === null)("readReportFile and loadPackFile refuse it at once: INVALID_ARGUMENT", async () => {
    for (const read of [() => readReportFile(pipe as string), () => loadPackFile(pipe as string), () => evaluateFiles(pipe as string)]) {
      const { error, ms } = await refusal(read);
      notAFile(error);
      expect(ms).toBeLessThan(3000);
    }
  });

  it.skipIf(pipe === null)("in a folder, it is one unreadable item and the other reports are judged", async () => {
    const dir = join(root, "with-pipe");
    mkdirSync(dir);
    spawnSync("mkfifo", [join(dir, "a.json")]);
    writeFileSync(join(dir, "b.json"), readFileSync(repoPath("tests/fixtures/thap-muoi-2022.json")));
    const items = await evaluateFiles(dir);
    expect(items.map((i) => [i.source, i.ok])).toEqual([["a.json", false], ["b.json", true]]);
    const failed = items[0];
    expect(failed !== undefined && !failed.ok && failed.error.message.en).toContain("not a regular file");
  });
});

describe("a file just over its limit is refused for its size, unread; at the limit it is read", () => {
  const reportMax = maxBytesOf(REPORT_LIMITS);
  const packMax = maxBytesOf(PACK_LIMITS);

  it("the byte limit is 3 bytes per character of the text limit (UTF-8's most per UTF-16 code unit), plus a byte-order mark", () => {
    expect(reportMax).toBe(6_000_003);
    expect(packMax).toBe(15_000_003);
  });

  const readers = {
    report: { max: reportMax, code: "REPORT_INVALID", read: (path: string) => readReportFile(path) },
    pack: { max: packMax, code: "PACK_INVALID", read: (path: string) => loadPackFile(path) },
  };
  it.each((["report", "pack"] as const).flatMap((kind) => [
    [kind, "at the limit", readers[kind].max, "INVALID_JSON"],
    [kind, "just over", readers[kind].max + 1, "TOO_LARGE"],
    [kind, "600 MB", 600_000_000, "TOO_LARGE"],
  ] as const))("a %s file %s: %s", async (kind, _name, bytes, code) => {
    const { error, ms } = await refusal(() => readers[kind].read(sparseFile(`${kind}-${bytes}.json`, bytes)));
    expect(error.code).toBe(readers[kind].code);
    expect(error.issues.map((i) => i.code)).toEqual([code]);
    expect(ms).toBeLessThan(3000);
  });

  it("a .json file of reports over its limit (600 MB) is one located REPORT_INVALID with TOO_LARGE, unread", async () => {
    const path = sparseFile("reports.json", 600_000_004);
    const start = performance.now();
    const items = await evaluateFiles(path);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: false, source: "reports.json", error: { code: "REPORT_INVALID", issues: tooLarge(200_000_000) } });
  });
});

describe("files within their limits read as before", () => {
  it("a report file, with and without a byte-order mark", async () => {
    const path = repoPath("tests/fixtures/thap-muoi-2022.json");
    const text = readFileSync(path, "utf8");
    expect(await readReportFile(path)).toEqual(JSON.parse(text));
    const bom = join(root, "bom.json");
    const fd = openSync(bom, "w");
    writeSync(fd, `\uFEFF${text}`);
    closeSync(fd);
    expect(await readReportFile(bom)).toEqual(JSON.parse(text));
  });

  it("a pack file", async () => {
    const path = repoPath("rules/huyen-hoc-tap/2021.json");
    expect(statSync(path).size).toBeGreaterThan(64 * 1024);
    expect((await loadPackFile(path)).id).toBe((JSON.parse(readFileSync(path, "utf8")) as { id: string }).id);
  });

  it("readBytes gives every byte of a file of any size up to its limit, and refuses one byte more", async () => {
    const path = join(root, "bytes.bin");
    const bytes = Buffer.alloc(200_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) % 256;
    const fd = openSync(path, "w");
    writeSync(fd, bytes);
    closeSync(fd);
    expect(bytes.equals((await readBytes(path, 200_000)) as Uint8Array)).toBe(true);
    expect(await readBytes(path, 199_999)).toBeNull();
  });

  it("a missing file is still INVALID_ARGUMENT", async () => {
    const { error } = await refusal(() => readReportFile(join(root, "missing.json")));
    expect(error.code).toBe("INVALID_ARGUMENT");
  });
});

// The built CLI, as a user runs it. It needs `npm run build`; a build older than the reader would test the old code.
const bin = repoPath("dist/cli/bin.cjs");
const built = existsSync(bin) && statSync(bin).mtimeMs >= statSync(repoPath("src/node/read-bytes.ts")).mtimeMs;
/** Prints the process's peak resident memory (kB) when it exits. */
const PEAK = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxRSS="+process.resourceUsage().maxRSS+"\\n"))';

describe.skipIf(!hasZero || !built)("node dist/cli/bin.cjs with /dev/zero or a named pipe", () => {
  const pipe = fifo("cli-pipe.json");
  it.each([
    ["evaluate /dev/zero", ["evaluate", ZERO]],
    ["evaluate report --pack /dev/zero", ["evaluate", repoPath("tests/fixtures/thap-muoi-2022.json"), "--pack", ZERO]],
    ...(pipe === null ? [] : [["evaluate <a pipe with no writer>", ["evaluate", pipe]] as [string, string[]]]),
  ])("%s: exit 2, a message in Vietnamese and English, in a few seconds and under 200 MB", (_name, args) => {
    const start = performance.now();
    const r = spawnSync(process.execPath, ["--import", PEAK, bin, ...args], { encoding: "utf8", timeout: 20_000 });
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("không phải một tệp thông thường");
    expect(r.stderr).toContain("not a regular file");
    const peakKb = Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1]);
    expect(peakKb).toBeLessThan(200_000);
  });
});

describe("a file that cannot be read says why in both languages", () => {
  it("a missing file: 'tệp không tồn tại' / 'no such file'", async () => {
    const { error } = await refusal(() => readReportFile(join(root, "nope.json")));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.text.vi).toContain("tệp không tồn tại");
    expect(error.text.en).toContain("no such file");
    expect(error.text.vi).not.toContain("ENOENT");
  });
});
