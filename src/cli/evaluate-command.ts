import { parseArgs } from "node:util";
import { evaluateWith, validateReportWith } from "../evaluate-core.js";
import type { PackResolver } from "../evaluate-core.js";
import { litePacks } from "../pack/lite-packs.js";
import { readReportFileWith } from "../node/read-report-file.js";
import type { EvaluationResult, Lang, RulePack } from "../types.js";
import { renderText } from "./render-text.js";
import { EXIT } from "./usage.js";
import type { CliIo } from "./usage.js";

const FORMATS = ["text", "json", "markdown", "html"] as const;
type Format = (typeof FORMATS)[number];

/** `huyen-hoc-tap evaluate <report.json> …` */
export async function runEvaluate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      pack: { type: "string" },
      lang: { type: "string", default: "vi" },
      format: { type: "string", default: "text" },
      trace: { type: "boolean", default: false },
      "exit-zero": { type: "boolean", default: false },
    },
  });
  const lang = values.lang;
  const format = values.format as Format;
  if (lang !== "vi" && lang !== "en") throw new Error(`--lang: vi | en (nhận được / got ${lang})`);
  if (!FORMATS.includes(format)) throw new Error(`--format: ${FORMATS.join(" | ")} (nhận được / got ${values.format})`);
  if (positionals.length !== 1) throw new Error("evaluate cần đúng một tệp báo cáo / evaluate takes exactly one report file");
  // The pack checker is loaded only for a pack given on the command line: judging with the bundled packs starts faster.
  let pack: RulePack | undefined;
  let resolve: PackResolver | null = null;
  if (values.pack !== undefined) {
    pack = await (await import("../node/index.js")).loadPackFile(values.pack);
    resolve = (await import("../pack/resolve-given-pack.js")).resolveGivenPack;
  }
  // The bundled packs without their tests and official wording judge alike (tests/unit/lite.test.ts) and load faster;
  // the appendix quotes each indicator's wording, so it takes the full packs. No reference engine: the CLI has no
  // --engine, and does not load json-logic-js.
  const appendix = format === "markdown" || format === "html";
  const bundled = appendix ? (await import("../pack/bundled-packs.js")).bundledPacks : litePacks;
  const parts = { resolve, bundled, reference: null, entry: "huyen-hoc-tap evaluate" };
  // A text whose values have problems: the report's other problems, with the pack it is judged with, come with them.
  const report = await readReportFileWith(positionals[0] as string, (value) => {
    const checked = validateReportWith(value, pack ? { pack } : {}, parts);
    return checked.ok ? [] : checked.issues;
  });
  const result = evaluateWith(report, { ...(pack ? { pack } : {}), trace: values.trace }, parts);
  io.stdout.write(await render(result, format, lang, pack, values.trace));
  if (values["exit-zero"]) return 0;
  return verdictExitCode(result);
}

/** 0 met, 1 not met, 3 insufficient data. */
export function verdictExitCode(result: EvaluationResult): number {
  return result.verdict === "met" ? EXIT.met : result.verdict === "not_met" ? EXIT.notMet : EXIT.insufficient;
}

async function render(result: EvaluationResult, format: Format, lang: Lang, pack: RulePack | undefined, trace: boolean): Promise<string> {
  if (format === "json") return `${JSON.stringify(result, null, 2)}\n`;
  if (format === "markdown" || format === "html") {
    // Loaded only for the appendix: the plain-text answer starts faster without it.
    const { renderReport } = await import("../explain/render-report.js");
    return renderReport(result, { format, lang, trace, ...(pack ? { pack } : {}) });
  }
  const lines = trace ? (await import("../explain/trace-lines.js")).traceLines : undefined;
  return renderText(result, lang, { trace, ...(pack ? { pack } : {}), ...(lines ? { traceLines: lines } : {}) });
}
