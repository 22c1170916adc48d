import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The attack corpus and the fuzz tests, run by `npm run test:security` (and by .ci/run), never by `npm test`: every
// worker gets a 256 MB heap, so an attack that allocates too much fails the run (heap-limit.test.ts checks the limit
// really applies). A larger fuzz run: FUZZ_RUNS=200000 npm run test:security.
const root = fileURLToPath(new URL("../..", import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, "utf8")) as { version: string };

export default defineConfig({
  root,
  define: { __HHT_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ["tests/security/**/*.test.ts"],
    pool: "forks",
    execArgv: ["--max-old-space-size=256"],
    testTimeout: 120_000,
  },
});
