import { evaluate } from "../../src/index.js";
import { sampleReports } from "./measure.js";
const reports = sampleReports(500);
let sink = 0;
const t = performance.now();
for (let k = 0; k < 40; k++) for (const r of reports) sink += evaluate(r).indicators.length;
console.log(((performance.now() - t) * 1e6) / (40 * 500), "ns/report", sink);
