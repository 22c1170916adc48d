import type { JsonValue, Lang, RulePack, Text, Threshold } from "../types.js";
import { formatDate } from "../explain/format-number.js";
import { assessedUnitOf } from "../explain/assessed-unit.js";
import { both, changedLanguage, formatThreshold, json, same, usersOf } from "./diff-common.js";
import type { Ctx, Folded } from "./diff-common.js";
import { diffIndicators } from "./diff-indicators.js";
import { diffFields } from "./diff-report-fields.js";
import type { DiffTexts } from "./diff-texts.js";
import { preparedOf } from "./prepared-of.js";
import type { PreparedPack } from "./prepared-pack.js";

/** Kinds of change to the rules: what can change a verdict or what people read about it. */
export type PackChangeKind =
  | "threshold_changed"
  | "threshold_added"
  | "threshold_removed"
  | "threshold_relabelled"
  | "indicator_added"
  | "indicator_removed"
  | "indicator_reworded"
  | "indicator_rule_changed"
  | "indicator_moved"
  | "indicator_legal_basis_changed"
  | "indicator_note_changed"
  | "group_added"
  | "group_removed"
  | "group_retitled"
  | "group_moved"
  | "report_field_added"
  | "report_field_removed"
  | "report_field_changed"
  | "conclusion_changed";

/** Kinds of change to a version's identity (which version it is, when it is in force, what it rests on). */
export type PackHeaderChangeKind =
  | "id_changed"
  | "version_changed"
  | "dates_changed"
  | "title_changed"
  | "description_changed"
  | "legal_basis_changed"
  | "illustration_changed"
  | "assessed_unit_changed"
  | "format_version_changed";

/** One difference between two packs. */
export interface PackChange<K extends string = PackChangeKind> {
  /** Stable kind. */
  kind: K;
  /** The indicator concerned. */
  indicator?: string;
  /** The named threshold concerned. */
  threshold?: string;
  /** The report field concerned, as a JSON pointer into the report (`/indicators/<id>/total`; `*` for list items). */
  field?: string;
  /** The criterion or standard concerned. */
  group?: string;
  /** Whether `group` is a standard or a criterion. */
  level?: "standard" | "criterion";
  /** The value before (absent for an addition). */
  before?: JsonValue;
  /** The value after (absent for a removal). */
  after?: JsonValue;
  /** What changed, for people. */
  text: Text;
}

/** Which pack a side of the diff is. */
export interface PackIdentity {
  /** Framework id. */
  id: string;
  /** Version. */
  version: string;
  /** `sha256:` digest. */
  digest: string;
  /** In force from. */
  effectiveFrom: string;
  /** In force to, if it ends. */
  effectiveTo?: string;
}

/** The outcome of {@link diffPacks}. */
export interface PackDiff {
  /** The old pack. */
  from: PackIdentity;
  /** The new pack. */
  to: PackIdentity;
  /** Changes of identity: version, dates, title, description, legal basis list, illustration mark, format. */
  header: PackChange<PackHeaderChangeKind>[];
  /** Changes of the rules, in pack order: conclusion, thresholds, groups, indicators, report fields. */
  changes: PackChange[];
}

/**
 * Lists what changed between two versions of a pack, in Vietnamese and English. Both packs are checked first
 * (`PACK_INVALID`). Identity changes (version, dates, title, …) are kept apart in `header`, so that `changes` holds
 * only what can change a verdict or its wording. A new indicator is one change that names its threshold and the new
 * report fields it reads; a removed one likewise. `tests` and `$schema` are not compared.
 */
export function diffPacks(oldPack: RulePack | object | string, newPack: RulePack | object | string): PackDiff {
  const a = preparedOf(oldPack);
  const b = preparedOf(newPack);
  const ctx: Ctx = { a, b, changes: [] };
  const folded = diffIndicators(ctx);
  const indicatorChanges = ctx.changes.splice(0);
  diffConclusion(ctx);
  const conclusion = ctx.changes.splice(0);
  diffThresholds(ctx, folded);
  const thresholds = ctx.changes.splice(0);
  diffGroups(ctx);
  const groups = ctx.changes.splice(0);
  diffFields(ctx, folded);
  const fields = ctx.changes.splice(0);
  return {
    from: identity(a),
    to: identity(b),
    header: diffHeader(a.pack, b.pack),
    changes: [...conclusion, ...thresholds, ...groups, ...indicatorChanges, ...fields],
  };
}

