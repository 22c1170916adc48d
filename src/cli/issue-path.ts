import type { Lang } from "../types.js";

/** The words for the empty JSON pointer: printed as `/`, it would read as another pointer (the root's key ""). */
const WHOLE_DOCUMENT: Record<Lang, string> = { vi: "toàn văn bản", en: "whole document" };

/**
 * An issue's JSON pointer as the CLI prints it: the pointer itself, or, for an issue about the whole document
 * (pointer `""`), `(toàn văn bản)` / `(whole document)` — both languages when `lang` is not given (bilingual lines).
 */
export function issuePath(path: string, lang?: Lang): string {
  if (path !== "") return path;
  return `(${lang === undefined ? `${WHOLE_DOCUMENT.vi} / ${WHOLE_DOCUMENT.en}` : WHOLE_DOCUMENT[lang]})`;
}
