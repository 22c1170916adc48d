import type { Issue, Logic } from "../types.js";
import { checkLogicNode } from "./check-pack.js";

/** Where rules sit in a pack: `rule.measures[].applicable`, `rule.measures[].value`, `rule.constraints[].check`. */
const MEASURE_LOGIC = ["applicable", "value"] as const;

/**
 * Runs the gate's shape checks (one operator per object, the allow-list, literal undotted variable paths) on every
 * rule of a pack document that may not fit the pack schema yet, reading it defensively. Returns the issues and the
 * paths of the expressions that have some. Iterative, like the gate itself.
 */
export function checkLogicShapes(doc: object): { issues: Issue[]; roots: string[] } {
  const issues: Issue[] = [];
  const roots: string[] = [];
  const check = (logic: unknown, path: string): void => {
    const before = issues.length;
    checkLogicNode(logic as Logic, path, null, {}, new Set(), issues);
    if (issues.length > before) roots.push(path);
  };
  items(field(doc, "standards")).forEach((standard, s) => {
    items(field(standard, "criteria")).forEach((criterion, c) => {
      items(field(criterion, "indicators")).forEach((indicator, i) => {
        const rule = field(indicator, "rule");
        const at = `/standards/${s}/criteria/${c}/indicators/${i}/rule`;
        items(field(rule, "measures")).forEach((measure, m) => {
          for (const key of MEASURE_LOGIC) if (has(measure, key)) check(field(measure, key), `${at}/measures/${m}/${key}`);
        });
        items(field(rule, "constraints")).forEach((constraint, k) => {
          if (has(constraint, "check")) check(field(constraint, "check"), `${at}/constraints/${k}/check`);
        });
      });
    });
  });
  return { issues, roots };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function has(value: unknown, key: string): boolean {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key);
}

function field(value: unknown, key: string): unknown {
  return has(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
