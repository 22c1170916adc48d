import type { Issue, Logic } from "../types.js";
import { makePackIssue } from "./make-pack-issue.js";
import { escapePointer } from "../logic/walk-logic.js";
import { checkLogicNode } from "./check-pack.js";

/** Where rules sit in a pack: `rule.measures[].applicable`, `rule.measures[].value`, `rule.constraints[].check`. */
const MEASURE_LOGIC = ["applicable", "value"] as const;

/** Most arguments of one operator, as the pack schema (`$defs.logic`) allows. */
export const MAX_LOGIC_ITEMS = 100;

/**
 * Runs the gate's shape checks on every rule of a pack document that does not fit the pack schema, reading it
 * defensively: one operator per object, the allow-list, literal undotted variable paths, at most
 * {@link MAX_LOGIC_ITEMS} arguments, finite numbers. The schema refuses the same things with a handful of vague
 * `anyOf` errors at the top of the expression; these issues point at the offending node. Returns them and the paths
 * of the expressions that have some. Iterative, like the gate itself.
 */
export function checkLogicShapes(doc: object): { issues: Issue[]; roots: string[] } {
  const issues: Issue[] = [];
  const roots: string[] = [];
  const check = (logic: unknown, path: string): void => {
    const before = issues.length;
    checkLogicNode(logic as Logic, path, null, {}, new Set(), issues);
    checkLogicValues(logic, path, issues);
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

/** Lists of arguments too long, and numbers that are not finite (which JSON cannot write). */
function checkLogicValues(logic: unknown, at: string, issues: Issue[]): void {
  const stack: [unknown, string][] = [[logic, at]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [unknown, string];
    if (typeof node === "number" && !Number.isFinite(node)) issues.push(makePackIssue("NOT_FINITE", path, {}));
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      if (node.length > MAX_LOGIC_ITEMS) issues.push(makePackIssue("TOO_MANY_ITEMS", path, { max: MAX_LOGIC_ITEMS }));
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${path}/${i}`]);
    } else {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        stack.push([(node as Record<string, unknown>)[key], `${path}/${escapePointer(key)}`]);
      }
    }
  }
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
