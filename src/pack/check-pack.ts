import type { Issue, Logic, RulePack } from "../types.js";
import { escapePointer, walkLogic } from "../logic/walk-logic.js";
import { FORBIDDEN_KEYS, isIsoDate } from "../report/check-value.js";
import { makePackIssue } from "./make-pack-issue.js";
import { PLACEHOLDER } from "../explain/fill-template.js";
import type { SchemaNode } from "../report/schema-node.js";
import { definitionPath } from "./resolve-schema.js";
import { ALLOWED_OPERATORS, MAX_ARGUMENTS, MIN_ARGUMENTS, VARIABLE_OPERATORS } from "../logic/operators.js";

/** Where each indicator sits in the pack, with its JSON pointer. */
export interface IndicatorPlace {
  standardIndex: number;
  criterionIndex: number;
  indicatorIndex: number;
  path: string;
}

/** Checks the meaning of a pack that fits the pack schema. Returns every problem found. */
export function checkPack(pack: RulePack, reportSchema: SchemaNode, issues: Issue[]): void {
  checkDates(pack, issues);
  const legalRefs = new Set<string>();
  pack.legalBasis.forEach((act, i) => {
    if (legalRefs.has(act.ref)) issues.push(makePackIssue("DUPLICATE_ID", `/legalBasis/${i}/ref`, { id: act.ref }));
    legalRefs.add(act.ref);
    if (!isIsoDate(act.date)) issues.push(makePackIssue("INVALID_DATE", `/legalBasis/${i}/date`, { value: act.date }));
  });

  checkSchemaNodes(reportSchema, "/reportSchema", issues);
  checkCoreFields(reportSchema, issues);
  const indicatorsNode = reportSchema.properties?.["indicators"];
  const blocks = indicatorsNode?.properties;
  if (!blocks && indicatorsNode !== undefined) issues.push(makePackIssue("MISSING_FIELD", "/reportSchema/properties/indicators/properties", { field: "properties" }));

  const blockFieldNames = new Set<string>();
  for (const block of Object.values(blocks ?? {})) for (const f of Object.keys(block.properties ?? {})) blockFieldNames.add(f);
  // Names that could reach prototypes in code that merges objects are refused wherever a pack names things.
  const forbidden = (names: string[], at: string): void => {
    for (const name of names) if (FORBIDDEN_KEYS.has(name)) issues.push(makePackIssue("FORBIDDEN_KEY", `${at}/${escapePointer(name)}`, { field: name }));
  };
  forbidden(Object.keys(pack.thresholds), "/thresholds");
  const defs = pack.reportSchema["$defs"];
  if (defs !== null && typeof defs === "object") forbidden(Object.keys(defs), "/reportSchema/$defs");
  for (const name of Object.keys(pack.thresholds)) {
    if (blockFieldNames.has(name)) issues.push(makePackIssue("THRESHOLD_NAME_CLASH", `/thresholds/${escapePointer(name)}`, { name }));
  }

  const used = new Set<string>();
  const seen = { standards: new Set<string>(), criteria: new Set<string>(), indicators: new Set<string>() };
  // Ids are unique across levels too: a criterion named like an indicator would make one id mean two things.
  const anyLevel = new Set<string>();
  const dup = (set: Set<string>, id: string, path: string): void => {
    if (set.has(id) || anyLevel.has(id)) issues.push(makePackIssue("DUPLICATE_ID", path, { id }));
    set.add(id);
    anyLevel.add(id);
  };
  pack.standards.forEach((standard, s) => {
    dup(seen.standards, standard.id, `/standards/${s}/id`);
    standard.criteria.forEach((criterion, c) => {
      dup(seen.criteria, criterion.id, `/standards/${s}/criteria/${c}/id`);
      criterion.indicators.forEach((indicator, i) => {
        const path = `/standards/${s}/criteria/${c}/indicators/${i}`;
        dup(seen.indicators, indicator.id, `${path}/id`);
        if (!legalRefs.has(indicator.legalBasis)) issues.push(makePackIssue("UNKNOWN_LEGAL_BASIS", `${path}/legalBasis`, { ref: indicator.legalBasis }));
        const block = blocks && Object.prototype.hasOwnProperty.call(blocks, indicator.id) ? blocks[indicator.id] : undefined;
        if (blocks && !block) issues.push(makePackIssue("INDICATOR_BLOCK_MISSING", `${path}/id`, { id: indicator.id }));
        checkRule(pack, indicator.rule, `${path}/rule`, block, used, issues);
      });
    });
  });
  for (const id of Object.keys(blocks ?? {})) {
    if (!seen.indicators.has(id)) issues.push(makePackIssue("UNKNOWN_BLOCK", `/reportSchema/properties/indicators/properties/${escapePointer(id)}`, { id }));
  }
  for (const name of Object.keys(pack.thresholds)) {
    if (!used.has(name) && !FORBIDDEN_KEYS.has(name)) issues.push(makePackIssue("UNUSED_THRESHOLD", `/thresholds/${escapePointer(name)}`, { name }));
  }
}

