import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const pkg = JSON.parse(readFileSync("./package.json", "utf8")) as { version: string };

export default defineConfig([
  {
    entry: { index: "src/index.ts", lite: "src/lite.ts", "node/index": "src/node/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    // @noble/* are ESM-only: bundle them so that the CommonJS build works without require(esm).
    noExternal: [/^@noble\//],
    define: { __HHT_VERSION__: JSON.stringify(pkg.version) },
    // Then the browser bundle (`huyen-hoc-tap/browser`, one self-contained ES module, no eval): after this build's
    // `clean`, so that `tsup` alone always leaves it in dist/ (docs/security.md, strict CSP).
    onSuccess: "node tests/tools/build-browser.mjs",
  },
  {
    // The CLI in its own folder, split into chunks: each command is imported when it runs (src/cli/main.ts), so that
    // `evaluate` on one report loads only what it needs (docs/performance.md, cold start).
    entry: { bin: "src/cli/bin.ts" },
    outDir: "dist/cli",
    format: ["esm"],
    splitting: true,
    // Then made CommonJS, without source maps: `require` loads the chunks faster than the ES module loader
    // (tests/tools/cli-to-cjs.mjs; dist/cli/bin.cjs is the package's `bin`).
    sourcemap: false,
    onSuccess: "node tests/tools/cli-to-cjs.mjs",
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    // Minified: Node parses less at start-up.
    minify: true,
    // Dependencies bundled too: Node then resolves no package at start-up (json-logic-js, ajv's runtime helper).
    noExternal: [/^@noble\//, "json-logic-js", /^ajv\//],
    define: { __HHT_VERSION__: JSON.stringify(pkg.version) },
  },
]);
