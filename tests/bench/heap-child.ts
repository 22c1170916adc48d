/**
 * Run by `measureHeap` in its own process with `--expose-gc`: evaluates the argument's number of reports (results
 * dropped at once, as an app or a batch does), and prints the heap growth after garbage collection as JSON.
 */
import { evaluate } from "../../src/index.js";
import { generateReports } from "./generate-reports.js";

const evaluations = Number(process.argv[2] ?? 1_000_000);
const reports = generateReports(1_000, { seed: 77 });
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const collect = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
let sink = 0;
const run = (count: number): void => {
  for (let i = 0; i < count; i++) sink += evaluate(reports[i % reports.length]).indicators.length;
};

// Warm-up: the JIT, the prepared pack, the number formatters, every lazy cache.
run(Math.min(evaluations, 50_000));
const before = collect();
const start = performance.now();
const samples: number[] = [];
const step = Math.ceil(evaluations / 10);
for (let done = 0; done < evaluations; done += step) {
  run(Math.min(step, evaluations - done));
  samples.push(collect() - before);
}
const result = { evaluations, before, samples, growth: samples[samples.length - 1] ?? 0, seconds: (performance.now() - start) / 1000, sink };
process.stdout.write(`${JSON.stringify(result)}\n`);