function checkDates(pack: RulePack, issues: Issue[]): void {
  if (!isIsoDate(pack.effectiveFrom)) issues.push(makePackIssue("INVALID_DATE", "/effectiveFrom", { value: pack.effectiveFrom }));
  if (pack.effectiveTo !== undefined) {
    if (!isIsoDate(pack.effectiveTo)) issues.push(makePackIssue("INVALID_DATE", "/effectiveTo", { value: pack.effectiveTo }));
    else if (pack.effectiveTo < pack.effectiveFrom) {
      issues.push(makePackIssue("INVALID_DATE_RANGE", "/effectiveTo", { from: pack.effectiveFrom, to: pack.effectiveTo }));
    }
  }
}

/**
 * Every field of the report schema needs labels in both languages, every decimal field its decimal places, and every
 * object `additionalProperties: false`. A problem of a `$defs` entry is reported once, where it is written, not at
 * each place that uses it.
 */
function checkSchemaNodes(root: SchemaNode, rootPath: string, issues: Issue[]): void {
  const stack: [SchemaNode, string][] = [[root, rootPath]];
  const visited = new Set<SchemaNode>();
  const unlabelled = new Set<string>();
  while (stack.length > 0) {
    const [node, usedAt] = stack.pop() as [SchemaNode, string];
    if (visited.has(node)) continue;
    visited.add(node);
    const path = definitionPath(node) ?? usedAt;
    // Every value has a type (or a list of allowed values): an untyped field would take text or a list as a figure.
    if (node !== root && node.type === undefined && node.enum === undefined) issues.push(makePackIssue("UNTYPED_FIELD", path, {}));
    if (node.type === "number" && node["x-decimals"] === undefined) issues.push(makePackIssue("MISSING_DECIMALS", path, {}));
    if ((node.type === "object" || node.properties !== undefined) && node.additionalProperties !== false) issues.push(makePackIssue("OPEN_OBJECT", path, {}));
    const children = Object.entries(node.properties ?? {});
    for (let i = children.length - 1; i >= 0; i--) {
      const [name, child] = children[i] as [string, SchemaNode];
      const childPath = `${path}/properties/${escapePointer(name)}`;
      if (FORBIDDEN_KEYS.has(name)) issues.push(makePackIssue("FORBIDDEN_KEY", childPath, { field: name }));
      // A field is read by its label: checked wherever a node is a field (a definition may also be a list's items),
      // and reported once, where the node is written.
      const labelAt = definitionPath(child) ?? childPath;
      if (!child["x-label"] && !unlabelled.has(labelAt)) {
        unlabelled.add(labelAt);
        issues.push(makePackIssue("MISSING_LABEL", labelAt, {}));
      }
      stack.push([child, childPath]);
    }
    if (node.items) stack.push([node.items, `${path}/items`]);
  }
}

/** The report fields the library itself reads, and how they must be declared. */
const CORE_FIELDS: readonly { field: string; type: "string" | "integer" | "object" | "date"; required: boolean }[] = [
  { field: "district", type: "string", required: true },
  { field: "province", type: "string", required: true },
  { field: "year", type: "integer", required: true },
  { field: "indicators", type: "object", required: true },
  { field: "report", type: "object", required: false },
];

