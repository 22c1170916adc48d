import type { Lang, Text } from "../types.js";
import { escapePointer } from "../logic/walk-logic.js";
import type { SchemaNode } from "../report/schema-node.js";
import { fieldChangeWords, fieldKeywordWord } from "../explain/schema-words.js";
import { both, changedLanguage, json, same } from "./diff-common.js";
import type { Ctx, Folded, Part } from "./diff-common.js";
import { REPORT_LIMITS } from "./check-limits.js";

interface FieldRecord {
  shape: Record<string, unknown>;
  required: boolean;
  label: Text | undefined;
}

/**
 * Most report fields listed one by one. A report schema whose definitions (`$defs`) are shared by several fields is a
 * graph: listed as the tree of a report's paths, 8 definitions each used 8 times by the next make 8⁸ paths, and a
 * 108 KB pack ran a diff out of memory. Past this many, the report schemas are compared as written.
 */
export const MAX_DIFF_FIELDS = 20_000;

/**
 * Every field of a report schema by its report path (`/indicators/<id>/total`; list items as `*`), down to the depth a
 * report may have; null past {@link MAX_DIFF_FIELDS} fields.
 */
function reportFields(root: SchemaNode): Map<string, FieldRecord> | null {
  const out = new Map<string, FieldRecord>();
  const stack: [SchemaNode, string, number][] = [[root, "", 0]];
  while (stack.length > 0) {
    const [node, path, depth] = stack.pop() as [SchemaNode, string, number];
    if (depth >= REPORT_LIMITS.maxDepth) continue;
    if (out.size > MAX_DIFF_FIELDS) return null;
    const children: [SchemaNode, string, boolean][] = [];
    for (const [name, child] of Object.entries(node.properties ?? {})) children.push([child, `${path}/${escapePointer(name)}`, (node.required ?? []).includes(name)]);
    if (node.items) children.push([node.items, `${path}/*`, true]);
    for (const [child, childPath, required] of children) {
      const shape: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(child)) if (k !== "properties" && k !== "items" && k !== "required") shape[k] = v;
      out.set(childPath, { shape, required, label: child["x-label"] });
    }
    for (const [child, childPath] of children.reverse()) stack.push([child, childPath, depth + 1]);
  }
  return out;
}

/** Compares the report fields of two packs (fields of added or removed indicators are folded into those). */
export function diffFields(ctx: Ctx, folded: Folded): void {
  const fa = reportFields(ctx.a.reportSchema);
  const fb = fa === null ? null : reportFields(ctx.b.reportSchema);
  if (fa === null || fb === null) {
    // Too many fields to list: the schemas as written (with their `$ref`s, linear in the pack's size) are compared.
    const [before, after] = [ctx.a.pack.reportSchema, ctx.b.pack.reportSchema];
    if (!same(before, after)) ctx.changes.push({ kind: "report_field_changed", field: "", before: json(before), after: json(after), text: both((t) => t.fieldsTooMany(MAX_DIFF_FIELDS)) });
    return;
  }
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
      if (k === "x-label") {
        parts.push((t, l) => {
          const { shown, otherOnly } = changedLanguage(before.label, after.label, l);
          return t.partLabel(label(before, shown), label(after, shown), otherOnly);
        });
      }
      else if ((isScalar(x) && isScalar(y)) || (k === "enum" && isScalarList(x) && isScalarList(y))) {
        const years = (after.shape["x-unit"] ?? before.shape["x-unit"]) === "year";
        parts.push((_t, l) => fieldChangeWords(k, x, y, l, years));
      } else parts.push((_t, l) => fieldKeywordWord(k, l));
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

/** A list of scalars (an `enum`), or none: shown value by value. */
function isScalarList(v: unknown): boolean {
  return v === undefined || (Array.isArray(v) && v.every((item) => item !== undefined && isScalar(item)));
}
