import type { Comparison, Lang, Logic, RulePack, Unit } from "../types.js";
import { HuyenHocTapError } from "../errors.js";
import { bundledPacks } from "../pack/bundled-packs.js";
import { getPreparedPack } from "../pack/load-pack.js";
import type { PreparedIndicator, PreparedPack } from "../pack/prepared-pack.js";
import { formatDate, formatUnit } from "./format-number.js";
import type { FieldUnit } from "./messages.js";
import { messagesFor } from "./messages-for.js";
import { fieldKind, isCondition, negateLogic, renderLogic, variablesOf } from "./render-logic.js";
import type { LogicContext } from "./render-logic.js";
import { documentMessagesFor } from "./document-messages.js";
import { checkLang, invalidArgument, optionsObject, shown } from "../invalid-argument.js";

/** Options of {@link explainPack}. */
export interface ExplainOptions {
  /** Language of the explanation (default `vi`). */
  lang?: Lang;
  /** Explain only the indicator with this id; an id the pack does not have throws `INVALID_ARGUMENT`. */
  indicator?: string;
}

/** One way of measuring an indicator, explained. */
export interface MeasureExplanation {
  /** Id of the measure in the pack (e.g. `counts`, `percent`). */
  id: string;
  /** Report fields it needs, by name. */
  requires: string[];
  /** The condition for "met" in words, with the fields' labels and the threshold's value. */
  condition: string;
  /** The same condition with field and threshold names: `(good + fair) × 100 ÷ total ≥ minShareLearningUnits`. */
  formula: string;
  /** When the indicator is not applicable with this measure, in words (from the rule's `applicable`), or null. */
  notApplicableWhen: string | null;
  /** The same with field names, or null. */
  notApplicableFormula: string | null;
}

/** A named threshold, explained. */
export interface ThresholdExplanation {
  /** Its name in the pack. */
  name: string;
  /** Its value. */
  value: number;
  /** Its unit. */
  unit: Unit;
  /** The value as people write it: `75%`, `2,5 điểm phần trăm`. */
  text: string;
  /** What it is. */
  label: string;
}

/** A report field an indicator reads. */
export interface FieldExplanation {
  /** Name in the indicator's report block. */
  name: string;
  /** Label for people. */
  label: string;
  /** Its unit (`x-unit`, or derived from its type). */
  unit: FieldUnit;
  /** Declared decimal places (0 for counts), or null when not declared. */
  decimals: number | null;
}

/** The standard or criterion an indicator belongs to. */
export interface GroupExplanation {
  /** Id, e.g. `2` or `2.1`. */
  id: string;
  /** Title. */
  title: string;
}

/** The act an indicator rests on. */
export interface LegalBasisExplanation {
  /** Document number. */
  ref: string;
  /** Its date, `DD/MM/YYYY`. */
  date: string;
  /** What it is about. */
  title: string;
}

/** One indicator's rule explained in plain language. */
export interface IndicatorExplanation {
  /** Indicator id. */
  id: string;
  /** Its official wording. */
  wording: string;
  /** The standard it belongs to. */
  standard: GroupExplanation;
  /** The criterion it belongs to. */
  criterion: GroupExplanation;
  /** The whole rule as a sentence: "Đạt khi …; hoặc, nếu không có số liệu trên: …. Không áp dụng khi …." */
  sentence: string;
  /** The whole rule as a formula with field and threshold names. */
  formula: string;
  /** Each way of measuring, in the order they are tried. */
  measures: MeasureExplanation[];
  /** The threshold compared with, or null (rules that only test a condition). */
  threshold: ThresholdExplanation | null;
  /** The comparison. */
  compare: Comparison;
  /** Unit of the measure. */
  unit: Unit;
  /** Decimal places the measure is rounded to before it is compared, or null when not declared. */
  decimals: number | null;
  /** The rounding in words when it matters (fewer than 12 decimals), else null. */
  rounding: string | null;
  /** The report fields it reads. */
  fields: FieldExplanation[];
  /** Its legal basis, or null. */
  legalBasis: LegalBasisExplanation | null;
  /** The rule author's note, shown beside the generated text, or null. */
  note: string | null;
}

/** The pack's conclusion rule explained. */
export interface ConclusionExplanation {
  /** The method (`allIndicators`). */
  method: "allIndicators";
  /** What a not-applicable indicator does: `ignore` (left out) or `fail` (counted as not met). */
  notApplicable: "ignore" | "fail";
  /** The rule in words, e.g. "… Chỉ báo không áp dụng được tính là chưa đạt: …". */
  text: string;
}

