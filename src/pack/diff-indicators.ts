import type { Indicator, JsonValue, Lang, Rule } from "../types.js";
import { messagesFor } from "../explain/messages-for.js";
import { requirementText } from "../explain/reason.js";
import { unitWord } from "../explain/schema-words.js";
import { both, changedLanguage, formatThreshold, json, same, usersOf } from "./diff-common.js";
import type { Ctx, Folded, Part } from "./diff-common.js";
import type { PackChange } from "./diff-packs.js";
import { DIFF_TEXTS } from "./diff-texts.js";
import type { DiffTexts } from "./diff-texts.js";
import type { PreparedIndicator, PreparedPack } from "./prepared-pack.js";

/**
 * Compares the indicators of two packs, in the new pack's order (removed ones last), and returns what added and
 * removed indicators carry with them (their report blocks, and thresholds only they use), so that the other parts of
 * the diff do not list those again.
 */
export function diffIndicators(ctx: Ctx): Folded {
  const byIdA = new Map(ctx.a.indicators.map((i) => [i.indicator.id, i]));
  const byIdB = new Map(ctx.b.indicators.map((i) => [i.indicator.id, i]));
  const folded: Folded = { addedIds: new Set(), removedIds: new Set(), thresholdsAdded: new Set(), thresholdsRemoved: new Set() };
  const thresholdOnlyUsedBy = (p: PreparedPack, name: string, ids: Set<string>): boolean => usersOf(p, name).every((id) => ids.has(id));
  for (const pi of ctx.b.indicators) if (!byIdA.has(pi.indicator.id)) folded.addedIds.add(pi.indicator.id);
  for (const pi of ctx.a.indicators) if (!byIdB.has(pi.indicator.id)) folded.removedIds.add(pi.indicator.id);
  for (const name of Object.keys(ctx.b.pack.thresholds)) {
    if (!Object.prototype.hasOwnProperty.call(ctx.a.pack.thresholds, name) && usersOf(ctx.b, name).length > 0 && thresholdOnlyUsedBy(ctx.b, name, folded.addedIds)) folded.thresholdsAdded.add(name);
  }
  for (const name of Object.keys(ctx.a.pack.thresholds)) {
    if (!Object.prototype.hasOwnProperty.call(ctx.b.pack.thresholds, name) && usersOf(ctx.a, name).length > 0 && thresholdOnlyUsedBy(ctx.a, name, folded.removedIds)) folded.thresholdsRemoved.add(name);
  }
  for (const pb of ctx.b.indicators) {
    const id = pb.indicator.id;
    const pa = byIdA.get(id);
    if (!pa) {
      ctx.changes.push(indicatorAdded(ctx.b, pb, folded));
      continue;
    }
    compareIndicator(ctx, pa, pb);
  }
  for (const pa of ctx.a.indicators) if (!byIdB.has(pa.indicator.id)) ctx.changes.push(indicatorRemoved(ctx.a, pa, folded));
  return folded;
}

/** The fields a rule reads (every measure's and constraint's `requires`), in order, without repeats. */
function fieldsRead(rule: Rule): string[] {
  const out: string[] = [];
  for (const list of [...rule.measures.map((m) => m.requires), ...(rule.constraints ?? []).map((c) => c.requires)]) {
    for (const f of list) if (!out.includes(f)) out.push(f);
  }
  return out;
}

/**
 * What an added or removed indicator carries with it, as data and as the parts of its text: its criterion, its
 * report block, the threshold only it uses (with its value) and the fields its rule reads (with their labels). The
 * two directions share this, so that a removal drops exactly what an addition brings.
 */
function carried(p: PreparedPack, pi: PreparedIndicator, carriedThresholds: Set<string>): { data: JsonValue; texts: (tx: DiffTexts, l: Lang) => Parameters<DiffTexts["indicatorAdded"]> } {
  const ind = pi.indicator;
  const read = fieldsRead(ind.rule);
  const name = ind.rule.threshold !== undefined && carriedThresholds.has(ind.rule.threshold) ? ind.rule.threshold : null;
  const t = name !== null ? p.pack.thresholds[name] : undefined;
  return {
    data: json({ indicator: ind, criterion: pi.criterion.id, block: pi.block, ...(name !== null && t ? { threshold: { name, ...t } } : {}) }),
    texts: (tx, l) => [
      ind.id,
      tx.criterion(pi.criterion.id),
      ind.text[l],
      requirementText(pi, l),
      name !== null && t ? [`${name} = ${formatThreshold(t, l)}`] : [],
      read.map((f) => `${f} (${pi.fields.get(f)?.label[l] ?? f})`),
    ],
  };
}

function indicatorAdded(p: PreparedPack, pi: PreparedIndicator, folded: Folded): PackChange {
  const c = carried(p, pi, folded.thresholdsAdded);
  return { kind: "indicator_added", indicator: pi.indicator.id, after: c.data, text: both((tx, l) => tx.indicatorAdded(...c.texts(tx, l))) };
}

