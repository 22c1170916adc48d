// `npm run bench:breakdown`: bundles tests/bench/breakdown.ts with esbuild (as bench.mjs does) and runs it.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = process.cwd();
const dir = join(root, "node_modules/.cache/huyen-hoc-tap-bench");
mkdirSync(dir, { recursive: true });
const outfile = join(dir, "breakdown.mjs");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
await build({
  entryPoints: [join(root, "tests/bench/breakdown.ts")],
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
