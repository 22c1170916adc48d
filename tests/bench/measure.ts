/**
 * The measuring code shared by the benchmark (`npm run bench`, tests/bench/run-bench.ts) and the budget test
 * (`npm run test:perf`, tests/perf/budgets.test.ts): the same tasks, the same measurements, the same budget checks;
 * only the settings (how long, how many rounds) differ.
 *
 * Throughput is measured with tinybench in one process, in rounds: every round runs every task once for a short
 * time, in a rotated order (so the tasks are interleaved and a noisy moment hurts all of them alike), and each task's
 * time per report is the median over the rounds of its median over the round's samples. Budgets compare ratios.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { bundleSize, LITE_EVALUATE } from "./bundle-size.js";
import type { BundleSize } from "./bundle-size.js";
import { Bench } from "tinybench";
import { evaluate, evaluateMany, listPacks, simulate } from "../../src/index.js";
import type { Comparison, RulePack } from "../../src/index.js";
import { generateReports } from "./generate-reports.js";
import { handWritten, jsonLogicReference, jsonLogicRules, jsonLogicValueOnly, jsonLogicValueOnlyRules, jsonRulesEngineReference } from "./references.js";
import type { Verdict16 } from "./references.js";

/** The budgets of issue 6. Ratios, except the bundle size and the heap growth. */
export const BUDGETS = {
  /** `evaluate` (validation + verdicts, reasons unread) at least this many times as fast as json-logic-js alone. */
  evaluateVsJsonLogic: 5,
  /** … and as json-rules-engine. */
  evaluateVsRulesEngine: 30,
  /** … and at least this fraction of the hand-written function's speed. */
  evaluateVsHandWritten: 1 / 8,
  /** Reading every Vietnamese reason: still at least as fast as json-logic-js alone. */
  reasonsVsJsonLogic: 1,
  /** The CLI on one report: at most this many times `node -e 0`. */
  cliVsNode: 1.6,
  /** The browser bundle of `evaluate` with the bundled pack, minified and gzipped, in KB. */
  bundleKb: 30,
  /** Heap growth over one million evaluations, after garbage collection (noise is well under this). */
  heapGrowthBytes: 1024 * 1024,
} as const;

/** How long and how often to measure. */
export interface Settings {
  /** Interleaved rounds (the median over rounds is kept). */
  rounds: number;
  /** Time per task per round, ms. */
  timeMs: number;
  /** Warm-up time per task per round, ms. */
  warmupMs: number;
  /** Generated reports in the sample each task iteration runs over. */
  sampleSize: number;
  /** Runs of each command for the cold start. */
  coldStartRuns: number;
  /** Evaluations for the heap check (0: skip it). */
  heapEvaluations: number;
}

/** `npm run bench`: about a minute and a half on a 2-core machine. */
export const BENCH_SETTINGS: Settings = { rounds: 7, timeMs: 500, warmupMs: 100, sampleSize: 500, coldStartRuns: 20, heapEvaluations: 1_000_000 };

/** The budget test: about half a minute. */
export const TEST_SETTINGS: Settings = { rounds: 5, timeMs: 300, warmupMs: 60, sampleSize: 300, coldStartRuns: 15, heapEvaluations: 1_000_000 };

/** A throughput task: `fn` judges `perIteration` reports. */
export interface ThroughputTask {
  name: string;
  label: string;
  perIteration: number;
  fn: () => unknown;
  async?: boolean;
}

/** The median time per report of a task, and what it was computed from. */
export interface Throughput {
  name: string;
  label: string;
  /** Median over the rounds of the per-round median, in nanoseconds per report. */
  nsPerReport: number;
  /** 1e9 / nsPerReport. */
  reportsPerSecond: number;
  /** Per-round medians, ns per report. */
  rounds: number[];
}

/** The names of the tasks, as used by the budgets. */
export const TASK = {
  handWritten: "hand-written",
  jsonLogic: "json-logic-js",
  jsonLogicValueOnly: "json-logic-js (value only)",
  rulesEngine: "json-rules-engine",
  evaluate: "evaluate",
  evaluateReasons: "evaluate + reasons (vi)",
  evaluateMany: "evaluateMany",
  simulate: "simulate",
} as const;

let sink = 0;