function identity(p: PreparedPack): PackIdentity {
  const { id, version, digest, effectiveFrom, effectiveTo } = p.info;
  return effectiveTo !== undefined ? { id, version, digest, effectiveFrom, effectiveTo } : { id, version, digest, effectiveFrom };
}

function diffHeader(a: RulePack, b: RulePack): PackChange<PackHeaderChangeKind>[] {
  const out: PackChange<PackHeaderChangeKind>[] = [];
  const push = (kind: PackHeaderChangeKind, before: unknown, after: unknown, text: Text): void => {
    out.push({ kind, before: json(before), after: json(after), text });
  };
  if (a.id !== b.id) push("id_changed", a.id, b.id, both((t) => t.idChanged(a.id, b.id)));
  if (a.formatVersion !== b.formatVersion) {
    push("format_version_changed", a.formatVersion, b.formatVersion, both((t) => t.formatVersionChanged(String(a.formatVersion), String(b.formatVersion))));
  }
  if (a.version !== b.version) push("version_changed", a.version, b.version, both((t) => t.versionChanged(a.version, b.version)));
  if (a.effectiveFrom !== b.effectiveFrom || a.effectiveTo !== b.effectiveTo) {
    const span = (p: RulePack, t: DiffTexts): string => `${formatDate(p.effectiveFrom)} – ${p.effectiveTo !== undefined ? formatDate(p.effectiveTo) : t.openEnd}`;
    const dates = (p: RulePack): JsonValue => json({ effectiveFrom: p.effectiveFrom, effectiveTo: p.effectiveTo });
    push("dates_changed", dates(a), dates(b), both((t) => t.datesChanged(span(a, t), span(b, t))));
  }
  if (!same(a.title, b.title)) {
    push("title_changed", a.title, b.title, both((t, l) => {
      const { shown, otherOnly } = changedLanguage(a.title, b.title, l);
      return t.titleChanged(a.title[shown], b.title[shown], otherOnly);
    }));
  }
  if (!same(a.description, b.description)) {
    push("description_changed", a.description, b.description, both((t, l) => t.descriptionChanged(changedLanguage(a.description, b.description, l).otherOnly)));
  }
  if (!same(a.legalBasis, b.legalBasis)) {
    const refsA = new Map(a.legalBasis.map((x) => [x.ref, x]));
    const refsB = new Map(b.legalBasis.map((x) => [x.ref, x]));
    const added = b.legalBasis.filter((x) => !refsA.has(x.ref)).map((x) => x.ref);
    const removed = a.legalBasis.filter((x) => !refsB.has(x.ref)).map((x) => x.ref);
    const changed = b.legalBasis.filter((x) => refsA.has(x.ref) && !same(refsA.get(x.ref), x)).map((x) => x.ref);
    push("legal_basis_changed", a.legalBasis, b.legalBasis, both((t) => t.legalBasisChanged(added, removed, changed)));
  }
  if ((a.illustration ?? false) !== (b.illustration ?? false)) {
    push("illustration_changed", a.illustration ?? false, b.illustration ?? false, both((t) => t.illustrationChanged(a.illustration ?? false, b.illustration ?? false)));
  }
  // The noun documents use for what the pack assesses (huyện / district when the pack does not say).
  const unitA = assessedUnitOf(a);
  const unitB = assessedUnitOf(b);
  if (!same(unitA, unitB)) {
    const words = (u: typeof unitA, l: Lang): string => `“${u.name[l]}” / “${u.plural[l]}”`;
    push("assessed_unit_changed", a.assessedUnit ?? null, b.assessedUnit ?? null, both((t, l) => t.assessedUnitChanged(words(unitA, l), words(unitB, l))));
  }
  return out;
}

function diffConclusion(ctx: Ctx): void {
  const a = ctx.a.pack.conclusion;
  const b = ctx.b.pack.conclusion;
  const norm = (c: RulePack["conclusion"]): { method: string; notApplicable: "ignore" | "fail" } => ({ method: c.method, notApplicable: c.notApplicable ?? "ignore" });
  if (same(norm(a), norm(b))) return;
  const text = (c: RulePack["conclusion"], t: DiffTexts): string => t.conclusionRule(norm(c).method, norm(c).notApplicable);
  ctx.changes.push({ kind: "conclusion_changed", before: json(a), after: json(b), text: both((t) => t.conclusionChanged(text(a, t), text(b, t))) });
}

