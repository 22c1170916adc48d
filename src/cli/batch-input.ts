import { inputKind } from "../node/input-kind.js";

/** Options of `evaluate` that take a value: whatever follows them is not the input. */
const VALUE_OPTIONS = new Set(["--pack", "--lang", "--format"]);

/**
 * True when `evaluate` was given a batch: a directory, a JSON Lines file, or a file whose JSON text is an array — the
 * rule `simulate` reads its reports by ({@link inputKind}). Any other file is one report (`evaluate-command.ts`). Kept
 * apart from `batch.ts` so that judging one report does not load the batch code.
 */
export async function isBatchInput(args: string[]): Promise<boolean> {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith("-")) {
      if (VALUE_OPTIONS.has(arg)) i += 1;
      continue;
    }
    if ((await inputKind(arg)) !== "report") return true;
  }
  return false;
}