/** The bundled pilot pack, and the same pack asking for a fall of 1 point in 3.1.1 instead of 1,5. */
export function pilotPacks(): { base: RulePack; variant: RulePack } {
  const base = listPacks()[0]?.pack as RulePack;
  const variant = JSON.parse(JSON.stringify(base)) as RulePack;
  (variant.thresholds["minPovertyRateFall"] as { value: number }).value = 1;
  return { base, variant };
}

/** The generated sample: valid reports, with met, not met, not applicable and insufficient data on every indicator. */
export function sampleReports(size: number): Record<string, unknown>[] {
  return generateReports(size, { seed: 20211112 });
}

/** The tasks: the three references, then this library. Which ones: all by default. */
export function buildTasks(reports: Record<string, unknown>[], which: readonly string[] = Object.values(TASK)): ThroughputTask[] {
  const { base, variant } = pilotPacks();
  const rules = jsonLogicRules(base);
  const valueRules = jsonLogicValueOnlyRules(base);
  const compare = new Map<string, Comparison>(base.standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators.map((i) => [i.id, i.rule.compare] as const))));
  const rulesEngine = jsonRulesEngineReference(base);
  const n = reports.length;
  const all: ThroughputTask[] = [
    {
      name: TASK.handWritten,
      label: "hand-written TypeScript, 16 rules (no validation, no reasons)",
      perIteration: n,
      fn: () => {
        for (let i = 0; i < n; i++) sink += handWritten(reports[i] as never).length;
      },
    },
    {
      name: TASK.jsonLogic,
      label: "json-logic-js `apply`, one expression per indicator + null check",
      perIteration: n,
      fn: () => {
        for (let i = 0; i < n; i++) sink += jsonLogicReference(rules, reports[i] as never).length;
      },
    },
    {
      name: TASK.jsonLogicValueOnly,
      label: "json-logic-js `apply` on the measure only, comparison in JS (for the record)",
      perIteration: n,
      fn: () => {
        for (let i = 0; i < n; i++) sink += jsonLogicValueOnly(valueRules, compare, reports[i] as never).length;
      },
    },
    {
      name: TASK.rulesEngine,
      label: "json-rules-engine, one Engine, 16 rules (async)",
      perIteration: n,
      async: true,
      fn: async () => {
        for (let i = 0; i < n; i++) sink += (await rulesEngine(reports[i] as never)).length;
      },
    },
    {
      name: TASK.evaluate,
      label: "`evaluate` (validation + verdicts, reasons unread)",
      perIteration: n,
      fn: () => {
        for (let i = 0; i < n; i++) sink += evaluate(reports[i]).indicators.length;
      },
    },
    {
      name: TASK.evaluateReasons,
      label: "`evaluate` + reading every Vietnamese reason and the conclusion",
      perIteration: n,
      fn: () => {
        for (let i = 0; i < n; i++) {
          const result = evaluate(reports[i]);
          for (const r of result.indicators) sink += r.reason.vi.length;
          sink += result.conclusion.vi.length;
        }
      },
    },
    {
      name: TASK.evaluateMany,
      label: "`evaluateMany` on the whole sample (per report)",
      perIteration: n,
      fn: () => {
        sink += evaluateMany(reports).length;
      },
    },
    {
      name: TASK.simulate,
      label: "`simulate` with 2 pack variants (per report and variant)",
      perIteration: 2 * n,
      fn: () => {
        sink += simulate(reports, [base, variant]).length;
      },
    },
  ];
  return all.filter((t) => which.includes(t.name));
}

