import { isDirectory } from "../node/is-directory.js";

/** Options of `evaluate` that take a value: whatever follows them is not the input. */
const VALUE_OPTIONS = new Set(["--pack", "--lang", "--format"]);

/**
 * True when `evaluate` was given a batch: a directory, or a JSON Lines file (`.jsonl`, `.ndjson`). A `.json` file is one
 * report (`evaluate-command.ts`). Kept apart from `batch.ts` so that judging one report does not load the batch code.
 */
export async function isBatchInput(args: string[]): Promise<boolean> {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith("-")) {
      if (VALUE_OPTIONS.has(arg)) i += 1;
      continue;
    }
    if (isJsonLines(arg) || (await isDirectory(arg))) return true;
  }
  return false;
}

/** A JSON Lines file, by its name. */
export const isJsonLines = (path: string): boolean => /\.(jsonl|ndjson)$/i.test(path);
