import type { Indicator, JsonValue, Lang, Rule, RulePack, Text, Threshold } from "../types.js";
import { formatDate, formatUnit } from "../explain/format-number.js";
import { messagesFor } from "../explain/messages-for.js";
import { requirementText } from "../explain/reason.js";
import type { SchemaNode } from "../report/schema-node.js";
import { canonicalJson } from "./canonical-json.js";
import { DIFF_TEXTS } from "./diff-texts.js";
import type { DiffTexts } from "./diff-texts.js";
import { preparedOf } from "./prepared-of.js";
import type { PreparedIndicator, PreparedPack } from "./prepared-pack.js";

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
  | "format_version_changed";

/** One difference between two packs. */
export interface PackChange<K extends string = PackChangeKind> {
  /** Stable kind. */
  kind: K;
  /** The indicator concerned. */
  indicator?: string;
  /** The named threshold concerned. */
  threshold?: string;
  /** The report field concerned, as a JSON pointer into the report (`/indicators/2.2.5/total`; `*` for list items). */
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

interface Ctx {
  a: PreparedPack;
  b: PreparedPack;
  changes: PackChange[];
}

/** What an added or removed indicator carries with it, so that it is not listed again. */
interface Folded {
  addedIds: Set<string>;
  removedIds: Set<string>;
  thresholdsAdded: Set<string>;
  thresholdsRemoved: Set<string>;
}

const same = (x: unknown, y: unknown): boolean => canonicalJson(x ?? null) === canonicalJson(y ?? null);
const both = (f: (t: DiffTexts, lang: Lang) => string): Text => ({ vi: f(DIFF_TEXTS.vi, "vi"), en: f(DIFF_TEXTS.en, "en") });
const json = (v: unknown): JsonValue => JSON.parse(JSON.stringify(v ?? null)) as JsonValue;

function identity(p: PreparedPack): PackIdentity {
  const { id, version, digest, effectiveFrom, effectiveTo } = p.info;
  return effectiveTo !== undefined ? { id, version, digest, effectiveFrom, effectiveTo } : { id, version, digest, effectiveFrom };
}

/** A threshold value in its unit, with as many decimals as it has: `70%`, `0,05%`, `1,5 điểm phần trăm`. */
function formatThreshold(t: Pick<Threshold, "value" | "unit">, lang: Lang): string {
  const decimals = Math.max(2, (String(t.value).split(".")[1] ?? "").length);
  return formatUnit(t.value, t.unit, lang, decimals);
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
  if (!same(a.title, b.title)) push("title_changed", a.title, b.title, both((t, l) => t.titleChanged(a.title[l], b.title[l])));
  if (!same(a.description, b.description)) push("description_changed", a.description, b.description, both((t) => t.descriptionChanged));
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

/** Indicators that use a threshold, in pack order. */
function usersOf(p: PreparedPack, name: string): string[] {
  return p.indicators.filter((i) => i.indicator.rule.threshold === name).map((i) => i.indicator.id);
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
      ctx.changes.push({ kind: "threshold_relabelled", threshold: name, before: json(before.label), after: json(after.label), text: both((t, l) => t.thresholdRelabelled(name, before.label[l], after.label[l])) });
    }
  }
  for (const [name, before] of Object.entries(ta)) {
    if (has(tb, name) || folded.thresholdsRemoved.has(name)) continue;
    ctx.changes.push({ kind: "threshold_removed", threshold: name, before: json(before), text: both((t, l) => t.thresholdRemoved(name, before.label[l], formatThreshold(before, l))) });
  }
}

function diffGroups(ctx: Ctx): void {
  const groups = (p: RulePack): Map<string, { level: "standard" | "criterion"; title: Text }> => {
    const m = new Map<string, { level: "standard" | "criterion"; title: Text }>();
    for (const s of p.standards) {
      m.set(`standard ${s.id}`, { level: "standard", title: s.title });
      for (const c of s.criteria) m.set(`criterion ${c.id}`, { level: "criterion", title: c.title });
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
      ctx.changes.push({ kind: "group_retitled", group: id, level: g.level, before: json(old.title), after: json(g.title), text: both((t, l) => t.groupRetitled(name(g.level, id, t), old.title[l], g.title[l])) });
    }
  }
  for (const [key, g] of ga) {
    if (gb.has(key)) continue;
    const id = key.slice(key.indexOf(" ") + 1);
    ctx.changes.push({ kind: "group_removed", group: id, level: g.level, before: json(g.title), text: both((t, l) => t.groupRemoved(name(g.level, id, t), g.title[l])) });
  }
}

function diffIndicators(ctx: Ctx): Folded {
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
  for (const pa of ctx.a.indicators) {
    if (byIdB.has(pa.indicator.id)) continue;
    const ind = pa.indicator;
    ctx.changes.push({ kind: "indicator_removed", indicator: ind.id, before: json(ind), text: both((t, l) => t.indicatorRemoved(ind.id, ind.text[l])) });
  }
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

function indicatorAdded(p: PreparedPack, pi: PreparedIndicator, folded: Folded): PackChange {
  const ind = pi.indicator;
  const read = fieldsRead(ind.rule);
  const newThreshold = ind.rule.threshold !== undefined && folded.thresholdsAdded.has(ind.rule.threshold) ? ind.rule.threshold : null;
  const t = newThreshold !== null ? p.pack.thresholds[newThreshold] : undefined;
  return {
    kind: "indicator_added",
    indicator: ind.id,
    after: json({ indicator: ind, criterion: pi.criterion.id, block: pi.block, ...(newThreshold !== null && t ? { threshold: { name: newThreshold, ...t } } : {}) }),
    text: both((tx, l) =>
      tx.indicatorAdded(
        ind.id,
        tx.criterion(pi.criterion.id),
        ind.text[l],
        requirementText(pi, l),
        newThreshold !== null && t ? [`${newThreshold} = ${formatThreshold(t, l)}`] : [],
        read.map((f) => `${f} (${pi.fields.get(f)?.label[l] ?? f})`),
      ),
    ),
  };
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
        const other: Lang = l === "vi" ? "en" : "vi";
        const mine = a.text[l] !== b.text[l];
        const shown = mine ? l : other;
        return t.indicatorReworded(id, a.text[shown], b.text[shown], !mine);
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
    ctx.changes.push({ kind: "indicator_note_changed", indicator: id, before: json(a.note), after: json(b.note), text: both((t) => t.indicatorNoteChanged(id)) });
  }
}

