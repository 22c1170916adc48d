// Builds the browser bundle of the core: one self-contained, minified ES module with every dependency inside
// (json-logic-js, the ajv runtime helper, @noble/*), for apps without a bundler and for strict Content-Security-Policy
// pages: it contains no eval and no new Function (the pack-schema validator is generated ahead of time).
// Run by tsup after the main build (`onSuccess` in tsup.config.ts) and by tests/browser/csp.test.ts, which builds it
// the same way.
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Where `npm run build` writes the bundle (the `huyen-hoc-tap/browser` export). */
export const BROWSER_BUNDLE = `${root}dist/browser/huyen-hoc-tap.js`;

/** Builds the browser bundle into `outfile` and returns its source. */
export async function buildBrowser(outfile = BROWSER_BUNDLE) {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8"));
  await build({
    entryPoints: [`${root}src/index.ts`],
    outfile,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "eof",
    define: { __HHT_VERSION__: JSON.stringify(pkg.version) },
    logLevel: "warning",
  });
  const code = readFileSync(outfile, "utf8");
  if (/\bFunction\(|\beval\(/.test(code)) throw new Error(`${outfile} contains eval or new Function: it would break under a strict CSP`);
  return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildBrowser();
