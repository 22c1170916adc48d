// An ES module consumer of the built package, resolved through the package's own `exports` map.
import { readFileSync } from "node:fs";
import { evaluate, isHuyenHocTapError, loadPack, listPacks } from "huyen-hoc-tap";
import { loadPackFile } from "huyen-hoc-tap/node";
import * as lite from "huyen-hoc-tap/lite";

const report = JSON.parse(readFileSync(new URL("../fixtures/thap-muoi-2022.json", import.meta.url), "utf8"));
const result = evaluate(report);
const pack = await loadPackFile(new URL("../../rules/huyen-hoc-tap/2021.json", import.meta.url).pathname);
let code = null;
try {
  loadPack({ formatVersion: 1 });
} catch (error) {
  code = isHuyenHocTapError(error) ? error.code : "other";
}
process.stdout.write(JSON.stringify({ verdict: result.verdict, conclusion: result.conclusion.vi, code, digest: listPacks()[0].digest === result.pack.digest, packId: pack.id, lite: JSON.stringify(lite.evaluate(report)) === JSON.stringify(result) }));
