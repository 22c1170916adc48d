import type { IndicatorFlag, JsonValue, Text } from "./types.js";
import { defineLazy, plainObjectBase } from "./lazy.js";
import type { EvalMode, Outcome } from "./evaluate-indicator.js";
import { allGiven, measureValue } from "./evaluate-indicator.js";
import type { PreparedIndicator, PreparedPack } from "./pack/prepared-pack.js";
import { escapePointer } from "./logic/walk-logic.js";
import { en } from "./explain/messages.en.js";
import { vi } from "./explain/messages.vi.js";
import type { FlagCode, Params } from "./explain/messages.js";
import { fieldLabels, formatValue } from "./explain/reason.js";
import { formatDate, formatUnit } from "./explain/format-number.js";
import { cutAtWord } from "./explain/cut-at-word.js";

/** A flag: plain fields, and its message built when first read (an own, enumerable getter; see `defineLazy`). */
class FlagObject extends plainObjectBase() implements IndicatorFlag {
  declare code: FlagCode;
  declare path: string;
  declare params: Record<string, JsonValue>;
  declare message: Text;
  #message: Text | undefined;
  /** What the message is written from (the fields may be changed by the caller before it is read). */
  #code: FlagCode;
  #params: Params;

  static readonly #MESSAGE = function (this: FlagObject): Text {
    return (this.#message ??= { vi: vi.flag[this.#code](this.#params), en: en.flag[this.#code](this.#params) });
  };

