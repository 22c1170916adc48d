import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isHuyenHocTapError } from "../src/index.js";
import type { HuyenHocTapError } from "../src/index.js";

/** Absolute path of a file in the repository. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}

/** Reads a JSON file of the repository. */
export function readJson<T = unknown>(relative: string): T {
  return JSON.parse(readFileSync(repoPath(relative), "utf8")) as T;
}

/** The Tháp Mười 2022 fixture (a fresh copy each call). */
export function thapMuoi(): Record<string, unknown> & { indicators: Record<string, Record<string, unknown>> } {
  return readJson("tests/fixtures/thap-muoi-2022.json");
}

/** A minimal valid report with the given indicator blocks. */
export function reportWith(indicators: Record<string, unknown>, year = 2022): Record<string, unknown> {
  return { district: "Huyện thử", province: "Tỉnh thử", year, indicators };
}

/** Collects what a CLI run writes. */
export function fakeIo(): { io: { stdout: { write(s: string): boolean }; stderr: { write(s: string): boolean } }; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    io: { stdout: { write: (s: string) => ((out += s), true) }, stderr: { write: (s: string) => ((err += s), true) } },
    out: () => out,
    err: () => err,
  };
}

/** The error `f` throws; fails the test when it returns or throws anything else. */
export function refusal(f: () => unknown): HuyenHocTapError {
  let thrown: unknown;
  try {
    f();
  } catch (error) {
    thrown = error;
  }
  if (!isHuyenHocTapError(thrown)) throw new Error(`expected a HuyenHocTapError, got ${thrown === undefined ? "no error" : String(thrown)}`);
  return thrown;
}

/** The error `promise` rejects with; fails the test when it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<HuyenHocTapError> {
  let thrown: unknown;
  try {
    await promise;
  } catch (error) {
    thrown = error;
  }
  if (!isHuyenHocTapError(thrown)) throw new Error(`expected a HuyenHocTapError, got ${thrown === undefined ? "no rejection" : String(thrown)}`);
  return thrown;
}
