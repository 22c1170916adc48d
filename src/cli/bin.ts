import { runMain } from "./main.js";
import { stopOnClosedPipe } from "./stop-on-closed-pipe.js";

stopOnClosedPipe([process.stdout, process.stderr], (code) => process.exit(code));

runMain(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
