import { parseArgs } from "node:util";
import { evaluate } from "../evaluate.js";
import { isHuyenHocTapError } from "../errors.js";
import { loadPackFile, readReportFile } from "../node/index.js";
import type { EvaluationResult, Lang } from "../types.js";
import { renderText } from "./render-text.js";
import { renderMarkdown } from "../explain/render-markdown.js";
import { ENGINE } from "../version.js";

/** Where the CLI writes. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Exit codes of the CLI. */
export const EXIT = { met: 0, notMet: 1, usage: 2, insufficient: 3 } as const;

const USAGE = `Cách dùng / Usage:
  huyen-hoc-tap evaluate <report.json> [--pack <pack.json>] [--lang vi|en] [--format text|json|markdown] [--exit-zero]
  huyen-hoc-tap --version

Mã thoát / Exit codes: 0 đạt / met, 1 không đạt / not met, 3 chưa đủ căn cứ / insufficient data,
  2 dữ liệu hoặc cách gọi không hợp lệ / invalid input or usage. --exit-zero: 0 whenever a verdict was reached.
`;

/** Runs the CLI with an argument list (without `node` and the script) and returns the exit code. */
export async function runMain(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "evaluate":
        return await runEvaluate(rest, io);
      case "--version":
      case "-v":
        io.stdout.write(`${ENGINE.version}\n`);
        return 0;
      case "--help":
      case "-h":
      case "help":
        io.stdout.write(USAGE);
        return 0;
      default:
        io.stderr.write(`${command ? `Lệnh không rõ / Unknown command: ${command}\n` : ""}${USAGE}`);
        return EXIT.usage;
    }
  } catch (error) {
    return reportError(error, io);
  }
}

/** Prints a library error with every issue and its path; anything else as a usage error. */
export function reportError(error: unknown, io: CliIo): number {
  if (isHuyenHocTapError(error)) {
    io.stderr.write(`${error.code}: ${error.text.vi}\n${error.code}: ${error.text.en}\n`);
    for (const issue of error.issues) {
      io.stderr.write(`  ${issue.path || "/"}  [${issue.code}] ${issue.message.vi} / ${issue.message.en}\n`);
    }
    return EXIT.usage;
  }
  io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  return EXIT.usage;
}

async function runEvaluate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      pack: { type: "string" },
      lang: { type: "string", default: "vi" },
      format: { type: "string", default: "text" },
      "exit-zero": { type: "boolean", default: false },
    },
  });
  const lang = values.lang;
  const format = values.format;
  if (lang !== "vi" && lang !== "en") throw new Error(`--lang: vi | en (got ${lang})`);
  if (!["text", "json", "markdown"].includes(format)) throw new Error(`--format: text | json | markdown (got ${format})`);
  if (positionals.length !== 1) throw new Error("evaluate takes exactly one report file");
  const report = await readReportFile(positionals[0] as string);
  const pack = values.pack !== undefined ? await loadPackFile(values.pack) : undefined;
  const result = evaluate(report, pack ? { pack } : {});
  io.stdout.write(render(result, format, lang));
  if (values["exit-zero"]) return 0;
  return verdictExitCode(result);
}

/** 0 met, 1 not met, 3 insufficient data. */
export function verdictExitCode(result: EvaluationResult): number {
  return result.verdict === "met" ? EXIT.met : result.verdict === "not_met" ? EXIT.notMet : EXIT.insufficient;
}

function render(result: EvaluationResult, format: string, lang: Lang): string {
  if (format === "json") return `${JSON.stringify(result, null, 2)}\n`;
  if (format === "markdown") return renderMarkdown(result, lang);
  return renderText(result, lang);
}
