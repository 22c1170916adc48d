/*
 * How a result's place and summary are written, for every document about a result (the appendix, the CLI's text).
 * How a text from a report or a pack is made safe to show is display-text.ts.
 */
import type { EvaluationResult, Lang, Text } from "../types.js";
import type { PlaceName } from "./messages.js";

// The report's schema lets a district write its administrative word ("Huyện Tháp Mười", "Thành phố Sa Đéc") or its
// usual abbreviation ("TX. Hồng Ngự", "TP Cao Lãnh", "Q. 1"); the appendix must then not add another. `iu` matching
// case-folds Vietnamese letters (Ệ/ệ, Đ/đ) without changing lengths. An abbreviation needs its dot, or (TP, TX: no
// Vietnamese word starts with "tp" or "tx") a space and an uppercase letter: "Tân Phú", "Quế Sơn", "TP cao" are names.
// The uppercase test is a separate case-sensitive pattern: under `i`, `\p{Lu}` matches lowercase letters too.
type Unit = PlaceName["unit"];
const DISTRICT_WORDS: readonly (readonly [RegExp, Unit])[] = [
  [/^(?:huyện\s+|h\.\s*)/iu, "district"],
  [/^(?:quận\s+|q\.\s*)/iu, "urbanDistrict"],
  [/^(?:thị\s+xã\s+|t(?:\.\s*)?x\.\s*)/iu, "town"],
  [/^[Tt][Xx]\s+(?=\p{Lu})/u, "town"],
  [/^[Tt]\.\s*[Xx]\s+(?=\p{Lu})/u, "town"],
  [/^(?:thành\s+phố\s+|t(?:\.\s*)?p\.\s*)/iu, "city"],
  [/^[Tt][Pp]\s+(?=\p{Lu})/u, "city"],
  [/^[Tt]\.\s*[Pp]\s+(?=\p{Lu})/u, "city"],
  // The commune level (a pack may assess it: docs/rule-packs.md, `assessedUnit`): xã, phường, thị trấn ("thị xã" is
  // matched above, before "xã"), and X., P., TT. (TT also without its dot before an uppercase letter, as TP and TX).
  [/^(?:xã\s+|x\.\s*)/iu, "commune"],
  [/^(?:phường\s+|p\.\s*)/iu, "ward"],
  [/^(?:thị\s+trấn\s+|t(?:\.\s*)?t\.\s*)/iu, "township"],
  [/^[Tt][Tt]\s+(?=\p{Lu})/u, "township"],
];
// "T. P. Hồ Chí Minh" is a city before "T. Đồng Tháp" is a province.
// "T.P Hồ Chí Minh" (no dot after P) is a city too; "T." alone is a province only before a word ("T. Đồng Tháp",
// "T.Đồng Tháp"), not before "P " or "Ư".
const PROVINCE_WORDS: readonly (readonly [RegExp, Unit])[] = [
  [/^(?:thành\s+phố\s+|t(?:\.\s*)?p\.\s*)/iu, "city"],
  [/^[Tt][Pp]\s+(?=\p{Lu})/u, "city"],
  [/^[Tt]\.\s*[Pp]\s+(?=\p{Lu})/u, "city"],
  [/^tỉnh\s+/iu, "province"],
  [/^[Tt]\.\s*(?=\p{Lu}\p{Ll})/u, "province"],
];
/** The centrally-run cities: "thành phố Hà Nội", not "tỉnh Hà Nội". */
const CENTRAL_CITIES = new Set(["hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"]);

/**
 * A district's or province's name with its administrative unit, and whether the report already wrote the word. `level`
 * `district` is the unit the pack assesses (its report's `district` field), whatever its level: a name that starts
 * with any administrative word of a district or a commune keeps it; any other is of `noun`, the pack's noun for the
 * unit (`assessedUnit.name`; without it, huyện / district).
 */
export function placeName(given: string, level: "district" | "province", noun?: Text): PlaceName {
  const text = given.normalize("NFC").trim();
  for (const [word, unit] of level === "district" ? DISTRICT_WORDS : PROVINCE_WORDS) {
    const m = word.exec(text);
    const name = m ? text.slice(m[0].length) : "";
    if (m && name !== "") return { given: text, name, unit, prefixed: true };
  }
  if (level === "district") return { given: text, name: text, unit: "district", prefixed: false, ...(noun ? { noun } : {}) };
  const city = CENTRAL_CITIES.has(text.toLocaleLowerCase("vi").replace(/\s+/gu, " "));
  return { given: text, name: text, unit: city ? "city" : "province", prefixed: false };
}

/**
 * The summary lines of a result without its conclusion (documents write the conclusion on a line of its own): the
 * summary text ends with the conclusion; a result stored by an older version of the library has it without.
 */
export function summaryLines(result: EvaluationResult, lang: Lang): string[] {
  const lines = result.summary.text[lang].split("; ");
  if (lines.length > 1 && lines[lines.length - 1] === result.conclusion[lang]) lines.pop();
  return lines;
}
