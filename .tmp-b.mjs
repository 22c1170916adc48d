import { evaluate, loadPack } from "/work/main/dist/index.js";
import { readFileSync } from "node:fs";
const report = JSON.parse(readFileSync("/work/main/tests/fixtures/thap-muoi-2022.json","utf8"));
const r2 = { district: "A", province: "B", year: 2022, indicators: { "2.1.1": {total: 33, good: 30, fair: 2}, "2.1.2": {total: 13, good: 12, fair: 1}, "3.1.1": {previousRate: 1.83, currentRate: 1.39}, "3.2.2": {students: 20000, affected: 3}, "2.2.3": {total: 2, withOpenResources: 2}, "1.1.1": {evidence: [{ref: "1"}]} } };
for (const rep of [report, r2]) {
  for (let i = 0; i < 20000; i++) evaluate(rep);
  const n = 100000; const t = performance.now();
  for (let i = 0; i < n; i++) evaluate(rep);
  const dt = performance.now() - t;
  console.log("evaluate", (n / dt * 1000).toFixed(0), "reports/s", (dt / n * 1e6).toFixed(0), "ns/report");
  let t2 = performance.now();
  for (let i = 0; i < 20000; i++) { const r = evaluate(rep); for (const x of r.indicators) x.reason.vi; }
  console.log("with reasons", (20000 / (performance.now() - t2) * 1000).toFixed(0), "reports/s");
}
