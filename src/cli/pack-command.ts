import { listPacks } from "../pack/list-packs.js";
import { loadPackFile } from "../node/index.js";
import { EXIT } from "./usage.js";
import type { CliIo } from "./usage.js";

/** `huyen-hoc-tap pack <subcommand> …`: tools for the people who write and publish rule packs. */
export async function runPackCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case "list":
      for (const p of listPacks()) {
        io.stdout.write(`${p.id}\t${p.version}\t${p.effectiveFrom} → ${p.effectiveTo ?? "…"}\t${p.years}\t${p.digest}\n`);
      }
      return 0;
    case "validate": {
      if (rest.length !== 1) throw new Error("pack validate takes exactly one pack file");
      const pack = await loadPackFile(rest[0] as string);
      io.stdout.write(`OK: ${pack.id} ${pack.version}\n`);
      return 0;
    }
    default:
      io.stderr.write(`pack: list | validate <pack>\n`);
      return EXIT.usage;
  }
}
