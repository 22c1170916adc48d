/* How a result's place and summary are written, for every document about a result (the appendix, the CLI's text). */
import type { EvaluationResult, Lang } from "../types.js";
import type { PlaceName } from "./messages.js";

// The report's schema lets a district write its administrative word ("Huyện Tháp Mười", "Thành phố Sa Đéc"); the
// appendix must then not add another. `iu` matching case-folds Vietnamese letters (Ệ/ệ, Đ/đ) without changing lengths.
const DISTRICT_WORD = /^(?:(huyện)|(quận)|(thị\s+xã)|(thành\s+phố))\s+|^tp\.\s*/iu;
const PROVINCE_WORD = /^(?:(tỉnh)|thành\s+phố)\s+|^tp\.\s*/iu;
/** The centrally-run cities: "thành phố Hà Nội", not "tỉnh Hà Nội". */
const CENTRAL_CITIES = new Set(["hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"]);

/** A district's or province's name with its administrative unit, and whether the report already wrote the word. */
export function placeName(given: string, level: "district" | "province"): PlaceName {
  const text = given.normalize("NFC").trim();
  if (level === "district") {
    const m = DISTRICT_WORD.exec(text);
    const name = m ? text.slice(m[0].length) : "";
    if (!m || name === "") return { given: text, name: text, unit: "district", prefixed: false };
    const unit = m[1] ? "district" : m[2] ? "urbanDistrict" : m[3] ? "town" : "city";
    return { given: text, name, unit, prefixed: true };
  }
  const m = PROVINCE_WORD.exec(text);
  const name = m ? text.slice(m[0].length) : "";
  if (m && name !== "") return { given: text, name, unit: m[1] ? "province" : "city", prefixed: true };
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