type Part = (t: DiffTexts, lang: Lang) => string;

/** What differs between two rules, part by part. A changed threshold *value* is a threshold change, not a rule change. */
function ruleParts(a: Indicator, b: Indicator, pa: PreparedIndicator, pb: PreparedIndicator): Part[] {
  const ra = a.rule;
  const rb = b.rule;
  const parts: Part[] = [];
  if (ra.compare !== rb.compare) parts.push((t, l) => t.partCompare(messagesFor(l).compareWord[ra.compare], messagesFor(l).compareWord[rb.compare]));
  if (ra.threshold !== rb.threshold) parts.push((t, l) => t.partThreshold(ra.threshold ?? DIFF_TEXTS[l].none, rb.threshold ?? DIFF_TEXTS[l].none));
  if (ra.unit !== rb.unit) parts.push((t) => t.partUnit(ra.unit, rb.unit));
  if (ra.decimals !== rb.decimals) parts.push((t) => t.partDecimals(String(ra.decimals ?? "—"), String(rb.decimals ?? "—")));
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
    const what = (["requires", "applicable", "notApplicable", "value", "describe"] as const).filter((k) => !same(old[k], m[k]));
    if (what.length > 0) parts.push((t) => t.partMeasureChanged(m.id, [...what]));
  }
  for (const m of ra.measures) if (!idsB.includes(m.id)) parts.push((t) => t.partMeasureRemoved(m.id));
  const common = idsB.filter((x) => idsA.includes(x));
  if (!same(common, idsA.filter((x) => idsB.includes(x)))) parts.push((t) => t.partMeasureOrder);
  if (!same(ra.constraints ?? [], rb.constraints ?? [])) parts.push((t) => t.partConstraints);
  return parts;
}

interface FieldRecord {
  shape: Record<string, unknown>;
  required: boolean;
  label: Text | undefined;
}

/** Every field of a report schema by its report path (`/indicators/2.1.1/total`; list items as `*`). */
function reportFields(root: SchemaNode): Map<string, FieldRecord> {
  const out = new Map<string, FieldRecord>();
  const stack: [SchemaNode, string][] = [[root, ""]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [SchemaNode, string];
    if (path.split("/").length > 12) continue;
    const children: [SchemaNode, string, boolean][] = [];
    for (const [name, child] of Object.entries(node.properties ?? {})) children.push([child, `${path}/${name}`, (node.required ?? []).includes(name)]);
    if (node.items) children.push([node.items, `${path}/*`, true]);
    for (const [child, childPath, required] of children) {
      const shape: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(child)) if (k !== "properties" && k !== "items" && k !== "required") shape[k] = v;
      out.set(childPath, { shape, required, label: child["x-label"] });
    }
    for (const [child, childPath] of children.reverse()) stack.push([child, childPath]);
  }
  return out;
}

function diffFields(ctx: Ctx, folded: Folded): void {
  const fa = reportFields(ctx.a.reportSchema);
  const fb = reportFields(ctx.b.reportSchema);
  const isFolded = (path: string, ids: Set<string>): boolean => {
    const m = /^\/indicators\/([^/]+)/.exec(path);
    return m !== null && ids.has(m[1] as string);
  };
  const label = (r: FieldRecord, l: Lang): string => r.label?.[l] ?? "—";
  for (const [path, after] of fb) {
    const before = fa.get(path);
    if (!before) {
      if (!isFolded(path, folded.addedIds)) ctx.changes.push({ kind: "report_field_added", field: path, after: json(after.shape), text: both((t, l) => t.fieldAdded(path, label(after, l))) });
      continue;
    }
    const parts: Part[] = [];
    if (before.required !== after.required) parts.push((t) => t.partRequired(before.required, after.required));
    const keys = [...new Set([...Object.keys(before.shape), ...Object.keys(after.shape)])];
    for (const k of keys) {
      const x = before.shape[k];
      const y = after.shape[k];
      if (same(x, y)) continue;
      if (k === "x-label") parts.push((t, l) => t.partLabel(label(before, l), label(after, l)));
      else if (isScalar(x) && isScalar(y)) parts.push(() => `${k}: ${x === undefined ? "—" : String(x)} → ${y === undefined ? "—" : String(y)}`);
      else parts.push(() => k);
    }
    if (parts.length > 0) {
      ctx.changes.push({
        kind: "report_field_changed",
        field: path,
        before: json({ ...before.shape, required: before.required }),
        after: json({ ...after.shape, required: after.required }),
        text: both((t, l) => t.fieldChanged(path, parts.map((p) => p(t, l)))),
      });
    }
  }
  for (const [path, before] of fa) {
    if (fb.has(path) || isFolded(path, folded.removedIds)) continue;
    ctx.changes.push({ kind: "report_field_removed", field: path, before: json(before.shape), text: both((t, l) => t.fieldRemoved(path, label(before, l))) });
  }
}

function isScalar(v: unknown): boolean {
  return v === undefined || v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean";
}
