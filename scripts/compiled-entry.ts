// Writes rules/<id>/<version>.compiled.js (and its .d.ts) for every bundled pack (see src/pack/compiled-file.ts).
// Run by `npm run generate` (through scripts/run-ts.mjs).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COMPILED_TYPES, compiledFileFor } from "../src/pack/compiled-file.js";

const root = process.cwd();
for (const dir of readdirSync(join(root, "rules"), { withFileTypes: true })) {
  if (!dir.isDirectory() || dir.name === "schemas") continue;
  const folder = join(root, "rules", dir.name);
  for (const file of readdirSync(folder)) {
    if (!file.endsWith(".json") || file.endsWith(".digest.json")) continue;
    const pack: unknown = JSON.parse(readFileSync(join(folder, file), "utf8"));
    const out = file.replace(/\.json$/, ".compiled.js");
    writeFileSync(join(folder, out), compiledFileFor(pack, `rules/${dir.name}/${file}`));
    writeFileSync(join(folder, out.replace(/\.js$/, ".d.ts")), COMPILED_TYPES);
    console.log(`wrote rules/${dir.name}/${out}`);
  }
}
