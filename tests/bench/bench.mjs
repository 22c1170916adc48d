// `npm run bench`: bundles tests/bench/run-bench.ts with esbuild (the library from src/, packages external) and runs
// it in this process. Node 20 cannot run TypeScript by itself; esbuild is already a dev dependency.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const root = process.cwd();
const dir = join(root, "node_modules/.cache/huyen-hoc-tap-bench");
mkdirSync(dir, { recursive: true });
const outfile = join(dir, "run-bench.mjs");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
await build({
  entryPoints: [join(root, "tests/bench/run-bench.ts")],
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
