import type { Lang } from "../types.js";
import type { Outcome } from "../evaluate-indicator.js";
import type { PreparedIndicator } from "../pack/prepared-pack.js";
import { fillTemplate, formatField } from "./fill-template.js";
import { formatMeasure, formatUnit } from "./format-number.js";
import { messagesFor } from "./messages-for.js";

/** The reason for an indicator's verdict, like an official's note, with the figures used. */
export function explainIndicatorResult(prepared: PreparedIndicator, outcome: Outcome, lang: Lang): string {
  const m = messagesFor(lang);
  const label = m.verdict[outcome.verdict];
  const fieldLabel = (name: string): string => prepared.fields.get(name)?.label[lang] ?? name;
  if (outcome.verdict === "insufficient_data" && !outcome.notComputable) {
    const alternatives = outcome.alternatives.map((fields) => fields.map(fieldLabel).join(", ")).join("; ");
    return m.missingFigures(outcome.missing.map(fieldLabel).join(", "), alternatives);
  }
  if (outcome.notComputable) return `${label}: ${m.notComputable}.`;
  const measure = outcome.measure;
  if (outcome.verdict === "not_applicable") {
    return `${label}: ${measure?.notApplicable?.[lang] ?? m.notApplicableDefault}.`;
  }
  return `${label}: ${describeMeasure(prepared, outcome, lang)}; ${requirementText(prepared, lang)}.`;
}

/** "100% cơ quan, đơn vị … (33 Tốt + 0 Khá trên tổng số 33)": the measure's template filled with the figures. */
export function describeMeasure(prepared: PreparedIndicator, outcome: Outcome, lang: Lang): string {
  const valueText = formatValue(prepared, outcome.value, lang);
  const template = outcome.measure?.describe?.[lang];
  if (!template) return messagesFor(lang).measureDefault(valueText);
  return fillTemplate(template, (name) => {
    if (name === "value") return valueText;
    if (name === "threshold") return thresholdText(prepared, lang);
    return prepared.fields.has(name) ? formatField(outcome.block?.[name], prepared.fields.get(name), lang) : undefined;
  });
}

/** The measure formatted in its unit, with enough decimals to keep the comparison visibly right. */
export function formatValue(prepared: PreparedIndicator, value: number | boolean | null, lang: Lang): string {
  const { rule } = prepared.indicator;
  if (value === null) return "—";
  if (typeof value === "boolean") return formatUnit(value, "boolean", lang);
  return formatMeasure(value, rule.unit, lang, rule.compare, prepared.threshold?.value ?? null);
}

/** "yêu cầu tối thiểu 70%", from the rule's own template or from its comparison. */
export function requirementText(prepared: PreparedIndicator, lang: Lang): string {
  // It depends on the pack only: computed once per indicator and language.
  let cached = requirements.get(prepared);
  if (cached === undefined) {
    cached = { vi: buildRequirement(prepared, "vi"), en: buildRequirement(prepared, "en") };
    requirements.set(prepared, cached);
  }
  return cached[lang];
}

const requirements = new WeakMap<PreparedIndicator, Record<Lang, string>>();

/** The threshold in the rule's unit ("70%"), or undefined: computed once per indicator and language. */
function thresholdText(prepared: PreparedIndicator, lang: Lang): string | undefined {
  if (prepared.threshold === null) return undefined;
  let cached = thresholds.get(prepared);
  if (cached === undefined) {
    const { value } = prepared.threshold;
    const unit = prepared.indicator.rule.unit;
    cached = { vi: formatUnit(value, unit, "vi", 12), en: formatUnit(value, unit, "en", 12) };
    thresholds.set(prepared, cached);
  }
  return cached[lang];
}

const thresholds = new WeakMap<PreparedIndicator, Record<Lang, string>>();

function buildRequirement(prepared: PreparedIndicator, lang: Lang): string {
  const { rule } = prepared.indicator;
  const thresholdText = prepared.threshold ? formatUnit(prepared.threshold.value, prepared.threshold.unit, lang, 12) : "";
  const template = rule.requirement?.[lang];
  if (template) return fillTemplate(template, (name) => (name === "threshold" ? thresholdText : undefined));
  return messagesFor(lang).requirement[rule.compare](thresholdText);
}
