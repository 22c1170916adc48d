/**
 * `npm run bench:breakdown`: where `evaluate`'s time goes, per report of the benchmark's sample — reading and copying
 * the report (the fast path's one pass), judging the copy (verdicts, flags, groups, the result), and how many lazy
 * getters a result carries (see tests/bench/accessor-cost.mjs for what one costs). docs/performance.md cites it.
 */
import { evaluate } from "../../src/index.js";
import { judge } from "../../src/evaluate-core.js";
import { bundledPacks } from "../../src/pack/bundled-packs.js";
import { sampleReports } from "./measure.js";

const reports = sampleReports(500);
const pack = bundledPacks()[0];
if (!pack) throw new Error("no bundled pack");
const copies = reports.map((r) => pack.read(r) as Record<string, unknown>);
let sink = 0;

function perReport(fn: () => void, iterations: number): number {
  for (let i = 0; i < Math.ceil(iterations / 5); i++) fn();
  const samples: number[] = [];
  for (let s = 0; s < 15; s++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations / 15; i++) fn();
    samples.push(Number(process.hrtime.bigint() - start) / (iterations / 15) / reports.length);
  }
  return samples.sort((a, b) => a - b)[7] as number;
}

const rows: [string, number][] = [
  ["evaluate", perReport(() => { for (const r of reports) sink += evaluate(r).indicators.length; }, 300)],
  ["read and copy the report (one pass)", perReport(() => { for (const r of reports) sink += pack.read(r) === null ? 0 : 1; }, 600)],
  ["judge the copy (verdicts, flags, groups, result)", perReport(() => { for (const c of copies) sink += judge(c, pack, []).indicators.length; }, 300)],
];
let getters = 0;
const count = (o: object): void => {
  for (const k of Object.keys(o)) if (Object.getOwnPropertyDescriptor(o, k)?.get) getters++;
};
for (const r of reports) {
  const x = evaluate(r);
  count(x);
  count(x.summary);
  for (const i of x.indicators) {
    count(i);
    for (const f of i.flags) count(f);
  }
}
for (const [name, ns] of rows) console.log(`${(ns / 1000).toFixed(2).padStart(7)} µs  ${name}`);
console.log(`${(getters / reports.length).toFixed(1).padStart(7)}     own lazy getters per result (reason per indicator, message per flag, conclusion, reportDigest, summary.text)`);
if (sink === 0) throw new Error("nothing measured");
