// Runs a TypeScript file of this repository in Node 20, which cannot run TypeScript by itself: bundles it with
// esbuild (a dev dependency; the library from src/, packages external) into node_modules/.cache and imports it.
// `node tests/tools/run-ts.mjs <file.ts>`: used by `npm run bench`, `npm run bench:breakdown` and `npm run generate`.
import { mkdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const entry = process.argv[2];
if (!entry) throw new Error("usage: node tests/tools/run-ts.mjs <file.ts>");
const root = process.cwd();
const dir = join(root, "node_modules/.cache/huyen-hoc-tap-run");
mkdirSync(dir, { recursive: true });
const outfile = join(dir, basename(entry).replace(/\.ts$/, ".mjs"));
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
await build({
  entryPoints: [resolve(root, entry)],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outfile,
  logLevel: "warning",
  define: { __HHT_VERSION__: JSON.stringify(version) },
});
await import(pathToFileURL(outfile).href);