/** A rule pack explained in plain language. */
export interface PackExplanation {
  /** Framework id. */
  id: string;
  /** Version. */
  version: string;
  /** `sha256:` digest of the pack. */
  digest: string;
  /** Title. */
  title: string;
  /** Language of the texts. */
  lang: Lang;
  /** In force from (`DD/MM/YYYY`). */
  effectiveFrom: string;
  /** In force to (`DD/MM/YYYY`), or null. */
  effectiveTo: string | null;
  /** The acts the pack rests on, as text. */
  legalBasis: string[];
  /** How the overall verdict is reached: the pack's `conclusion`, and the rule in words. */
  conclusion: ConclusionExplanation;
  /** The indicators, in pack order. */
  indicators: IndicatorExplanation[];
}

/**
 * Explains a rule pack in plain language: for every indicator, its wording, a sentence and a formula generated from
 * its JSON-logic rule with the pack's own field labels and named thresholds, and its author's note. Nothing is typed
 * per indicator, so a new pack explains itself. `pack` defaults to the newest bundled pack.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT` when `indicator` is not in the pack or an option is malformed,
 * `PACK_INVALID` for an invalid pack.
 */
export function explainPack(pack?: RulePack | object, options: ExplainOptions = {}): PackExplanation {
  options = optionsObject(options, ["lang", "indicator"]);
  const lang = checkLang(options.lang);
  if (options.indicator !== undefined && typeof options.indicator !== "string") {
    throw invalidArgument(`indicator phải là mã một chỉ báo (chuỗi), nhưng nhận được ${shown(options.indicator)}`, `indicator must be an indicator id (a string), got ${shown(options.indicator)}`);
  }
  const prepared = preparedPackOf(pack);
  let indicators = prepared.indicators;
  if (options.indicator !== undefined) {
    indicators = indicators.filter((p) => p.indicator.id === options.indicator);
    if (indicators.length === 0) throw unknownIndicator(options.indicator, prepared);
  }
  const p = prepared.pack;
  return {
    id: p.id,
    version: p.version,
    digest: prepared.info.digest,
    title: p.title[lang],
    lang,
    effectiveFrom: formatDate(p.effectiveFrom),
    effectiveTo: p.effectiveTo !== undefined ? formatDate(p.effectiveTo) : null,
    legalBasis: p.legalBasis.map((a) => documentMessagesFor(lang).explain.legalAct(a.ref, formatDate(a.date), a.title[lang])),
    conclusion: conclusionOf(p, lang),
    indicators: indicators.map((i) => explainIndicator(i, prepared, lang)),
  };
}

/** The pack's conclusion rule, with its default (`notApplicable: "ignore"`) spelled out. */
function conclusionOf(pack: RulePack, lang: Lang): ConclusionExplanation {
  const notApplicable = pack.conclusion.notApplicable === "fail" ? "fail" : "ignore";
  return { method: pack.conclusion.method, notApplicable, text: documentMessagesFor(lang).explain.conclusion(notApplicable) };
}

/** The prepared form of a pack, or the newest bundled pack. */
export function preparedPackOf(pack: RulePack | object | undefined): PreparedPack {
  if (pack !== undefined) return getPreparedPack(pack);
  const packs = bundledPacks();
  return packs[packs.length - 1] as PreparedPack;
}

function unknownIndicator(id: string, prepared: PreparedPack): HuyenHocTapError {
  const name = `${prepared.info.id} ${prepared.info.version}`;
  const known = prepared.indicators.map((p) => p.indicator.id).join(", ");
  const text = (lang: Lang): string => messagesFor(lang).invalidArgument(documentMessagesFor(lang).explain.unknownIndicator(id, name, known));
  return new HuyenHocTapError("INVALID_ARGUMENT", { vi: text("vi"), en: text("en") });
}

/**
 * How the rules of one indicator are rendered: by label (`words`) or by name (`names`). Either way the readings in
 * words (`có ít nhất một …`, `thiếu …`) name a field or threshold by its label, and `!` / `!!` read what the field
 * holds from its schema (a list, a number, a text, a true/false), as traces do.
 */