/** Checks that every reference decides what `evaluate` decides, indicator by indicator (a benchmark of wrong code is worthless). */
export async function checkAgreement(reports: Record<string, unknown>[]): Promise<Record<string, { compared: number; differ: number; examples: string[] }>> {
  const { base } = pilotPacks();
  const rules = jsonLogicRules(base);
  const rulesEngine = jsonRulesEngineReference(base);
  const out: Record<string, { compared: number; differ: number; examples: string[] }> = {};
  const record = (name: string, report: number, expected: Verdict16[], actual: Verdict16[]): void => {
    const row = (out[name] ??= { compared: 0, differ: 0, examples: [] });
    expected.forEach((e, k) => {
      const a = actual[k];
      row.compared += 1;
      if (a?.id !== e.id || a.verdict !== e.verdict) {
        row.differ += 1;
        if (row.examples.length < 3) row.examples.push(`report ${report} ${e.id}: ${e.verdict} (value ${String(e.value)}) vs ${a?.verdict} (value ${String(a?.value)})`);
      }
    });
  };
  for (let i = 0; i < reports.length; i++) {
    const report = reports[i] as never;
    const expected: Verdict16[] = evaluate(report).indicators.map((r) => ({ id: r.id, verdict: r.verdict, value: r.value, threshold: r.threshold?.value ?? null }));
    record(TASK.handWritten, i, expected, handWritten(report));
    record(TASK.jsonLogic, i, expected, jsonLogicReference(rules, report));
    record(TASK.rulesEngine, i, expected, await rulesEngine(report));
  }
  return out;
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Interleaved rounds of tinybench; per task, the median over rounds of the per-round median latency. */
export async function measureThroughput(tasks: ThroughputTask[], settings: Settings, onRound?: (round: number) => void): Promise<Throughput[]> {
  const perRound = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  for (let round = 0; round < settings.rounds; round++) {
    const bench = new Bench({ time: settings.timeMs, warmupTime: settings.warmupMs, iterations: 2, warmupIterations: 1, throws: true });
    const k = tasks.length === 0 ? 0 : round % tasks.length;
    for (const t of [...tasks.slice(k), ...tasks.slice(0, k)]) bench.add(t.name, t.fn, t.async ? { async: true } : {});
    await bench.run();
    for (const task of bench.tasks) {
      const def = tasks.find((t) => t.name === task.name) as ThroughputTask;
      const result = task.result;
      if (!("latency" in result)) throw new Error(`${task.name}: ${result.state}`);
      (perRound.get(task.name) as number[]).push((result.latency.p50 * 1e6) / def.perIteration);
    }
    onRound?.(round + 1);
  }
  return tasks.map((t) => {
    const rounds = perRound.get(t.name) as number[];
    const ns = median(rounds);
    return { name: t.name, label: t.label, nsPerReport: ns, reportsPerSecond: 1e9 / ns, rounds };
  });
}

/** The repository root (npm runs scripts there; vitest too). */
export function repoRoot(): string {
  const root = process.cwd();
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name?: string };
  if (pkg.name !== "huyen-hoc-tap") throw new Error(`run from the repository root (found ${String(pkg.name)} in ${root})`);
  return root;
}

/** Cold start: the built CLI judging the Tháp Mười report vs `node -e 0`, spawned alternately; medians of wall time. */
export function measureColdStart(runs: number): { cliMs: number; nodeMs: number; ratio: number; command: string } {
  const root = repoRoot();
  const bin = join(root, "dist/cli/bin.cjs");
  if (!existsSync(bin)) throw new Error("dist/cli/bin.cjs is missing: run `npm run build` first");
  const args = [bin, "evaluate", join(root, "tests/fixtures/thap-muoi-2022.json")];
  const time = (argv: string[]): number => {
    const start = performance.now();
    const r = spawnSync(process.execPath, argv, { stdio: ["ignore", "pipe", "pipe"] });
    const ms = performance.now() - start;
    if (r.status !== 0 && r.status !== 1 && r.status !== 3) throw new Error(`${argv.join(" ")} failed (${String(r.status)}): ${String(r.stderr)}`);
    return ms;
  };
  time(args); // the first run warms the disk cache
  time(["-e", "0"]);
  const cli: number[] = [];
  const node: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      cli.push(time(args));
      node.push(time(["-e", "0"]));
    } else {
      node.push(time(["-e", "0"]));
      cli.push(time(args));
    }
  }
  const cliMs = median(cli);
  const nodeMs = median(node);
  return { cliMs, nodeMs, ratio: cliMs / nodeMs, command: "node dist/cli/bin.cjs evaluate tests/fixtures/thap-muoi-2022.json" };
}

/** The browser bundles: `evaluate` from `huyen-hoc-tap/lite` and from the main entry (each with the bundled pack it needs), and the whole public API. */
export async function measureBundles(): Promise<Bundles> {
  return {
    lite: await bundleSize(LITE_EVALUATE, repoRoot()),
    evaluate: await bundleSize(`import { evaluate } from "./src/index.ts"; export { evaluate };`, repoRoot()),
    index: await bundleSize(`export * from "./src/index.ts";`, repoRoot()),
  };
}

