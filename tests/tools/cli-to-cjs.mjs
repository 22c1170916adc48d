// Turns the CLI's ES module chunks (dist/cli/*.js, written by tsup with code splitting) into CommonJS files
// (dist/cli/*.cjs) and removes the ES modules. Run by tsup after the CLI build (`onSuccess` in tsup.config.ts).
//
// Why: Node's ES module loader resolves, links and evaluates every module asynchronously, through URLs; `require`
// does it synchronously. On one report (`huyen-hoc-tap evaluate report.json`, 18 modules) that is about 10 ms of the
// CLI's cold start, which issue 6 budgets at 1,6× `node -e 0` (docs/performance.md). The chunks stay shared: each
// command is still loaded only when it runs (`import()` becomes a `require` in a promise). The package is
// `"type": "module"`, hence `.cjs`. The CLI ships without source maps: they would describe the ES modules.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

const dir = fileURLToPath(new URL("../../dist/cli/", import.meta.url));
const files = readdirSync(dir);
for (const f of files) if (f.endsWith(".cjs")) rmSync(dir + f);
for (const f of files.filter((name) => name.endsWith(".js"))) {
  const source = readFileSync(dir + f, "utf8").replace(/^#!.*\n/, "");
  const { code } = transformSync(source, {
    format: "cjs",
    platform: "node",
    target: "node20",
    // `import("./chunk.js")` becomes `Promise.resolve().then(() => require("./chunk.cjs"))`.
    supported: { "dynamic-import": false },
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: "warning",
  });
  const cjs = code.replace(/require\("(\.\/[^"]+)\.js"\)/g, 'require("$1.cjs")');
  if (/(?:import|require)\("\.\/[^"]+\.js"\)|\bimport\.meta\b/.test(cjs)) throw new Error(`${f}: an ES module import is left in the CommonJS file`);
  writeFileSync(dir + f.replace(/\.js$/, ".cjs"), f === "bin.js" ? `#!/usr/bin/env node\n${cjs}` : cjs, { mode: 0o755 });
  rmSync(dir + f);
  rmSync(dir + f + ".map", { force: true });
}
