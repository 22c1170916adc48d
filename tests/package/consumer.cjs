// A CommonJS consumer of the built package, resolved through the package's own `exports` map.
const hht = require("huyen-hoc-tap");
const node = require("huyen-hoc-tap/node");
const lite = require("huyen-hoc-tap/lite");
const report = require("../fixtures/thap-muoi-2022.json");
const result = hht.evaluate(report);
let code = null;
try {
  hht.evaluate({ ...report, indicators: { "2.1.1": { total: "13" } } });
} catch (error) {
  code = hht.isHuyenHocTapError(error) ? error.code : "other";
}
process.stdout.write(JSON.stringify({ verdict: result.verdict, conclusion: result.conclusion.vi, code, loadPackFile: typeof node.loadPackFile, version: result.engine.version, lite: JSON.stringify(lite.evaluate(report)) === JSON.stringify(result) }));
