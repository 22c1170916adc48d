import { isHuyenHocTapError } from "../errors.js";
import { isBatchInput } from "./batch-input.js";
import { EXIT, USAGE } from "./usage.js";
import type { CliIo } from "./usage.js";
import { ENGINE } from "../version.js";
import { usageProblem } from "./usage-problem.js";
import { issuePath } from "./issue-path.js";

/** Runs the CLI with an argument list (without `node` and the script) and returns the exit code. */
export async function runMain(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      // Commands are loaded on demand: `evaluate` on one report loads only what it needs (fast start-up).
      case "evaluate":
        if (await isBatchInput(rest)) return await (await import("./batch.js")).runBatch(rest, io);
        return await (await import("./evaluate-command.js")).runEvaluate(rest, io);
      case "simulate":
        return await (await import("./simulate-command.js")).runSimulate(rest, io);
      case "pack":
        return await (await import("./pack-command.js")).runPackCommand(rest, io);
      case "explain":
        return await (await import("./explain-command.js")).runExplain(rest, io);
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
      io.stderr.write(`  ${issuePath(issue.path)}  [${issue.code}] ${issue.message.vi} / ${issue.message.en}\n`);
    }
    return EXIT.usage;
  }
  io.stderr.write(`${usageProblem(error)}\n${USAGE}`);
  return EXIT.usage;
}

export type { CliIo };
export { EXIT };
