import type { Issue } from "../types.js";
import { escapePointer } from "../logic/walk-logic.js";
import { makeIssue } from "../report/make-issue.js";
import type { SchemaNode } from "../report/schema-node.js";

/** Where each resolved definition is written (`/reportSchema/$defs/name`), to locate a problem of one used in many places. */
const definedAt = new WeakMap<SchemaNode, string>();

/** The path of the `$defs` entry a resolved node comes from, if it is one. */
export function definitionPath(node: SchemaNode): string | undefined {
  return definedAt.get(node);
}

/**
 * Resolves `$ref: "#/$defs/name"` in a pack's report schema into a tree of plain nodes (a definition used twice is
 * shared, not copied). Unknown and cyclic references are reported as issues, in every definition, used or not.
 */
export function resolveSchema(root: Record<string, unknown>, basePath: string, issues: Issue[]): SchemaNode {
  const defs = (root["$defs"] ?? {}) as Record<string, Record<string, unknown>>;
  const resolved = new Map<string, SchemaNode>();

  const resolveNode = (node: Record<string, unknown>, path: string, chain: string[]): SchemaNode => {
    const ref = node["$ref"];
    if (typeof ref === "string") {
      const name = ref.slice("#/$defs/".length);
      const cached = resolved.get(name);
      if (cached) return cached;
      if (chain.includes(name)) {
        issues.push(makeIssue("REF_CYCLE", path, { ref }));
        return {};
      }
      const def = Object.prototype.hasOwnProperty.call(defs, name) ? defs[name] : undefined;
      if (!def) {
        issues.push(makeIssue("UNRESOLVED_REF", `${path}/$ref`, { ref }));
        return {};
      }
      const at = `${basePath}/$defs/${escapePointer(name)}`;
      const out = resolveNode(def, at, [...chain, name]);
      resolved.set(name, out);
      if (!definedAt.has(out)) definedAt.set(out, at);
      return out;
    }
    const out = Object.create(null) as Record<string, unknown>;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$defs" || key === "$schema") continue;
      if (key === "properties") {
        const props = Object.create(null) as Record<string, SchemaNode>;
        for (const [name, child] of Object.entries(value as Record<string, Record<string, unknown>>)) {
          props[name] = resolveNode(child, `${path}/properties/${escapePointer(name)}`, chain);
        }
        out[key] = props;
      } else if (key === "items") {
        out[key] = resolveNode(value as Record<string, unknown>, `${path}/items`, chain);
      } else {
        out[key] = value;
      }
    }
    return out as SchemaNode;
  };

  const tree = resolveNode(root, basePath, []);
  // Definitions nothing uses are checked too: a pack that ships a cyclic or dangling one is broken, used or not.
  for (const name of Object.keys(defs)) {
    if (!resolved.has(name)) resolveNode({ $ref: `#/$defs/${name}` }, `${basePath}/$defs/${escapePointer(name)}`, []);
  }
  return tree;
}
