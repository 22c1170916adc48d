import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { stopOnClosedPipe } from "../../src/cli/stop-on-closed-pipe.js";
import { repoPath } from "../helpers.js";

describe("stopOnClosedPipe", () => {
  it("exits 0 on EPIPE, and lets any other write error through", () => {
    const stream = new EventEmitter();
    const exit = vi.fn();
    stopOnClosedPipe([stream], exit);
    stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(exit).toHaveBeenCalledWith(0);
    expect(() => stream.emit("error", Object.assign(new Error("write EIO"), { code: "EIO" }))).toThrow("EIO");
  });
});

// The CLI built from src/ as `npm run build` builds dist/cli/bin.cjs (a stale build would test old code), run as a child
// process whose reader goes away: `huyen-hoc-tap evaluate huge.jsonl | head -1`.
describe("the CLI writing to a pipe whose reader has closed", () => {
  const dir = mkdtempSync(join(tmpdir(), "hht-pipe-"));
  const bin = repoPath("node_modules/.cache/huyen-hoc-tap-tests/closed-pipe-bin.mjs");
  const huge = join(dir, "huge.jsonl");

  beforeAll(async () => {
    mkdirSync(join(bin, ".."), { recursive: true });
    const { version } = JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as { version: string };
    await build({
      entryPoints: [repoPath("src/cli/bin.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      outfile: bin,
      logLevel: "warning",
      define: { __HHT_VERSION__: JSON.stringify(version) },
    });
    const line = JSON.stringify(JSON.parse(readFileSync(repoPath("tests/fixtures/thap-muoi-2022.json"), "utf8")));
    writeFileSync(huge, `${Array.from({ length: 3000 }, () => line).join("\n")}\n`);
  }, 60_000);

  /** Runs the CLI; its stdout's reader closes after the first chunk (`head`), or before anything is read. */
  function run(args: string[], closeAfterFirstChunk: boolean): Promise<{ code: number | null; signal: string | null; stderr: string; chunks: number }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      let chunks = 0;
      child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
      child.stdout.on("data", () => {
        chunks += 1;
        child.stdout.destroy();
      });
      if (!closeAfterFirstChunk) child.stdout.destroy();
      child.on("error", reject);
      child.on("close", (code, signal) => resolve({ code, signal, stderr, chunks }));
    });
  }

  it("evaluate <huge.jsonl> | head -1: stops quietly, no stack trace, exit 0", async () => {
    const r = await run(["evaluate", huge], true);
    expect(r.chunks).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  }, 60_000);

  it("simulate … | head: stops quietly, no stack trace, exit 0", async () => {
    const r = await run(["simulate", huge, "--pack", repoPath("rules/huyen-hoc-tap/2021.json")], false);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  }, 60_000);
});