/**
 * The fields every report has, whatever the framework (issue 2's contract): the library selects the pack by `year`,
 * heads every document with `district` and `province`, and dates evidence against `report.date`. A pack that made one
 * optional, or of another type, would be judged with `undefined` in its place.
 */
function checkCoreFields(root: SchemaNode, issues: Issue[]): void {
  const required = root.required ?? [];
  for (const { field, type, required: mustBeRequired } of CORE_FIELDS) {
    const node = root.properties?.[field];
    if (node === undefined) {
      if (mustBeRequired) issues.push(makePackIssue("MISSING_FIELD", `/reportSchema/properties/${field}`, { field }));
      continue;
    }
    const path = definitionPath(node) ?? `/reportSchema/properties/${field}`;
    if (node.type !== type) issues.push(makePackIssue("CORE_FIELD", path, { field, type, required: mustBeRequired }));
    if (mustBeRequired && !required.includes(field)) issues.push(makePackIssue("CORE_FIELD", "/reportSchema/required", { field, type, required: true }));
  }
  const meta = root.properties?.["report"]?.properties;
  for (const [field, type] of [["number", "string"], ["date", "date"]] as const) {
    const node = meta?.[field];
    if (node === undefined) continue;
    const ok = type === "date" ? node.type === "string" && node.format === "date" : node.type === type;
    if (!ok) issues.push(makePackIssue("CORE_FIELD", definitionPath(node) ?? `/reportSchema/properties/report/properties/${field}`, { field: `report.${field}`, type, required: false }));
  }
}

function checkRule(
  pack: RulePack,
  rule: RulePack["standards"][number]["criteria"][number]["indicators"][number]["rule"],
  path: string,
  block: SchemaNode | undefined,
  used: Set<string>,
  issues: Issue[],
): void {
  const fields = new Set(Object.keys(block?.properties ?? {}));
  const thresholds = pack.thresholds;
  if (rule.compare !== "truthy") {
    if (rule.threshold === undefined) issues.push(makePackIssue("MISSING_THRESHOLD", `${path}/threshold`, {}));
    else if (!Object.prototype.hasOwnProperty.call(thresholds, rule.threshold)) {
      issues.push(makePackIssue("UNKNOWN_THRESHOLD", `${path}/threshold`, { name: rule.threshold }));
    } else {
      used.add(rule.threshold);
      const t = thresholds[rule.threshold];
      if (t && t.unit !== rule.unit) issues.push(makePackIssue("UNIT_MISMATCH", `${path}/threshold`, { threshold: t.unit, rule: rule.unit }));
    }
  } else if (rule.threshold !== undefined) {
    // A truthy rule compares with nothing: a threshold named there would be shown in every result, and listed by
    // diffs, while no verdict could depend on it.
    if (Object.prototype.hasOwnProperty.call(thresholds, rule.threshold)) issues.push(makePackIssue("THRESHOLD_NOT_COMPARED", `${path}/threshold`, { name: rule.threshold }));
    else issues.push(makePackIssue("UNKNOWN_THRESHOLD", `${path}/threshold`, { name: rule.threshold }));
  }
  const checkFields = (names: string[], at: string): void => {
    names.forEach((name, i) => {
      if (!fields.has(name)) issues.push(makePackIssue("UNKNOWN_VARIABLE", `${at}/${i}`, { name }));
    });
  };
  const checkLogic = (logic: Logic, at: string, requires: readonly string[]): void => {
    checkLogicNode(logic, at, fields, thresholds, used, issues, requires);
  };
  const ids = new Set<string>();
  const comparing = rule.compare !== "truthy";
  const templateNames = [...fields].sort().join(", ");
  rule.measures.forEach((measure, m) => {
    const at = `${path}/measures/${m}`;
    if (ids.has(measure.id)) issues.push(makePackIssue("DUPLICATE_ID", `${at}/id`, { id: measure.id }));
    ids.add(measure.id);
    checkFields(measure.requires, `${at}/requires`);
    if (measure.applicable !== undefined) checkLogic(measure.applicable, `${at}/applicable`, measure.requires);
    checkLogic(measure.value, `${at}/value`, measure.requires);
    // `{threshold}` is filled only in a comparing rule's texts: a truthy rule has none.
    const describeNames = `value${comparing ? ", threshold" : ""}${templateNames ? `, ${templateNames}` : ""}`;
    const describeKnown = (name: string): boolean => name === "value" || (comparing && name === "threshold") || fields.has(name);
    if (measure.describe) checkPlaceholders(measure.describe, `${at}/describe`, describeKnown, describeNames, issues);
    if (measure.describeNegative) checkPlaceholders(measure.describeNegative, `${at}/describeNegative`, describeKnown, describeNames, issues);
    // Said as written: nothing is filled in it.
    if (measure.notApplicable) checkPlaceholders(measure.notApplicable, `${at}/notApplicable`, () => false, "—", issues);
  });
  if (rule.requirement) checkPlaceholders(rule.requirement, `${path}/requirement`, (name) => comparing && name === "threshold", comparing ? "threshold" : "—", issues);
  (rule.constraints ?? []).forEach((constraint, c) => {
    const at = `${path}/constraints/${c}`;
    checkFields(constraint.requires, `${at}/requires`);
    if (!fields.has(constraint.field)) issues.push(makePackIssue("UNKNOWN_VARIABLE", `${at}/field`, { name: constraint.field }));
    checkLogic(constraint.check, `${at}/check`, constraint.requires);
    checkPlaceholders(constraint.message, `${at}/message`, (name) => fields.has(name), templateNames || "—", issues);
  });
}

