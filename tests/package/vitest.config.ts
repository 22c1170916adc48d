import { defineConfig } from "vitest/config";

// Tests of the built package (dist/), run by `npm run test:package` after `npm run build`.
export default defineConfig({
  test: { include: ["tests/package/**/*.test.ts"], testTimeout: 60_000 },
});
