import type { Lang } from "../types.js";
import type { AppendixMessages, ExplainMessages, LogicMessages } from "./messages.js";
import { enDocument } from "./document-messages.en.js";
import { viDocument } from "./document-messages.vi.js";

export type { AppendixMessages, ExplainMessages, LogicMessages };

/**
 * What a value that is not a list holds, for the readings of `!` and `!!` (JsonLogic's truthiness): `number` (false
 * when 0 or not given), `text` (empty or not given), `boolean` (false or not given), `computed` (an arithmetic result:
 * 0 or not computable, NaN), `any` (not known: every falsy value is named).
 */
export type ValueKind = "number" | "text" | "boolean" | "computed" | "any";

/** The words for rules: every key of {@link LogicMessages}, and the readings true to JsonLogic's semantics. */
export interface LogicWords extends LogicMessages {
  /** `!` of a value that is not a list, by what it holds: "tỷ lệ bằng 0 hoặc không có". */
  falsy: Record<ValueKind, (value: string) => string>;
  /** `!!` of a value that is not a list, by what it holds: "tỷ lệ có và khác 0". */
  truthy: Record<ValueKind, (value: string) => string>;
  /** `!` of `missing`: every listed field is given (`op.missing` reads `missing` itself, from the fields' labels). */
  givenFields: (labels: string[]) => string;
  /** `!` of `missing_some`: at least `count` of the listed fields are given (`op.missing_some`: fewer are). */
  enoughGiven: (count: string, labels: string[]) => string;
  /** The last line of a trace cut after its most lines of steps: "… (đã lược bớt 12 bước)". */
  stepsLeftOut: (count: number) => string;
}

/**
 * The texts of documents about rules: rendered JSON-logic, `explainPack`, traces, the indicator reference and the
 * evaluation appendix. They are kept apart from `messages.ts` (what `evaluate` writes) so that an app that only
 * judges does not ship them. `document-messages.vi.ts` and `.en.ts` must define every key.
 */
export interface DocumentMessages {
  /** Words for rendering JSON-logic rules and traces (`explain/render-logic.ts`). */
  logic: LogicWords;
  /** Texts of `explainPack`, traces and the indicator reference. */
  explain: ExplainMessages;
  /** Texts of the evaluation appendix (`renderReport`). */
  appendix: AppendixMessages;
}

/** The document texts of a language. */
export function documentMessagesFor(lang: Lang): DocumentMessages {
  return lang === "en" ? enDocument : viDocument;
}