  constructor(code: FlagCode, path: string, params: Params) {
    super();
    this.#message = undefined;
    this.#code = code;
    this.#params = params;
    this.code = code;
    this.path = path;
    this.params = params as Record<string, JsonValue>;
    defineLazy(this, "message", FlagObject.#MESSAGE);
  }
}

function flag(code: FlagCode, path: string, params: Params): IndicatorFlag {
  return new FlagObject(code, path, params);
}

/**
 * Two values that disagree, written so that they visibly differ: with the measure's usual decimals, or more (up to
 * 12) when those would show the same figure twice ("tính được 0%, nhưng … ghi 0%" for a stated 0,0001%).
 */
function apartTexts(prepared: PreparedIndicator, chosen: number, other: number): Record<string, string> {
  const unit = prepared.indicator.rule.unit;
  let chosenText = formatValue(prepared, chosen, "vi");
  let otherText = formatValue(prepared, other, "vi");
  let chosenTextEn = formatValue(prepared, chosen, "en");
  let otherTextEn = formatValue(prepared, other, "en");
  for (let decimals = 3; chosenText === otherText && decimals <= 12; decimals++) {
    chosenText = formatUnit(chosen, unit, "vi", decimals);
    otherText = formatUnit(other, unit, "vi", decimals);
    chosenTextEn = formatUnit(chosen, unit, "en", decimals);
    otherTextEn = formatUnit(other, unit, "en", decimals);
  }
  return { chosenText, chosenTextEn, otherText, otherTextEn };
}

/** Decimal places a number shows when written the shortest way (92.3 → 1): the rounding it claims. */
function shownDecimals(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) return 0;
  const s = String(value);
  if (s.includes("e")) return 12;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * The most decimal places the given figures show (0 when none does). A loop: `requires` is the deep-frozen pack's, and
 * V8's array builtins (`map`, a spread) leave their fast path on frozen arrays.
 */
function mostDecimals(fields: readonly string[], block: Record<string, unknown>): number {
  let most = 0;
  for (let i = 0; i < fields.length; i++) most = Math.max(most, shownDecimals(block[fields[i] as string]));
  return most;
}

/**
 * What an auditor should look at in one indicator's block (null when the indicator cannot raise any): a
 * self-assessment that differs from the computed verdict (or claims "met" without figures), two ways of measuring that
 * disagree beyond the rounding of the stated figure, a preferred way of measuring with only some of its figures given
 * (the result then rests on another), and evidence dated after the report or before the pack came into force.
 */
export function flagIndicator(prepared: PreparedIndicator, pack: PreparedPack, block: Record<string, unknown>, outcome: Outcome, mode: EvalMode): IndicatorFlag[] | null {
  if (block["selfAssessment"] === undefined && prepared.evidenceFields.length === 0 && prepared.indicator.rule.measures.length < 2) return null;
  const flags: IndicatorFlag[] = [];
  const base = prepared.blockPath;
  const self = block["selfAssessment"];
  if (self === "met" || self === "not_met") {
    const verdict = outcome.verdict;
    if (verdict === "insufficient_data" && self === "met") {
      const params = { selfAssessment: self, self: vi.verdict[self], selfEn: en.verdict[self], engine: vi.verdict[verdict], engineEn: en.verdict[verdict] };
      flags.push(flag("SELF_ASSESSED_WITHOUT_FIGURES", `${base}/selfAssessment`, params));
    } else if (verdict !== "insufficient_data" && verdict !== self) {
      // Also "not applicable" against a district's "met" or "not met": the engine found nothing to assess.
      const params = { selfAssessment: self, verdict, self: vi.verdict[self], selfEn: en.verdict[self], engine: vi.verdict[verdict], engineEn: en.verdict[verdict] };
      flags.push(flag("SELF_ASSESSMENT_DIFFERS", `${base}/selfAssessment`, params));
    }
  }
  const measures = prepared.indicator.rule.measures;
  if (typeof outcome.value === "number" && outcome.measure && measures.length > 1) {
    for (let index = 0; index < measures.length; index++) {
      const other = measures[index] as (typeof measures)[number];
      if (index === outcome.measureIndex) continue;
      const ready = prepared.compiled.measures[index]?.ready;
      if (!(ready !== undefined ? ready(block) : allGiven(other.requires, block))) continue;
      const otherValue = measureValue(prepared, index, block);
      if (otherValue === null) continue;
      const tolerance = 0.5 * 10 ** -mostDecimals(other.requires, block);
      if (Math.abs(outcome.value - otherValue) <= tolerance + 1e-9) continue;
      flags.push(flag("MEASURES_DISAGREE", `${base}/${escapePointer(other.requires[0] as string)}`, {
        chosen: outcome.measure.id,
        other: other.id,
        chosenValue: outcome.value,
        otherValue,
        ...apartTexts(prepared, outcome.value, otherValue),
        otherLabel: fieldLabels(prepared, other.requires, "vi").join(", "),
        otherLabelEn: fieldLabels(prepared, other.requires, "en").join(", "),
      }));
    }
  }
  // A preferred method with some of its figures given, but not all: the result rests on a later one, and the figures
  // given are not checked against it (9 Tốt out of 10, Khá left out, beside a stated 50%).
  if (outcome.measure && outcome.measureIndex > 0) {
    const labels = (fields: readonly string[], lang: "vi" | "en"): string => (lang === "vi" ? vi : en).fieldList(fieldLabels(prepared, fields, lang));
    for (let index = 0; index < outcome.measureIndex; index++) {
      const requires = (measures[index] as (typeof measures)[number]).requires;
      // Loops, not `filter`: `requires` is the deep-frozen pack's (see mostDecimals).
      const given: string[] = [];
      const missing: string[] = [];
      for (let k = 0; k < requires.length; k++) {
        const f = requires[k] as string;
        if (block[f] !== undefined && block[f] !== null) given.push(f);
        else missing.push(f);
      }
      if (given.length === 0 || missing.length === 0) continue;
      const used = outcome.measure.requires;
      flags.push(flag("PREFERRED_MEASURE_INCOMPLETE", `${base}/${escapePointer(missing[0] as string)}`, {
        preferred: (measures[index] as (typeof measures)[number]).id,
        used: outcome.measure.id,
        missing: missing.join(", "),
        givenLabel: labels(given, "vi"),
        givenLabelEn: labels(given, "en"),
        missingLabel: labels(missing, "vi"),
        missingLabelEn: labels(missing, "en"),
        usedLabel: labels(used, "vi"),
        usedLabelEn: labels(used, "en"),
      }));
    }
  }
  const evidence = prepared.evidenceFields;
  if (evidence.length === 0) return flags;
  const reportDate = mode.reportDate;
  const from = pack.info.effectiveFrom;
  const fromText = pack.effectiveFromText;
  for (let k = 0; k < evidence.length; k++) {
    const items = block[evidence[k] as string];
    if (!Array.isArray(items)) continue;
    for (let i = 0; i < items.length; i++) {
      const e = items[i] as Record<string, unknown> | null | undefined;
      if (e === null || e === undefined) continue;
      const date = e["date"];
      if (typeof date !== "string") continue;
      const after = reportDate !== undefined && date > reportDate;
      const before = date < from;
      if (!after && !before) continue;
      // A document by its number, else by the start of its description, quoted (it is not a document's name), else by its place.
      const ref = typeof e["ref"] === "string" ? e["ref"] : typeof e["description"] === "string" ? `“${cutAtWord(e["description"])}”` : `#${i + 1}`;
      const path = `${prepared.evidencePaths[k] as string}/${i}/date`;
      const shown = formatDate(date);
      if (after) flags.push(flag("EVIDENCE_AFTER_REPORT", path, { ref, date: shown, reportDate: formatDate(reportDate) }));
      if (before) flags.push(flag("EVIDENCE_BEFORE_PERIOD", path, { ref, date: shown, from: fromText }));
    }
  }
  return flags;
}
