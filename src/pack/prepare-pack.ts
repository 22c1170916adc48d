import type { RulePack, Text } from "../types.js";
import type { SchemaNode } from "../report/schema-node.js";
import type { FieldInfo, PreparedIndicator, PreparedPack } from "./prepared-pack.js";
import { compileLogic } from "../logic/compile-logic.js";

/** Computes, once per pack, what evaluating a report needs. */
export function preparePack(pack: RulePack, reportSchema: SchemaNode, digest: string): PreparedPack {
  const blocks = reportSchema.properties?.["indicators"]?.properties ?? {};
  const thresholdValues = Object.create(null) as Record<string, number>;
  for (const [name, t] of Object.entries(pack.thresholds)) thresholdValues[name] = t.value;
  const indicators: PreparedIndicator[] = [];
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
        indicators.push({
          indicator,
          criterion,
          standard,
          block,
          fields,
          compiled: {
            measures: indicator.rule.measures.map((m) => ({
              applicable: m.applicable !== undefined ? compileLogic(m.applicable) : null,
              value: compileLogic(m.value),
            })),
            constraints: (indicator.rule.constraints ?? []).map((c) => compileLogic(c.check)),
          },
          evidenceFields: [...fields].filter(([, f]) => f.unit === "evidence").map(([n]) => n),
          threshold: name !== undefined && t ? { name, value: t.value, unit: t.unit, label: t.label } : null,
        });
      }
    }
  }
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
  };
}

function unitOfType(node: SchemaNode): FieldInfo["unit"] {
  if (node.type === "integer") return "count";
  if (node.type === "number") return "number";
  if (node.format === "date") return "date";
  return "text";
}