export function logicContext(prepared: PreparedIndicator, pack: PreparedPack, lang: Lang, style: "words" | "names"): LogicContext {
  const thresholds = pack.pack.thresholds;
  const props = prepared.block.properties ?? {};
  const threshold = (name: string): (typeof thresholds)[string] | undefined => (Object.prototype.hasOwnProperty.call(thresholds, name) ? thresholds[name] : undefined);
  const kindOf = (name: string): ReturnType<typeof fieldKind> => fieldKind(Object.prototype.hasOwnProperty.call(props, name) ? props[name] : undefined);
  return {
    lang,
    variable: (name) => {
      const field = prepared.fields.get(name);
      if (style === "names") return name;
      if (field) return field.label[lang];
      const t = threshold(name);
      return t ? formatUnit(t.value, t.unit, lang, 12) : name;
    },
    label: (name) => prepared.fields.get(name)?.label[lang] ?? threshold(name)?.label[lang],
    isList: (name) => prepared.fields.get(name)?.unit === "evidence" || kindOf(name) === "list",
    kind: (name) => {
      const kind = kindOf(name);
      return kind === "list" ? undefined : kind;
    },
    minimum: (name) => props[name]?.minimum,
  };
}

/** The rule's condition for "met" on one measure's value. */
export function conditionLogic(prepared: PreparedIndicator, value: Logic): Logic {
  const { rule } = prepared.indicator;
  if (rule.compare === "truthy") return isCondition(value) ? value : { "!!": [value] };
  if (!prepared.threshold) return value;
  return { [rule.compare]: [value, { var: prepared.threshold.name }] };
}

/** One indicator explained. */
export function explainIndicator(prepared: PreparedIndicator, pack: PreparedPack, lang: Lang): IndicatorExplanation {
  const m = documentMessagesFor(lang).explain;
  const { indicator, criterion, standard } = prepared;
  const { rule } = indicator;
  const words = logicContext(prepared, pack, lang, "words");
  const names = logicContext(prepared, pack, lang, "names");
  const measures: MeasureExplanation[] = rule.measures.map((measure) => {
    const condition = conditionLogic(prepared, measure.value);
    const notApplicable = measure.applicable !== undefined ? negateLogic(measure.applicable) : null;
    return {
      id: measure.id,
      requires: [...measure.requires],
      condition: renderLogic(condition, words),
      formula: renderLogic(condition, names),
      notApplicableWhen: notApplicable !== null ? renderLogic(notApplicable, words) : null,
      notApplicableFormula: notApplicable !== null ? renderLogic(notApplicable, names) : null,
    };
  });
  const joinAlternatives = (parts: string[]): string => parts.join(`; ${m.orElse} `);
  const notApplicable = [...new Set(measures.flatMap((x) => (x.notApplicableWhen !== null ? [x.notApplicableWhen] : [])))];
  const sentence = [
    `${m.metWhen(joinAlternatives(measures.map((x) => x.condition)))}.`,
    ...notApplicable.map((c) => `${m.notApplicableWhen(c)}.`),
  ].join(" ");
  const t = prepared.threshold;
  const act = pack.pack.legalBasis.find((a) => a.ref === indicator.legalBasis);
  const decimals = rule.decimals ?? null;
  return {
    id: indicator.id,
    wording: indicator.text[lang],
    standard: { id: standard.id, title: standard.title[lang] },
    criterion: { id: criterion.id, title: criterion.title[lang] },
    sentence,
    formula: joinAlternatives(measures.map((x) => x.formula)),
    measures,
    threshold: t ? { name: t.name, value: t.value, unit: t.unit, text: formatUnit(t.value, t.unit, lang, 12), label: t.label[lang] } : null,
    compare: rule.compare,
    unit: rule.unit,
    decimals,
    rounding: decimals !== null && decimals < 12 ? m.rounding(decimals) : null,
    fields: fieldsOf(prepared, pack, lang),
    legalBasis: act ? { ref: act.ref, date: formatDate(act.date), title: act.title[lang] } : null,
    note: indicator.note?.[lang] ?? null,
  };
}

/** The report fields a rule reads: each measure's required fields, then any other variable its logic reads. */
function fieldsOf(prepared: PreparedIndicator, pack: PreparedPack, lang: Lang): FieldExplanation[] {
  const names: string[] = [];
  for (const measure of prepared.indicator.rule.measures) {
    for (const n of [...measure.requires, ...variablesOf(measure.applicable ?? null), ...variablesOf(measure.value)]) {
      if (!names.includes(n) && !Object.prototype.hasOwnProperty.call(pack.pack.thresholds, n)) names.push(n);
    }
  }
  return names.map((name) => {
    const field = prepared.fields.get(name);
    const unit = (field?.unit ?? "text") as FieldUnit;
    return { name, label: field?.label[lang] ?? name, unit, decimals: field?.decimals ?? (unit === "count" ? 0 : null) };
  });
}
