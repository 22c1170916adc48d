import type { Logic, RulePack, Text } from "../types.js";
import type { SchemaNode } from "../report/schema-node.js";
import type { FieldInfo, PreparedGroup, PreparedIndicator, PreparedPack } from "./prepared-pack.js";
import { compileReader, INVALID } from "../report/compile-reader.js";
import { truthy } from "../logic/operations.js";
import { REPORT_LIMITS } from "./check-limits.js";
import { compileLogic } from "../logic/compile-logic.js";
import { escapePointer } from "../logic/walk-logic.js";
import { formatDate } from "../explain/format-number.js";
import { toNfc } from "../report/text-nfc.js";
import { generatedReader, generatedRules } from "./generated-code.js";
import type { GeneratedRules } from "./generated-code.js";

/**
 * The fields of a block that a rule reads with `var`, or whose presence it tests with `missing` / `missing_some`
 * (named thresholds are not fields), once each.
 */
function fieldsRead(logic: Logic, fields: Map<string, FieldInfo>): string[] {
  const read = new Set<string>();
  const add = (name: unknown): void => {
    if (typeof name === "string" && fields.has(name)) read.add(name);
  };
  // A pack's rules are checked (and their depth limited) before they are prepared: a plain recursion is enough here,
  // and keeps the walker of the pack checker out of the smallest browser build.
  const visit = (l: unknown): void => {
    if (Array.isArray(l)) l.forEach(visit);
    else if (l !== null && typeof l === "object") {
      for (const [op, args] of Object.entries(l)) {
        if (op === "var") add(Array.isArray(args) ? args[0] : args);
        else if (op === "missing") (Array.isArray(args) ? args : [args]).forEach(add);
        else if (op === "missing_some" && Array.isArray(args) && Array.isArray(args[1])) (args[1] as unknown[]).forEach(add);
        else visit(args);
      }
    }
  };
  visit(logic);
  return [...read];
}

/** Computes, once per pack, what evaluating a report needs. */
export function preparePack(pack: RulePack, reportSchema: SchemaNode, digest: string): PreparedPack {
  const blocks = reportSchema.properties?.["indicators"]?.properties ?? {};
  const thresholdValues = Object.create(null) as Record<string, number>;
  for (const [name, t] of Object.entries(pack.thresholds)) thresholdValues[name] = t.value;
  const indicators: PreparedIndicator[] = [];
  const all = pack.standards.flatMap((s) => s.criteria.flatMap((c) => c.indicators));
  // The rules generated ahead of time for this very pack (same digest), when they match it indicator by indicator.
  const found = generatedRules(digest);
  const generated = found !== null && found.count === all.length && all.every((indicator, i) => matches(found.indicators[i], indicator)) ? found : null;
  for (const standard of pack.standards) {
    for (const criterion of standard.criteria) {
      for (const indicator of criterion.indicators) {
        const block = blocks[indicator.id] ?? {};
        const fields = new Map<string, FieldInfo>();
        for (const [name, node] of Object.entries(block.properties ?? {})) {
          const label: Text = node["x-label"] ?? { vi: name, en: name };
          fields.set(name, { label, unit: node["x-unit"] ?? unitOfType(node), decimals: node["x-decimals"] });
        }
        const name = indicator.rule.threshold;
        const t = name !== undefined ? pack.thresholds[name] : undefined;
        const blockPath = `/indicators/${escapePointer(indicator.id)}`;
        const evidenceFields = [...fields].filter(([, f]) => f.unit === "evidence").map(([n]) => n);
        const applicableFields = indicator.rule.measures.map((m) => (m.applicable === undefined ? null : fieldsRead(m.applicable, fields)));
        const textFields = textFieldsRead(indicator, block, fields);
        // The generated rules of this indicator (same position: same digest, same pack), else closures.
        const own = generated?.indicators[indicators.length];
        indicators.push({
          indicator,
          criterion,
          standard,
          block,
          blockPath,
          allRequired: [...new Set(indicator.rule.measures.flatMap((m) => m.requires))],
          figureMeasures: indicator.rule.measures.map((m) => isFigure(m.value)),
          applicableFields,
          populationCheck: applicableFields.some((f) => f !== null && f.length > 0),
          textFields,
          fields,
          compiled: own
            ? { measures: own.measures.map((m) => ({ applicable: m.applicable, value: m.value, ready: m.ready, inputs: m.inputs })), constraints: own.constraints }
            : {
                measures: indicator.rule.measures.map((m) => ({
                  applicable: m.applicable !== undefined ? compileLogic(m.applicable, thresholdValues) : null,
                  value: compileLogic(m.value, thresholdValues),
                })),
                constraints: (indicator.rule.constraints ?? []).map((c) => compileLogic(c.check, thresholdValues)),
              },
          evidenceFields,
          evidencePaths: evidenceFields.map((n) => `${blockPath}/${escapePointer(n)}`),
          threshold: name !== undefined && t ? { name, value: t.value, unit: t.unit, label: t.label } : null,
          usedThreshold: name !== undefined && t ? Object.freeze({ name, value: t.value, unit: t.unit }) : null,
          texts: { vi: { requirement: undefined, ending: undefined, threshold: undefined, describers: [] }, en: { requirement: undefined, ending: undefined, threshold: undefined, describers: [] } },
        });
      }
    }
  }
  const positions = new Map(indicators.map((p, i) => [p.indicator.id, i]));
  const group = (id: string, title: Text, ids: string[]): PreparedGroup => ({
    id,
    title,
    indicatorIds: Object.freeze(ids) as string[],
    positions: ids.map((x) => positions.get(x) as number),
  });
  const groups = {
    criteria: pack.standards.flatMap((s) => s.criteria.map((c) => group(c.id, c.title, c.indicators.map((i) => i.id)))),
    standards: pack.standards.map((s) => group(s.id, s.title, s.criteria.flatMap((c) => c.indicators.map((i) => i.id)))),
  };
  return {
    pack,
    info: {
      id: pack.id,
      version: pack.version,
      digest,
      effectiveFrom: pack.effectiveFrom,
      ...(pack.effectiveTo !== undefined ? { effectiveTo: pack.effectiveTo } : {}),
      verified: false,
      keyId: null,
    },
    indicators,
    reportSchema,
    thresholdValues,
    effectiveFromText: formatDate(pack.effectiveFrom),
    read: compileReportReader(generatedReader(digest, pack.reportSchema) ?? compileReader(reportSchema, REPORT_LIMITS), indicators, generated),
    rules: generated,
    groups,
    indicatorIds: Object.freeze(indicators.map((p) => p.indicator.id)),
  };
}

