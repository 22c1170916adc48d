import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Size of a browser bundle: minified, and gzipped (level 9), in bytes; and the files it holds. */
export interface BundleSize {
  minBytes: number;
  gzipBytes: number;
  /** Files of the repository and of node_modules in the bundle (paths as esbuild names them). */
  inputs: string[];
}

/** What a page that judges reports imports: `evaluate` from `huyen-hoc-tap/lite` (issue 6's browser budget). */
export const LITE_EVALUATE = `import { evaluate } from "./src/lite.ts"; export { evaluate };`;

/** An esbuild browser bundle of `contents` (an ES module resolved from the repository root `root`), tree-shaken and minified. */
export async function bundleSize(contents: string, root: string): Promise<BundleSize> {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  const out = await build({
    stdin: { contents, resolveDir: root, loader: "ts", sourcefile: "bench-entry.ts" },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    define: { __HHT_VERSION__: JSON.stringify(pkg.version) },
  });
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, inputs: Object.keys(out.metafile.inputs) };
}
