import { isHuyenHocTapError } from "../errors.js";
import { isBatchInput } from "./batch-input.js";
import { asksForHelp, EVALUATE_USAGE, EXIT, EXPLAIN_USAGE, USAGE } from "./usage.js";
import type { CliIo } from "./usage.js";
import { ENGINE } from "../version.js";
import { usageProblem } from "./usage-problem.js";
import { issuePath } from "./issue-path.js";
import { displayLine } from "../explain/display-text.js";

/** Runs the CLI with an argument list (without `node` and the script) and returns the exit code. */
export async function runMain(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      // Commands are loaded on demand: `evaluate` on one report loads only what it needs (fast start-up).
      case "evaluate":
        if (asksForHelp(rest)) return help(EVALUATE_USAGE, io);
        if (await isBatchInput(rest)) return await (await import("./batch.js")).runBatch(rest, io);
        return await (await import("./evaluate-command.js")).runEvaluate(rest, io);
      case "simulate": {
        const simulate = await import("./simulate-command.js");
        return asksForHelp(rest) ? help(simulate.SIMULATE_USAGE, io) : await simulate.runSimulate(rest, io);
      }
      case "pack":
        return await (await import("./pack-command.js")).runPackCommand(rest, io);
      case "explain":
        if (asksForHelp(rest)) return help(EXPLAIN_USAGE, io);
        return await (await import("./explain-command.js")).runExplain(rest, io);
      case "--version":
      case "-v":
        io.stdout.write(`${ENGINE.version}\n`);
        return 0;
      case "--help":
      case "-h":
      case "help":
        return help(USAGE, io);
      default:
        io.stderr.write(`${command ? `${displayLine(`Lệnh không rõ / Unknown command: ${command}`)}\n` : ""}${USAGE}`);
        return EXIT.usage;
    }
  } catch (error) {
    return reportError(error, io);
  }
}

/** A command's help, on stdout: asked for, it is no mistake (exit code 0). */
function help(text: string, io: CliIo): number {
  io.stdout.write(text);
  return 0;
}

/**
 * Prints a library error with every issue and its path; anything else as a usage error. Each line goes through
 * {@link displayLine}: an issue's path is a report's or pack's key, its message may quote their values or a file name.
 */
export function reportError(error: unknown, io: CliIo): number {
  const line = (text: string): string => `${displayLine(text)}\n`;
  if (isHuyenHocTapError(error)) {
    io.stderr.write(line(`${error.code}: ${error.text.vi}`) + line(`${error.code}: ${error.text.en}`));
    for (const issue of error.issues) {
      io.stderr.write(line(`  ${issuePath(issue.path)}  [${issue.code}] ${issue.message.vi} / ${issue.message.en}`));
    }
    return EXIT.usage;
  }
  io.stderr.write(`${usageProblem(error)}\n${USAGE}`);
  return EXIT.usage;
}

export type { CliIo };
export { EXIT };
