import type { JsonValue, Lang, Text, Threshold } from "../types.js";
import { formatUnit } from "../explain/format-number.js";
import { canonicalJson } from "./canonical-json.js";
import type { PackChange } from "./diff-packs.js";
import { DIFF_TEXTS } from "./diff-texts.js";
import type { DiffTexts } from "./diff-texts.js";
import type { PreparedPack } from "./prepared-pack.js";

/** What the parts of a diff share: both packs and the changes found so far. */
export interface Ctx {
  a: PreparedPack;
  b: PreparedPack;
  changes: PackChange[];
}

/** What an added or removed indicator carries with it, so that it is not listed again. */
export interface Folded {
  addedIds: Set<string>;
  removedIds: Set<string>;
  thresholdsAdded: Set<string>;
  thresholdsRemoved: Set<string>;
}

/** True when two values have the same canonical JSON. */
export const same = (x: unknown, y: unknown): boolean => canonicalJson(x ?? null) === canonicalJson(y ?? null);
/** A text in both languages, from the diff texts of each. */
export const both = (f: (t: DiffTexts, lang: Lang) => string): Text => ({ vi: f(DIFF_TEXTS.vi, "vi"), en: f(DIFF_TEXTS.en, "en") });
/** A plain JSON copy, for `before` and `after`. */
export const json = (v: unknown): JsonValue => JSON.parse(JSON.stringify(v ?? null)) as JsonValue;

/** One part of a change's text, written in a language. */
export type Part = (t: DiffTexts, lang: Lang) => string;

/**
 * The language whose text a change shows, `lang` first: when only the other language's text changed, that one, so
 * that no text says “X → X”. `otherOnly` tells the text to say so (“chỉ bản tiếng Anh” / “Vietnamese only”). A text
 * absent on one side (added or removed) counts as changed in both languages.
 */
export function changedLanguage(before: Text | undefined, after: Text | undefined, lang: Lang): { shown: Lang; otherOnly: boolean } {
  const other: Lang = lang === "vi" ? "en" : "vi";
  const otherOnly = before?.[lang] === after?.[lang] && before?.[other] !== after?.[other];
  return { shown: otherOnly ? other : lang, otherOnly };
}

/** A threshold value in its unit, with as many decimals as it has: `75%`, `0,25%`, `2,5 điểm phần trăm`. */
export function formatThreshold(t: Pick<Threshold, "value" | "unit">, lang: Lang): string {
  const decimals = Math.max(2, (String(t.value).split(".")[1] ?? "").length);
  return formatUnit(t.value, t.unit, lang, decimals);
}

/** Indicators that use a threshold, in pack order. */
export function usersOf(p: PreparedPack, name: string): string[] {
  return p.indicators.filter((i) => i.indicator.rule.threshold === name).map((i) => i.indicator.id);
}