/** Whether generated rules for one indicator have its measures and constraints (they do for the same digest). */
function matches(generated: GeneratedRules["indicators"][number] | undefined, indicator: RulePack["standards"][number]["criteria"][number]["indicators"][number]): boolean {
  return generated !== undefined && generated.measures.length === indicator.rule.measures.length && generated.constraints.length === (indicator.rule.constraints ?? []).length;
}

/** The fields of a block that may hold text (a string, any type, a list of strings) and that its rules read; null when none. */
function textFieldsRead(indicator: RulePack["standards"][number]["criteria"][number]["indicators"][number], block: SchemaNode, fields: Map<string, FieldInfo>): string[] | null {
  const logic: Logic[] = [];
  for (const m of indicator.rule.measures) {
    logic.push(m.value);
    if (m.applicable !== undefined) logic.push(m.applicable);
  }
  for (const c of indicator.rule.constraints ?? []) logic.push(c.check);
  const read = new Set(logic.flatMap((l) => fieldsRead(l, fields)));
  // A string, any type, or a list of strings (a rule may test `{"in": ["Việt", {"var": "tags"}]}`).
  const mayHoldText = (node: SchemaNode | undefined): boolean => node === undefined || node.type === undefined || node.type === "string";
  const text = [...read].filter((name) => {
    const node = block.properties?.[name];
    return mayHoldText(node) || (node?.type === "array" && mayHoldText(node.items));
  });
  return text.length > 0 ? text : null;
}

function unitOfType(node: SchemaNode): FieldInfo["unit"] {
  if (node.type === "integer") return "count";
  if (node.type === "number") return "number";
  if (node.format === "date") return "date";
  return "text";
}

/**
 * The fast path: read and check the report in one pass (with the reader generated ahead of time for the pack's report
 * schema when there is one, else with closures), then every constraint whose fields are present.
 */
function compileReportReader(read: (report: unknown) => unknown, indicators: PreparedIndicator[], rules: GeneratedRules | null): (report: unknown) => unknown {
  const readSafely = (report: unknown): unknown => {
    try {
      return read(report);
    } catch {
      return INVALID; // a getter or a proxy that throws: the slow path reports it
    }
  };
  // The copy's text fields that rules read are written in NFC as it is read, before the constraints and the rules see
  // them (see toNfc): none in the pilot pack.
  const withText = indicators.map((p, i) => [p, i] as const).filter(([p]) => p.textFields !== null);
  if (rules !== null) {
    const blocks: (Record<string, unknown> | null | undefined)[] = new Array(rules.count);
    return (report) => {
      const copy = readSafely(report);
      if (copy === INVALID) return INVALID;
      const found = rules.blocks(copy as Record<string, unknown>, blocks);
      for (const [p, i] of withText) {
        const block = found[i];
        if (block !== undefined && block !== null) toNfc(block, p.textFields as string[]);
      }
      const holds = rules.constraints(found);
      blocks.fill(undefined); // hold no report
      return holds ? copy : INVALID;
    };
  }
  const withConstraints = indicators.filter((p) => p.compiled.constraints.length > 0);
  return (report) => {
    const copy = readSafely(report);
    if (copy === INVALID) return INVALID;
    const blocks = ((copy as Record<string, unknown>)["indicators"] ?? {}) as Record<string, Record<string, unknown> | null | undefined>;
    for (const [p] of withText) {
      const block = blocks[p.indicator.id];
      if (block !== undefined && block !== null) toNfc(block, p.textFields as string[]);
    }
    for (const p of withConstraints) {
      const block = blocks[p.indicator.id];
      if (block === undefined || block === null) continue;
      const constraints = p.indicator.rule.constraints ?? [];
      for (let i = 0; i < constraints.length; i++) {
        const requires = (constraints[i] as (typeof constraints)[number]).requires;
        let ready = true;
        for (const f of requires) if (block[f] === undefined || block[f] === null) ready = false;
        if (ready && !truthy((p.compiled.constraints[i] as (data: unknown) => unknown)(block))) return INVALID;
      }
    }
    return copy;
  };
}

/** Whether a measure's logic is one figure of the report, `{ "var": name }`. */
function isFigure(logic: unknown): boolean {
  return logic !== null && typeof logic === "object" && !Array.isArray(logic) && Object.keys(logic).length === 1 && "var" in logic;
}
