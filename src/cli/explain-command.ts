import { parseArgs } from "node:util";
import { explainPack } from "../explain/explain-pack.js";
import type { PackExplanation } from "../explain/explain-pack.js";
import { loadPackFile } from "../node/index.js";
import type { CliIo } from "./usage.js";
import { documentMessagesFor } from "../explain/document-messages.js";
import { displayLine } from "../explain/display-text.js";

/** `huyen-hoc-tap explain [--pack <file>] [--indicator <id>] [--lang en]`: the rules in plain language. */
export async function runExplain(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      pack: { type: "string" },
      indicator: { type: "string" },
      lang: { type: "string", default: "vi" },
    },
  });
  const lang = values.lang;
  if (lang !== "vi" && lang !== "en") throw new Error(`--lang: vi | en (nhận được / got ${lang})`);
  if (positionals.length > 0) throw new Error(`explain không nhận tệp (dùng --pack <tệp>) / explain takes no file argument (use --pack <file>), nhận được / got ${positionals.join(" ")}`);
  const pack = values.pack !== undefined ? await loadPackFile(values.pack) : undefined;
  const explanation = explainPack(pack, { lang, ...(values.indicator !== undefined ? { indicator: values.indicator } : {}) });
  io.stdout.write(formatExplanation(explanation));
  return 0;
}

/**
 * A pack explanation as plain text, grouped by standard and criterion. Every line goes through {@link displayLine}:
 * a pack's titles, wordings and notes cannot drive the terminal, reorder the text or start a line of their own.
 */
export function formatExplanation(e: PackExplanation): string {
  const m = documentMessagesFor(e.lang).explain;
  const h = m.heading;
  const lines = [`${e.title}: ${e.id} ${e.version}`, e.digest, ...e.legalBasis, `${m.conclusionHeading}: ${e.conclusion.text}`, ""];
  let standard: string | null = null;
  let criterion: string | null = null;
  for (const i of e.indicators) {
    if (i.standard.id !== standard) {
      standard = i.standard.id;
      lines.push(h.standard(i.standard.id, i.standard.title));
    }
    if (i.criterion.id !== criterion) {
      criterion = i.criterion.id;
      lines.push(`  ${h.criterion(i.criterion.id, i.criterion.title)}`);
    }
    lines.push(`    ${i.id}. ${i.wording}`);
    const item = (label: string, text: string): void => {
      lines.push(`      ${label}: ${text}`);
    };
    item(h.rule, i.sentence);
    item(h.formula, i.formula);
    if (i.threshold) item(h.threshold, m.threshold(i.threshold.name, i.threshold.text, i.threshold.label));
    if (i.rounding) item(h.rounding, `${i.rounding}.`);
    if (i.note) item(h.note, i.note);
    if (i.legalBasis) item(h.legalBasis, `${i.legalBasis.ref} (${i.legalBasis.date})`);
    lines.push("");
  }
  return lines.map(displayLine).join("\n");
}