function indicatorRemoved(p: PreparedPack, pi: PreparedIndicator, folded: Folded): PackChange {
  const c = carried(p, pi, folded.thresholdsRemoved);
  return { kind: "indicator_removed", indicator: pi.indicator.id, before: c.data, text: both((tx, l) => tx.indicatorRemoved(...c.texts(tx, l))) };
}

function compareIndicator(ctx: Ctx, pa: PreparedIndicator, pb: PreparedIndicator): void {
  const a = pa.indicator;
  const b = pb.indicator;
  const id = b.id;
  if (!same(a.text, b.text)) {
    ctx.changes.push({
      kind: "indicator_reworded",
      indicator: id,
      before: json(a.text),
      after: json(b.text),
      text: both((t, l) => {
        const { shown, otherOnly } = changedLanguage(a.text, b.text, l);
        return t.indicatorReworded(id, a.text[shown], b.text[shown], otherOnly);
      }),
    });
  }
  const parts = ruleParts(a, b, pa, pb);
  if (parts.length > 0) {
    ctx.changes.push({ kind: "indicator_rule_changed", indicator: id, before: json(a.rule), after: json(b.rule), text: both((t, l) => t.indicatorRuleChanged(id, parts.map((p) => p(t, l)))) });
  }
  if (pa.criterion.id !== pb.criterion.id) {
    ctx.changes.push({ kind: "indicator_moved", indicator: id, before: pa.criterion.id, after: pb.criterion.id, text: both((t) => t.indicatorMoved(id, t.criterion(pa.criterion.id), t.criterion(pb.criterion.id))) });
  }
  if (a.legalBasis !== b.legalBasis) {
    ctx.changes.push({ kind: "indicator_legal_basis_changed", indicator: id, before: a.legalBasis, after: b.legalBasis, text: both((t) => t.indicatorLegalBasisChanged(id, a.legalBasis, b.legalBasis)) });
  }
  if (!same(a.note, b.note)) {
    ctx.changes.push({ kind: "indicator_note_changed", indicator: id, before: json(a.note), after: json(b.note), text: both((t, l) => t.indicatorNoteChanged(id, changedLanguage(a.note, b.note, l).otherOnly)) });
  }
}

/** The decimals a rule without `decimals` rounds its measure to (as `evaluateIndicator` does). */
const DEFAULT_DECIMALS = 12;

/** What differs between two rules, part by part. A changed threshold *value* is a threshold change, not a rule change. */
function ruleParts(a: Indicator, b: Indicator, pa: PreparedIndicator, pb: PreparedIndicator): Part[] {
  const ra = a.rule;
  const rb = b.rule;
  const parts: Part[] = [];
  if (ra.compare !== rb.compare) parts.push((t, l) => t.partCompare(messagesFor(l).compareWord[ra.compare], messagesFor(l).compareWord[rb.compare]));
  if (ra.threshold !== rb.threshold) parts.push((t, l) => t.partThreshold(ra.threshold ?? DIFF_TEXTS[l].none, rb.threshold ?? DIFF_TEXTS[l].none));
  if (ra.unit !== rb.unit) parts.push((t, l) => t.partUnit(unitWord(ra.unit, l), unitWord(rb.unit, l)));
  const decimalsA = ra.decimals ?? DEFAULT_DECIMALS;
  const decimalsB = rb.decimals ?? DEFAULT_DECIMALS;
  if (decimalsA !== decimalsB) parts.push((t) => t.partDecimals(String(decimalsA), String(decimalsB)));
  if (!same(ra.requirement, rb.requirement)) {
    parts.push((t, l) => {
      const before = requirementText(pa, l);
      const after = requirementText(pb, l);
      return before !== after ? `${t.partRequirement}: “${before}” → “${after}”` : t.partRequirement;
    });
  }
  const idsA = ra.measures.map((m) => m.id);
  const idsB = rb.measures.map((m) => m.id);
  for (const m of rb.measures) {
    const old = ra.measures.find((x) => x.id === m.id);
    if (!old) {
      parts.push((t) => t.partMeasureAdded(m.id, m.requires.join(", ")));
      continue;
    }
    const what = (["requires", "applicable", "notApplicable", "value", "describe", "describeNegative"] as const).filter((k) => !same(old[k], m[k]));
    if (what.length > 0) parts.push((t) => t.partMeasureChanged(m.id, what.map((k) => t.measurePart[k])));
  }
  for (const m of ra.measures) if (!idsB.includes(m.id)) parts.push((t) => t.partMeasureRemoved(m.id));
  const common = idsB.filter((x) => idsA.includes(x));
  if (!same(common, idsA.filter((x) => idsB.includes(x)))) parts.push((t) => t.partMeasureOrder);
  if (!same(ra.constraints ?? [], rb.constraints ?? [])) parts.push((t) => t.partConstraints);
  return parts;
}
