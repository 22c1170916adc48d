// A pack verified through `huyen-hoc-tap` is verified for `huyen-hoc-tap/node` too: the CommonJS entries share one
// registry of prepared packs (chunks), as the ES module entries do. Prints what each entry reports.
const { mkdtempSync, copyFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const hht = require("huyen-hoc-tap");
const node = require("huyen-hoc-tap/node");

(async () => {
  const keys = await hht.generateKeyPair("shared-state-test");
  const pack = hht.loadPack({ ...hht.listPacks()[0].pack, version: "2021.1-test" });
  await hht.verifyPack(pack, await hht.signPack(pack, keys.privateKey), [keys.publicKey]);
  const folder = mkdtempSync(join(tmpdir(), "hht-shared-"));
  copyFileSync(join(__dirname, "../fixtures/thap-muoi-2022.json"), join(folder, "thap-muoi.json"));
  const report = require("../fixtures/thap-muoi-2022.json");
  const [item] = await node.evaluateFiles(folder, { pack });
  process.stdout.write(JSON.stringify({ main: hht.evaluate(report, { pack }).pack.verified, node: item && item.ok ? item.result.pack.verified : item }));
})();
