// Writes rules/<id>/<version>.reader.js for every bundled pack (see src/pack/reader-source.ts). Bundled and run by
// scripts/build-readers.mjs (`npm run generate`).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { READER_TYPES, readerFileFor } from "../src/pack/reader-file.js";

const root = process.cwd();
for (const dir of readdirSync(join(root, "rules"), { withFileTypes: true })) {
  if (!dir.isDirectory() || dir.name === "schemas") continue;
  const folder = join(root, "rules", dir.name);
  for (const file of readdirSync(folder)) {
    if (!file.endsWith(".json") || file.endsWith(".digest.json")) continue;
    const pack: unknown = JSON.parse(readFileSync(join(folder, file), "utf8"));
    const out = file.replace(/\.json$/, ".reader.js");
    writeFileSync(join(folder, out), readerFileFor(pack, `rules/${dir.name}/${file}`));
    writeFileSync(join(folder, out.replace(/\.js$/, ".d.ts")), READER_TYPES);
    console.log(`wrote rules/${dir.name}/${out}`);
  }
}
