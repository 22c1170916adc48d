// Writes rules/<id>/<version>.compiled.js and <version>.lite.js (and their .d.ts) for every bundled pack (see
// src/pack/compiled-file.ts), and its published digest, <version>.digest.json (canonical JSON, RFC 8785 + NFC).
// `npm run build` runs it first, so that a pack edited and built is never judged by stale code under a stale digest.
// Run by `npm run generate` (through tests/tools/run-ts.mjs).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COMPILED_TYPES, compiledFileFor, LITE_TYPES, liteFileFor } from "../../src/pack/compiled-file.js";
import { digestOf } from "../../src/pack/canonical-json.js";

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
    const lite = file.replace(/\.json$/, ".lite.js");
    writeFileSync(join(folder, lite), liteFileFor(pack, `rules/${dir.name}/${file}`));
    writeFileSync(join(folder, lite.replace(/\.js$/, ".d.ts")), LITE_TYPES);
    writeFileSync(join(folder, file.replace(/\.json$/, ".digest.json")), `${JSON.stringify({ pack: file, digest: digestOf(pack) }, null, 2)}\n`);
    console.log(`wrote rules/${dir.name}/${out} and ${lite}`);
  }
}
