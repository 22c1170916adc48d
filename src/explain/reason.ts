import type { Lang } from "../types.js";
import type { Outcome } from "../evaluate-indicator.js";
import type { FieldInfo, PreparedIndicator } from "../pack/prepared-pack.js";
import { fillTemplate, formatField, splitTemplate } from "./fill-template.js";
import { formatMeasure, formatUnit, writtenDecimals } from "./format-number.js";
import { messagesFor } from "./messages-for.js";
import { roundingChanged, roundMeasure } from "../logic/round-decimal.js";

/** "Đạt: ", "Met: ": how a reason begins, by language and verdict. */
const VERDICT_PREFIX: Record<Lang, Record<Outcome["verdict"], string>> = { vi: prefixes("vi"), en: prefixes("en") };

function prefixes(lang: Lang): Record<Outcome["verdict"], string> {
  const label = messagesFor(lang).verdict;
  return { met: `${label.met}: `, not_met: `${label.not_met}: `, not_applicable: `${label.not_applicable}: `, insufficient_data: `${label.insufficient_data}: ` };
}

/** The reason for an indicator's verdict, like an official's note, with the figures used. */
export function explainIndicatorResult(prepared: PreparedIndicator, outcome: Outcome, lang: Lang): string {
  const m = messagesFor(lang);
  const label = m.verdict[outcome.verdict];
  if (outcome.verdict === "insufficient_data" && !outcome.notComputable) {
    // Labels hold commas ("tổng số cơ quan, đơn vị"): fields are listed with "; " and "và", alternatives with "hoặc".
    const alternatives: string[] = [];
    // Another method is named by the figures it still lacks: a total already given is not asked for again.
    const block = outcome.block;
    for (let i = 0; i < outcome.alternatives.length; i++) {
      // A loop, not `filter`: the lists are the deep-frozen pack's (see docs/performance.md).
      const fields = outcome.alternatives[i] as string[];
      const lacking: string[] = [];
      for (let k = 0; k < fields.length; k++) if (block?.[fields[k] as string] == null) lacking.push(fields[k] as string);
      alternatives.push(m.fieldList(fieldLabels(prepared, lacking, lang)));
    }
    return m.missingFigures(m.fieldList(fieldLabels(prepared, outcome.missing, lang)), m.alternativeList(alternatives));
  }
  if (outcome.notComputable) return `${label}: ${m.notComputable}.`;
  const measure = outcome.measure;
  if (outcome.verdict === "not_applicable") {
    return `${label}: ${measure?.notApplicable?.[lang] ?? m.notApplicableDefault}.`;
  }
  // "Đạt: " + the measure described + "; yêu cầu tối thiểu 75%.": the two ends are made once (this is the hot path
  // of reading reasons).
  const texts = prepared.texts[lang];
  return VERDICT_PREFIX[lang][outcome.verdict] + describeMeasure(prepared, outcome, lang) + (texts.ending ??= `; ${requirementText(prepared, lang)}.`);
}

/**
 * The labels of fields in one language (a field without one by its name). A loop, not `map`: the lists are often the
 * deep-frozen pack's, and V8's array builtins leave their fast path on frozen arrays.
 */
export function fieldLabels(prepared: PreparedIndicator, names: readonly string[], lang: Lang): string[] {
  const labels: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    labels.push(prepared.fields.get(name)?.label[lang] ?? name);
  }
  return labels;
}

/**
 * "100% cơ quan, đơn vị … (33 Tốt + 0 Khá trên tổng số 33)": the measure's template filled with the figures. A value
 * below zero uses the measure's `describeNegative` when it has one, with `{value}` written as the magnitude. When
 * rounding to the rule's decimals changed the value, the figure computed follows it ({@link roundingNote}; at the end
 * when the template does not show the value).
 */
export function describeMeasure(prepared: PreparedIndicator, outcome: Outcome, lang: Lang): string {
  const { measure, value } = outcome;
  const negative = typeof value === "number" && value < 0 && measure?.describeNegative !== undefined;
  const template = (negative ? measure?.describeNegative : measure?.describe)?.[lang];
  const shown = negative ? Math.abs(value) : value;
  let note = roundingNote(prepared, outcome.raw, shown, lang, negative);
  // A measure that is one figure of the report ({ "var": "percent" }) is quoted whole, as the report gives it (up to
  // 12 decimals), not rounded to 2: "12,123456789012% (tỷ lệ nêu trong báo cáo)".
  const valueText = typeof shown === "number" && prepared.figureMeasures[outcome.measureIndex] === true ? wholeFigure(prepared, shown, lang) : formatValue(prepared, shown, lang);
  if (!template || measure === null) return messagesFor(lang).measureDefault(valueText + note);
  const { texts, slots } = describerOf(prepared, outcome.measureIndex, lang, template, negative);
  const block = outcome.block;
  let out = texts[0] as string;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as Slot;
    const kind = slot.kind;
    let text = slot.text;
    if (kind === VALUE) {
      text = valueText + note;
      note = "";
    } else if (kind === FIELD) text = formatField(block === undefined ? undefined : block[slot.name], slot.info, lang);
    out += text + (texts[i + 1] as string);
  }
  return out + note;
}

