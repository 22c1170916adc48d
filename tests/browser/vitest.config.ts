import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Browser tests, run by `npm run test:browser` (never by `npm test`): they drive Debian's Chromium through
// playwright-core (tests/browser/chromium.mjs). Install it once: apt-get install -y --no-install-recommends chromium
const root = fileURLToPath(new URL("../..", import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, "utf8")) as { version: string };

export default defineConfig({
  root,
  define: { __HHT_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
