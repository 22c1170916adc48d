// `npm run generate` (second step): bundles scripts/compiled-entry.ts with esbuild and runs it, writing the generated
// module (report reader and rules) beside each bundled pack. Node 20 cannot run TypeScript by itself; esbuild is a dev dependency.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = process.cwd();
const dir = join(root, "node_modules/.cache/huyen-hoc-tap-generate");
mkdirSync(dir, { recursive: true });
const outfile = join(dir, "compiled-entry.mjs");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
await build({
  entryPoints: [join(root, "scripts/compiled-entry.ts")],
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
