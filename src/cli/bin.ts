import { runMain } from "./main.js";
import { stopOnClosedPipe } from "./stop-on-closed-pipe.js";
import { displayLine } from "../explain/display-text.js";

stopOnClosedPipe([process.stdout, process.stderr], (code) => process.exit(code));

runMain(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An unexpected error's message can quote a report or a pack: each line shown without its controls.
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`${text.split("\n").map(displayLine).join("\n")}\n`);
    process.exitCode = 2;
  },
);