/** Sizes of the browser bundles, in bytes. */
export interface Bundles {
  lite: BundleSize;
  evaluate: BundleSize;
  index: BundleSize;
}

/** Heap after garbage collection, before and during `evaluations` evaluations, in a child process (`--expose-gc`). */
export interface HeapResult {
  evaluations: number;
  /** heapUsed after warming up and collecting, bytes. */
  before: number;
  /** Growth over `before` after each tenth of the run, bytes. */
  samples: number[];
  /** Growth at the end, bytes. */
  growth: number;
  seconds: number;
}

/** Bundles a TypeScript entry of tests/bench for node (packages stay external) into node_modules/.cache. */
export async function bundleForNode(entry: string, name: string): Promise<string> {
  const root = repoRoot();
  const dir = join(root, "node_modules/.cache/huyen-hoc-tap-bench");
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, name);
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile,
    logLevel: "silent",
    define: { __HHT_VERSION__: JSON.stringify(pkg.version) },
  });
  return outfile;
}

/** Runs `evaluations` evaluations in a child process and reports the heap growth after garbage collection. */
export async function measureHeap(evaluations: number): Promise<HeapResult> {
  const child = await bundleForNode("tests/bench/heap-child.ts", "heap-child.mjs");
  const r = spawnSync(process.execPath, ["--expose-gc", child, String(evaluations)], { encoding: "utf8", cwd: repoRoot(), maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`heap child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop() as string) as HeapResult;
}

/** Everything measured by one run. */
export interface Measurements {
  settings: Settings;
  throughput: Throughput[];
  agreement: Record<string, { compared: number; differ: number; examples: string[] }>;
  coldStart: { cliMs: number; nodeMs: number; ratio: number; command: string } | null;
  bundles: Bundles | null;
  heap: HeapResult | null;
  machine: { cpu: string; cores: number; node: string; date: string };
  seconds: number;
}

/** The machine, as recorded with the numbers. */
export function machineInfo(): Measurements["machine"] {
  const list = cpus();
  return { cpu: list[0]?.model ?? "unknown", cores: list.length, node: process.version, date: new Date().toISOString().slice(0, 10) };
}

/** Runs every measurement. `log` receives progress lines. */
export async function measureAll(settings: Settings, log: (line: string) => void = () => {}, which?: { tasks?: readonly string[] }): Promise<Measurements> {
  const start = performance.now();
  const reports = sampleReports(settings.sampleSize);
  log(`checking that the references agree with evaluate on ${reports.length} reports…`);
  const agreement = await checkAgreement(reports);
  log(`throughput: ${settings.rounds} interleaved rounds of ${settings.timeMs} ms per task…`);
  const throughput = await measureThroughput(buildTasks(reports, which?.tasks), settings, (r) => log(`  round ${r}/${settings.rounds}`));
  log(`cold start: ${settings.coldStartRuns} runs of each command…`);
  const coldStart = settings.coldStartRuns > 0 ? measureColdStart(settings.coldStartRuns) : null;
  log("browser bundles (esbuild)…");
  const bundles = await measureBundles();
  log(settings.heapEvaluations > 0 ? `heap over ${settings.heapEvaluations} evaluations (child process)…` : "heap: skipped");
  const heap = settings.heapEvaluations > 0 ? await measureHeap(settings.heapEvaluations) : null;
  return { settings, throughput, agreement, coldStart, bundles, heap, machine: machineInfo(), seconds: (performance.now() - start) / 1000 };
}

/** One budget: what was measured against its limit. */
export interface BudgetCheck {
  name: string;
  actual: number;
  limit: number;
  /** `min`: actual must be at least the limit; `max`: at most. */
  kind: "min" | "max";
  ok: boolean;
  /** How far from the limit, for people ("1,9× short"). */
  text: string;
}

const speed = (m: Measurements, name: string): number => {
  const t = m.throughput.find((x) => x.name === name);
  if (!t) throw new Error(`no measurement for ${name}`);
  return t.reportsPerSecond;
};

/** Ratios of one task's speed over another's (how many times as fast). */
export function ratio(m: Measurements, a: string, b: string): number {
  return speed(m, a) / speed(m, b);
}

/** Every budget of issue 6 against the measurements (those not measured are left out). */
export function checkBudgets(m: Measurements): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const add = (name: string, actual: number, limit: number, kind: "min" | "max", unit = "×"): void => {
    const ok = kind === "min" ? actual >= limit : actual <= limit;
    const by = kind === "min" ? limit / actual : actual / limit;
    const fmt = (x: number): string => (unit === "×" ? `${x.toFixed(x < 1 ? 3 : 2)}×` : `${x.toFixed(1)} ${unit}`);
    checks.push({ name, actual, limit, kind, ok, text: `${fmt(actual)} (${kind === "min" ? "≥" : "≤"} ${fmt(limit)})${ok ? "" : ` — misses by ${by.toFixed(2)}×`}` });
  };
  const names = new Set(m.throughput.map((t) => t.name));
  if (names.has(TASK.evaluate) && names.has(TASK.jsonLogic)) add("evaluate ≥ 5× json-logic-js", ratio(m, TASK.evaluate, TASK.jsonLogic), BUDGETS.evaluateVsJsonLogic, "min");
  if (names.has(TASK.evaluate) && names.has(TASK.rulesEngine)) add("evaluate ≥ 30× json-rules-engine", ratio(m, TASK.evaluate, TASK.rulesEngine), BUDGETS.evaluateVsRulesEngine, "min");
  if (names.has(TASK.evaluate) && names.has(TASK.handWritten)) add("evaluate ≥ 1/8 of hand-written", ratio(m, TASK.evaluate, TASK.handWritten), BUDGETS.evaluateVsHandWritten, "min");
  if (names.has(TASK.evaluateReasons) && names.has(TASK.jsonLogic)) add("evaluate + reasons ≥ json-logic-js", ratio(m, TASK.evaluateReasons, TASK.jsonLogic), BUDGETS.reasonsVsJsonLogic, "min");
  if (m.coldStart) add("CLI on one report ≤ 1,6× node -e 0", m.coldStart.ratio, BUDGETS.cliVsNode, "max");
  if (m.bundles) add("browser bundle of evaluate (huyen-hoc-tap/lite) ≤ 30 KB min+gz", m.bundles.lite.gzipBytes / 1024, BUDGETS.bundleKb, "max", "KB");
  if (m.heap) add("heap growth over the run ≤ 1 MB", m.heap.growth / 1024, BUDGETS.heapGrowthBytes / 1024, "max", "KB");
  return checks;
}

const fmtInt = (x: number): string => Math.round(x).toLocaleString("en-US").replace(/,/g, " ");
const fmtNs = (ns: number): string => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
const fmtKb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The ratios, as printed by the bench. */
export function renderRatios(m: Measurements): string {
  const lines: string[] = [];
  for (const t of m.throughput) {
    const vsLogic = m.throughput.some((x) => x.name === TASK.jsonLogic) ? ratio(m, t.name, TASK.jsonLogic) : NaN;
    const vsHand = m.throughput.some((x) => x.name === TASK.handWritten) ? ratio(m, t.name, TASK.handWritten) : NaN;
    lines.push(`${t.name.padEnd(28)} ${fmtNs(t.nsPerReport).padStart(10)}/report ${fmtInt(t.reportsPerSecond).padStart(12)} reports/s   ×json-logic-js ${vsLogic.toFixed(2).padStart(7)}   ×hand-written ${vsHand.toFixed(3).padStart(7)}`);
  }
  lines.push("");
  for (const [name, a] of Object.entries(m.agreement)) {
    lines.push(`${name}: same verdict as evaluate on ${a.compared - a.differ}/${a.compared} indicators${a.differ > 0 ? ` (e.g. ${a.examples.join("; ")})` : ""}`);
  }
  if (m.coldStart) lines.push(`cold start: CLI ${m.coldStart.cliMs.toFixed(1)} ms, node -e 0 ${m.coldStart.nodeMs.toFixed(1)} ms`);
  if (m.bundles) {
    const b = m.bundles;
    lines.push(`bundle: lite evaluate ${fmtKb(b.lite.minBytes)} min, ${fmtKb(b.lite.gzipBytes)} gz; main evaluate ${fmtKb(b.evaluate.minBytes)} min, ${fmtKb(b.evaluate.gzipBytes)} gz; index ${fmtKb(b.index.minBytes)} min, ${fmtKb(b.index.gzipBytes)} gz`);
  }
  if (m.heap) lines.push(`heap: ${m.heap.samples.map((x) => (x / 1024).toFixed(0)).join(" ")} KB over ${m.heap.evaluations} evaluations (${m.heap.seconds.toFixed(1)} s)`);
  lines.push("");
  for (const c of checkBudgets(m)) lines.push(`${c.ok ? "PASS" : "FAIL"}  ${c.name}: ${c.text}`);
  return lines.join("\n");
}

/** The generated section of docs/performance.md. */
export function renderMarkdown(m: Measurements): string {
  const has = (name: string): boolean => m.throughput.some((t) => t.name === name);
  const lines = [
    `Measured on ${m.machine.date}: ${m.machine.cpu}, ${m.machine.cores} cores, Node ${m.machine.node}; ${m.settings.rounds} interleaved rounds of ${m.settings.timeMs} ms per task over ${m.settings.sampleSize} generated reports (run took ${m.seconds.toFixed(0)} s).`,
    "",
    "| what | median per report | reports/s | × json-logic-js | × hand-written |",
    "|---|---:|---:|---:|---:|",
  ];
  for (const t of m.throughput) {
    const vsLogic = has(TASK.jsonLogic) ? `${ratio(m, t.name, TASK.jsonLogic).toFixed(2)}×` : "—";
    const vsHand = has(TASK.handWritten) ? `${ratio(m, t.name, TASK.handWritten).toFixed(3)}×` : "—";
    lines.push(`| ${t.label} | ${fmtNs(t.nsPerReport)} | ${fmtInt(t.reportsPerSecond)} | ${vsLogic} | ${vsHand} |`);
  }
  lines.push("");
  if (m.coldStart) {
    lines.push(`Cold start (${m.settings.coldStartRuns} runs each, alternated, median wall time): \`${m.coldStart.command}\` ${m.coldStart.cliMs.toFixed(1)} ms, \`node -e 0\` ${m.coldStart.nodeMs.toFixed(1)} ms: **${m.coldStart.ratio.toFixed(2)}×**.`, "");
  }
  if (m.bundles) {
    lines.push(
      `Browser bundles (esbuild, ESM, tree-shaken, minified; gzip level 9): \`evaluate\` from \`huyen-hoc-tap/lite\` with the bundled pack ${fmtKb(m.bundles.lite.minBytes)} minified, **${fmtKb(m.bundles.lite.gzipBytes)} gzipped**; \`evaluate\` from the main entry (which also checks any pack it is given, and has the reference engine) ${fmtKb(m.bundles.evaluate.minBytes)} minified, ${fmtKb(m.bundles.evaluate.gzipBytes)} gzipped; the whole public API ${fmtKb(m.bundles.index.minBytes)} minified, ${fmtKb(m.bundles.index.gzipBytes)} gzipped.`,
      "",
    );
  }
  if (m.heap) {
    lines.push(
      `Heap over ${fmtInt(m.heap.evaluations)} evaluations (child process with \`--expose-gc\`, heapUsed after gc, relative to after a warm-up): ${m.heap.samples.map((s) => `${(s / 1024).toFixed(0)}`).join(", ")} KB after each tenth; **${(m.heap.growth / 1024).toFixed(0)} KB** at the end (${m.heap.seconds.toFixed(1)} s).`,
      "",
    );
  }
  if (has(TASK.jsonLogicValueOnly) && has(TASK.evaluate) && has(TASK.evaluateReasons)) {
    lines.push(
      `Against the cheapest use of json-logic-js (the measure only, compared in JS), \`evaluate\` is ${ratio(m, TASK.evaluate, TASK.jsonLogicValueOnly).toFixed(2)}× and \`evaluate\` + reasons ${ratio(m, TASK.evaluateReasons, TASK.jsonLogicValueOnly).toFixed(2)}× (the budgets use the one-expression form the issue describes).`,
      "",
    );
  }
  const agree = Object.entries(m.agreement).map(([name, a]) => `${name} ${a.compared - a.differ}/${a.compared}${a.differ > 0 ? ` (e.g. ${a.examples[0] ?? ""})` : ""}`);
  lines.push(`Verdicts identical to \`evaluate\`'s, indicator by indicator: ${agree.join("; ")}.`, "");
  lines.push("| budget | measured | |", "|---|---|---|");
  for (const c of checkBudgets(m)) lines.push(`| ${c.name} | ${c.text} | ${c.ok ? "pass" : "**FAIL**"} |`);
  return lines.join("\n");
}
