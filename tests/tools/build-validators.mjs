// Generates src/generated/validate-pack-schema.js: the pack-format validator compiled ahead of time with ajv's
// standalone mode, so that loading a pack needs no `eval` or `new Function` (strict Content-Security-Policy).
// Run by `npm run generate`; a test fails when the committed file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateValidatorSource } from "./validator-source.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const schema = JSON.parse(readFileSync(`${root}rules/schemas/pack.schema.json`, "utf8"));
writeFileSync(`${root}src/generated/validate-pack-schema.js`, generateValidatorSource(schema));
console.log("wrote src/generated/validate-pack-schema.js");
