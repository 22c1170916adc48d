// Writes docs/indicators.md from the bundled rule pack, with the generator of the built library (dist/).
// Usage: npm run docs:indicators          (builds first)
//        node tests/tools/generate-indicators-doc.mjs --check   (exit 1 when docs/indicators.md is stale)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderIndicatorReference } from "../../dist/index.js";

const out = fileURLToPath(new URL("../../docs/indicators.md", import.meta.url));
const text = renderIndicatorReference();
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(out, "utf8");
  } catch {
    // missing: stale
  }
  if (current !== text) {
    process.stderr.write("docs/indicators.md is stale: run npm run docs:indicators\n");
    process.exit(1);
  }
  process.stdout.write("docs/indicators.md is up to date\n");
} else {
  mkdirSync(fileURLToPath(new URL("../../docs/", import.meta.url)), { recursive: true });
  writeFileSync(out, text);
  process.stdout.write(`wrote ${out}\n`);
}
