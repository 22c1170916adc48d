/** A stream the CLI writes to, as far as a closed reader concerns it. */
export interface WatchedStream {
  on(event: "error", listener: (error: Error) => void): unknown;
}

/**
 * Stops the CLI quietly when the reader of its output goes away (`huyen-hoc-tap evaluate huge.jsonl | head -1`): the
 * write fails with EPIPE, which Node would otherwise raise as an unhandled error (a stack trace, exit code 1 — which
 * this CLI uses for "not met"). `exit` is called at once, so a long batch is not judged for no reader.
 *
 * The exit code is 0: the reader asked for no more, which is not a failure of this program (it is how `head` ends a
 * pipe); and the code the run would have given does not exist yet — a batch cut short has no worst verdict, and
 * guessing 1 or 3 would claim a verdict nobody reached. (Without `pipefail` the shell reports the reader's status anyway.)
 * Any other write error is thrown again, as before.
 */
export function stopOnClosedPipe(streams: readonly WatchedStream[], exit: (code: number) => void): void {
  for (const stream of streams) {
    stream.on("error", (error) => {
      if ((error as NodeJS.ErrnoException).code === "EPIPE") exit(0);
      else throw error;
    });
  }
}