/**
 * " (69,6% làm tròn đến 0 chữ số thập phân theo bộ quy tắc)", said after a value shown (`value`, or with `magnitude`
 * its magnitude) when rounding the figure computed (`raw`) to the rule's decimals changed it — not when it only
 * removed binary noise (2,01 − 0,51 is 1,5; see roundingChanged) —, else "".
 */
export function roundingNote(prepared: PreparedIndicator, raw: number | null, value: number | boolean | null, lang: Lang, magnitude = false): string {
  const { decimals = 12, unit } = prepared.indicator.rule;
  if (decimals > 11 || typeof raw !== "number" || typeof value !== "number" || !roundingChanged((raw = magnitude ? -raw : raw), value, decimals)) return "";
  // The figure with the fewest decimals that does not look like the value and still rounds to it: 69,645 for 69,6
  // (69,65 would round to 69,7). A count is written with them too.
  let d = decimals + 1;
  for (let r; d < 12 && ((r = roundMeasure(raw, d)) === value || roundMeasure(r, decimals) !== value); ) d++;
  return ` (${messagesFor(lang).rounded(formatUnit(raw, unit === "count" ? "number" : unit, lang, d), decimals)})`;
}

const VALUE = 0;
const FIELD = 1;
const FIXED = 2;
/** A placeholder of a describe template, resolved once: the value, a field of the block (`name`), or fixed `text`. */
interface Slot {
  kind: typeof VALUE | typeof FIELD | typeof FIXED;
  name: string;
  info: FieldInfo | undefined;
  text: string;
}
interface Describer {
  /** The text around the placeholders: one more than `slots`. */
  texts: string[];
  slots: Slot[];
}

/** A measure's two templates, each split on first use: `describe` and `describeNegative`. */
interface MeasureDescribers {
  describe: Describer | undefined;
  negative: Describer | undefined;
}

/** A describe template split once per measure, language and sign, its placeholders resolved (see fillTemplate). */
function describerOf(prepared: PreparedIndicator, index: number, lang: Lang, template: string, negative: boolean): Describer {
  const cached = prepared.texts[lang].describers;
  let pair = cached[index] as MeasureDescribers | undefined;
  if (pair === undefined) {
    pair = { describe: undefined, negative: undefined };
    cached[index] = pair;
  }
  let describer = negative ? pair.negative : pair.describe;
  if (describer === undefined) {
    describer = buildDescriber(prepared, lang, template);
    if (negative) pair.negative = describer;
    else pair.describe = describer;
  }
  return describer;
}

function buildDescriber(prepared: PreparedIndicator, lang: Lang, template: string): Describer {
  const parts = splitTemplate(template);
  const texts: string[] = [parts[0] as string];
  const slots: Slot[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    // Every slot has the same shape (one hidden class for the loop in describeMeasure).
    if (name === "value") slots.push({ kind: VALUE, name, info: undefined, text: "" });
    else if (name === "threshold") slots.push({ kind: FIXED, name, info: undefined, text: thresholdText(prepared, lang) ?? `{${name}}` });
    else if (prepared.fields.has(name)) slots.push({ kind: FIELD, name, info: prepared.fields.get(name), text: "" });
    else slots.push({ kind: FIXED, name, info: undefined, text: `{${name}}` }); // unknown names are left as written
    texts.push(parts[i + 1] as string);
  }
  return { texts, slots };
}

/** A figure the report gave, with all its decimals (at least those `formatValue` would show). */
function wholeFigure(prepared: PreparedIndicator, value: number, lang: Lang): string {
  const decimals = writtenDecimals(value);
  return decimals > 2 && decimals <= 12 ? formatUnit(value, prepared.indicator.rule.unit, lang, decimals) : formatValue(prepared, value, lang);
}

/** The measure formatted in its unit, with enough decimals to keep the comparison visibly right. */
export function formatValue(prepared: PreparedIndicator, value: number | boolean | null, lang: Lang): string {
  const { rule } = prepared.indicator;
  if (value === null) return "—";
  if (typeof value === "boolean") return formatUnit(value, "boolean", lang);
  return formatMeasure(value, rule.unit, lang, rule.compare, prepared.threshold?.value ?? null);
}

/** "yêu cầu tối thiểu 75%", from the rule's own template or from its comparison. */
export function requirementText(prepared: PreparedIndicator, lang: Lang): string {
  // It depends on the pack only: computed once per indicator and language.
  const texts = prepared.texts[lang];
  return (texts.requirement ??= buildRequirement(prepared, lang));
}

/** The threshold in the rule's unit ("75%"), or undefined: computed once per indicator and language. */
function thresholdText(prepared: PreparedIndicator, lang: Lang): string | undefined {
  const texts = prepared.texts[lang];
  if (texts.threshold === undefined) {
    const t = prepared.threshold;
    texts.threshold = t === null ? null : formatUnit(t.value, prepared.indicator.rule.unit, lang, 12);
  }
  return texts.threshold ?? undefined;
}

function buildRequirement(prepared: PreparedIndicator, lang: Lang): string {
  const { rule } = prepared.indicator;
  const thresholdText = prepared.threshold ? formatUnit(prepared.threshold.value, prepared.threshold.unit, lang, 12) : "";
  const template = rule.requirement?.[lang];
  if (template) return fillTemplate(template, (name) => (name === "threshold" ? thresholdText : undefined));
  return messagesFor(lang).requirement[rule.compare](thresholdText);
}