/**
 * Every `{name}` of a text template (both languages) is one that is filled (`allowed` names them for the message), and
 * appears once: a field's text can be a whole evidence list, and a template repeating it hundreds of times would make
 * a sentence of gigabytes from a report within its limits (`PLACEHOLDER_REPEATED`). Once each, a filled text is at
 * most the template plus the figures it quotes.
 */
function checkPlaceholders(text: { vi: string; en: string }, at: string, known: (name: string) => boolean, allowed: string, issues: Issue[]): void {
  for (const lang of ["vi", "en"] as const) {
    const template = text[lang];
    if (typeof template !== "string") continue;
    // Each problem once per template and name: a template repeating a name 400 times is one issue, not 400 (the list
    // of a pack's issues is capped, and would hide the others).
    const seen = new Set<string>();
    const reported = new Set<string>();
    for (const match of template.matchAll(PLACEHOLDER)) {
      const name = match[1] as string;
      if (reported.has(name)) continue;
      if (!known(name)) {
        issues.push(makePackIssue("UNKNOWN_PLACEHOLDER", `${at}/${lang}`, { name, allowed }));
        reported.add(name);
      } else if (seen.has(name) && name !== "value" && name !== "threshold") {
        // (A figure may be quoted twice: it is a number. A field's text may be a whole evidence list.)
        issues.push(makePackIssue("PLACEHOLDER_REPEATED", `${at}/${lang}`, { name }));
        reported.add(name);
      }
      seen.add(name);
    }
  }
}

/**
 * The gate for one JSON-logic expression: exactly one operator per object, only allowed operators, and variables
 * read only by literal, undotted names that are fields of the indicator's block or named thresholds. With `fields`
 * null (the report schema is not known yet), it checks everything but whether the names exist. Iterative: the depth
 * of an untrusted rule is limited before it gets here, but nothing here relies on it.
 *
 * With `requires` (a method's or a check's), every field of the block read with `var` must be in it: the engine runs
 * a method only when its required figures are given, so a field read but not required would be read as null when the
 * report leaves it out — and null counts as 0 in arithmetic (`VARIABLE_NOT_REQUIRED`). `missing` and `missing_some`
 * only test presence, and named thresholds are not figures.
 */