function diffThresholds(ctx: Ctx, folded: Folded): void {
  const ta = ctx.a.pack.thresholds;
  const tb = ctx.b.pack.thresholds;
  const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
  for (const [name, after] of Object.entries(tb)) {
    if (!has(ta, name)) {
      if (folded.thresholdsAdded.has(name)) continue;
      ctx.changes.push({ kind: "threshold_added", threshold: name, after: json(after), text: both((t, l) => t.thresholdAdded(name, after.label[l], formatThreshold(after, l))) });
      continue;
    }
    const before = ta[name] as Threshold;
    if (before.value !== after.value || before.unit !== after.unit) {
      const users = usersOf(ctx.b, name);
      const direction = before.unit !== after.unit ? "other" : after.value > before.value ? "up" : "down";
      ctx.changes.push({
        kind: "threshold_changed",
        threshold: name,
        ...(users.length === 1 ? { indicator: users[0] as string } : {}),
        before: json({ value: before.value, unit: before.unit }),
        after: json({ value: after.value, unit: after.unit }),
        text: both((t, l) => {
          const where = users.length === 0 ? "" : users.length === 1 ? t.indicator(users[0] as string) : t.indicator(users.join(", "));
          return t.thresholdChanged(where, direction, formatThreshold(before, l), formatThreshold(after, l), name, after.label[l]);
        }),
      });
    }
    if (!same(before.label, after.label)) {
      ctx.changes.push({ kind: "threshold_relabelled", threshold: name, before: json(before.label), after: json(after.label), text: both((t, l) => {
          const { shown, otherOnly } = changedLanguage(before.label, after.label, l);
          return t.thresholdRelabelled(name, before.label[shown], after.label[shown], otherOnly);
        }) });
    }
  }
  for (const [name, before] of Object.entries(ta)) {
    if (has(tb, name) || folded.thresholdsRemoved.has(name)) continue;
    ctx.changes.push({ kind: "threshold_removed", threshold: name, before: json(before), text: both((t, l) => t.thresholdRemoved(name, before.label[l], formatThreshold(before, l))) });
  }
}

function diffGroups(ctx: Ctx): void {
  const groups = (p: RulePack): Map<string, { level: "standard" | "criterion"; title: Text; parent: string | null }> => {
    const m = new Map<string, { level: "standard" | "criterion"; title: Text; parent: string | null }>();
    for (const s of p.standards) {
      m.set(`standard ${s.id}`, { level: "standard", title: s.title, parent: null });
      for (const c of s.criteria) m.set(`criterion ${c.id}`, { level: "criterion", title: c.title, parent: s.id });
    }
    return m;
  };
  const ga = groups(ctx.a.pack);
  const gb = groups(ctx.b.pack);
  const name = (level: "standard" | "criterion", id: string, t: DiffTexts): string => (level === "standard" ? t.standard(id) : t.criterion(id));
  for (const [key, g] of gb) {
    const id = key.slice(key.indexOf(" ") + 1);
    const old = ga.get(key);
    if (!old) ctx.changes.push({ kind: "group_added", group: id, level: g.level, after: json(g.title), text: both((t, l) => t.groupAdded(name(g.level, id, t), g.title[l])) });
    else if (!same(old.title, g.title)) {
      ctx.changes.push({ kind: "group_retitled", group: id, level: g.level, before: json(old.title), after: json(g.title), text: both((t, l) => {
        const { shown, otherOnly } = changedLanguage(old.title, g.title, l);
        return t.groupRetitled(name(g.level, id, t), old.title[shown], g.title[shown], otherOnly);
      }) });
    }
    // A criterion under another standard changes that standard's verdict (as a moved indicator changes its criterion's).
    if (old && old.parent !== null && g.parent !== null && old.parent !== g.parent) {
      const [from, to] = [old.parent, g.parent];
      ctx.changes.push({ kind: "group_moved", group: id, level: g.level, before: from, after: to, text: both((t) => t.groupMoved(name(g.level, id, t), t.standard(from), t.standard(to))) });
    }
  }
  for (const [key, g] of ga) {
    if (gb.has(key)) continue;
    const id = key.slice(key.indexOf(" ") + 1);
    ctx.changes.push({ kind: "group_removed", group: id, level: g.level, before: json(g.title), text: both((t, l) => t.groupRemoved(name(g.level, id, t), g.title[l])) });
  }
}
