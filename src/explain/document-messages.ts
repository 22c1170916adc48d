import type { Lang } from "../types.js";
import type { AppendixMessages, ExplainMessages, LogicMessages } from "./messages.js";
import { enDocument } from "./document-messages.en.js";
import { viDocument } from "./document-messages.vi.js";

export type { AppendixMessages, ExplainMessages, LogicMessages };

/**
 * The texts of documents about rules: rendered JSON-logic, `explainPack`, traces, the indicator reference and the
 * evaluation appendix. They are kept apart from `messages.ts` (what `evaluate` writes) so that an app that only
 * judges does not ship them. `document-messages.vi.ts` and `.en.ts` must define every key.
 */
export interface DocumentMessages {
  /** Words for rendering JSON-logic rules and traces (`explain/render-logic.ts`). */
  logic: LogicMessages;
  /** Texts of `explainPack`, traces and the indicator reference. */
  explain: ExplainMessages;
  /** Texts of the evaluation appendix (`renderReport`). */
  appendix: AppendixMessages;
}

/** The document texts of a language. */
export function documentMessagesFor(lang: Lang): DocumentMessages {
  return lang === "en" ? enDocument : viDocument;
}