export function checkLogicNode(
  logic: Logic,
  at: string,
  fields: ReadonlySet<string> | null,
  thresholds: Record<string, unknown>,
  used: Set<string>,
  issues: Issue[],
  requires?: readonly string[],
): void {
  const known = (name: string): boolean => fields === null || fields.has(name) || Object.prototype.hasOwnProperty.call(thresholds, name);
  walkLogic(logic, at, (node) => {
    if (node.keyCount !== 1) {
      issues.push(makePackIssue("INVALID_OPERATOR_OBJECT", node.path, {}));
      return;
    }
    if (!ALLOWED_OPERATORS.has(node.op)) {
      issues.push(makePackIssue("FORBIDDEN_OPERATOR", `${node.path}/${escapePointer(node.op)}`, { operator: node.op }));
      return;
    }
    const count = Array.isArray(node.args) ? node.args.length : 1;
    const min = Object.prototype.hasOwnProperty.call(MIN_ARGUMENTS, node.op) ? MIN_ARGUMENTS[node.op] : undefined;
    if (min !== undefined && count < min) {
      issues.push(makePackIssue("TOO_FEW_ARGUMENTS", `${node.path}/${escapePointer(node.op)}`, { operator: node.op, min }));
    }
    const max = Object.prototype.hasOwnProperty.call(MAX_ARGUMENTS, node.op) ? MAX_ARGUMENTS[node.op] : undefined;
    if (max !== undefined && count > max) {
      issues.push(makePackIssue("TOO_MANY_ARGUMENTS", `${node.path}/${escapePointer(node.op)}`, { operator: node.op, max, count }));
    }
    if (!VARIABLE_OPERATORS.has(node.op)) return;
    const names = variableNames(node.op, node.args);
    if (names === null) {
      issues.push(makePackIssue("INVALID_VAR_PATH", `${node.path}/${escapePointer(node.op)}`, { reason: "computed" }));
      return;
    }
    for (const name of names) {
      if (name.includes(".")) {
        // `var` splits a dotted name into steps into the value: "note.constructor" would reach String's constructor.
        issues.push(makePackIssue("INVALID_VAR_PATH", `${node.path}/${escapePointer(node.op)}`, { reason: "dotted", name: name.slice(0, 100) }));
      } else if (FORBIDDEN_KEYS.has(name) || !known(name)) {
        issues.push(makePackIssue("UNKNOWN_VARIABLE", `${node.path}/${escapePointer(node.op)}`, { name }));
      } else if (requires !== undefined && node.op === "var" && fields?.has(name) === true && !requires.includes(name)) {
        issues.push(makePackIssue("VARIABLE_NOT_REQUIRED", `${node.path}/var`, { name }));
      } else if (Object.prototype.hasOwnProperty.call(thresholds, name)) {
        used.add(name);
        // A threshold is always given: a default for it, or a test of its presence, means nothing — and the compiled
        // engine (thresholds as constants) and json-logic-js (thresholds in the data) would not agree on it.
        if (node.op !== "var" || (Array.isArray(node.args) && node.args.length > 1)) {
          issues.push(makePackIssue("INVALID_VAR_PATH", `${node.path}/${escapePointer(node.op)}`, { reason: "threshold", name }));
        }
      }
    }
  });
}

/** The literal names a `var`, `missing` or `missing_some` reads, or null when they are not all literal. */
function variableNames(op: string, args: unknown): string[] | null {
  const literal = (v: unknown): v is string => typeof v === "string";
  const isScalar = (v: unknown): boolean => v === null || ["string", "number", "boolean"].includes(typeof v);
  if (op === "var") {
    if (literal(args)) return [args];
    if (Array.isArray(args) && args.length >= 1 && args.length <= 2 && literal(args[0]) && (args.length === 1 || isScalar(args[1]))) {
      return [args[0]];
    }
    return null;
  }
  if (op === "missing") {
    const list = Array.isArray(args) ? args : [args];
    return list.every(literal) ? list : null;
  }
  // missing_some: [minimum, [names]]
  if (Array.isArray(args) && args.length === 2 && typeof args[0] === "number" && Array.isArray(args[1]) && args[1].every(literal)) {
    return args[1] as string[];
  }
  return null;
}
