import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const pkg = JSON.parse(readFileSync("./package.json", "utf8")) as { version: string };

export default defineConfig({
  define: { __HHT_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ["tests/**/*.test.ts"],
    // tests/security runs on its own, in a 256 MB heap: `npm run test:security` (tests/security/vitest.config.ts).
    exclude: ["tests/browser/**", "tests/package/**", "tests/security/**", "**/node_modules/**"],
    coverage: {
      provider: "v8",
      include: ["src/**"],
      exclude: ["src/generated/**", "src/cli/bin.ts"],
      thresholds: { lines: 85, functions: 85, branches: 75, statements: 85 },
    },
  },
});
