import type { Issue, JsonValue, ValidationResult } from "../types.js";
import { truthy } from "../logic/operations.js";
import { escapePointer } from "../logic/walk-logic.js";
import type { PreparedIndicator, PreparedPack } from "../pack/prepared-pack.js";
import { checkValue, typeName } from "./check-value.js";
import { makeIssue } from "./make-issue.js";
import { MAX_ISSUES } from "./read-report.js";
import { toNfc } from "./text-nfc.js";
import type { ReadReport } from "./read-report.js";
import { fillTemplate, formatField } from "../explain/fill-template.js";


/**
 * Every problem of a report read by {@link readReport}: the limit that ended the reading, or the problems met while
 * reading and every other problem of the copy (not twice at one path: a value the reader refused is not also missing,
 * the "" that stands for a long string is not also too short).
 */
export function reportIssues(input: ReadReport, pack: PreparedPack): Issue[] {
  if (!input.partial) return input.issues.length > 0 ? input.issues : checkReport(input.value, pack);
  const replaced = input.replaced ?? new Set<string>();
  const issues = [...input.issues, ...checkReport(input.value, pack, replaced).filter((i) => !replaced.has(i.path))];
  return issues.length > MAX_ISSUES ? issues.slice(0, MAX_ISSUES) : issues;
}

/**
 * Every problem of a report against a prepared pack, each with a JSON pointer to the offending field. Empty when the
 * report is valid. Never throws, never changes the report. The report is the private copy `readReport` made, which
 * is already within the limits (so they are not walked again here).
 */
export function checkReport(report: unknown, pack: PreparedPack, reported?: ReadonlySet<string>): Issue[] {
  if (report === null || typeof report !== "object" || Array.isArray(report)) {
    return [makeIssue("WRONG_TYPE", "", { expected: "object", actual: typeName(report) })];
  }
  const issues: Issue[] = [];
  checkValue(report, pack.reportSchema, "", issues, reported);
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i] as Issue;
    // (An id of "" too: its path is "/indicators/".)
    if (issue.code === "UNKNOWN_FIELD" && /^\/indicators\/[^/]*$/.test(issue.path)) {
      issues[i] = makeIssue("UNKNOWN_INDICATOR", issue.path, issue.params);
    }
  }
  const indicators = (report as Record<string, unknown>)["indicators"];
  if (indicators !== null && typeof indicators === "object" && !Array.isArray(indicators)) {
    for (const prepared of pack.indicators) {
      const block = Object.prototype.hasOwnProperty.call(indicators, prepared.indicator.id)
        ? (indicators as Record<string, unknown>)[prepared.indicator.id]
        : undefined;
      if (block !== null && typeof block === "object" && !Array.isArray(block)) {
        // The private copy's text fields that rules read, in NFC, before the constraints and the rules see them.
        if (prepared.textFields !== null) toNfc(block as Record<string, unknown>, prepared.textFields);
        checkConstraints(block as Record<string, unknown>, prepared, pack, issues);
      }
    }
  }
  return issues.length > MAX_ISSUES ? issues.slice(0, MAX_ISSUES) : issues;
}

/**
 * `first`, then each of `more` at a path none of `first` is at: a problem already reported at a path says what is
 * wrong there (the text's duplicate key, the report's uncovered year), and the others are added to it.
 */
export function withIssuesAtNewPaths(first: readonly Issue[], more: readonly Issue[]): Issue[] {
  const seen = new Set(first.map((i) => i.path));
  const out = [...first];
  for (const issue of more) if (!seen.has(issue.path)) out.push(issue);
  return out;
}

/**
 * The problems of a report read from text whose values have problems (`textIssues`: a key written twice, a number
 * that reads two ways), with the report's other problems as `check` finds them — all at once, as for a report object.
 * A report `check` refuses as a whole (no pack for a date) has its text's problems alone.
 */
export function withReportIssues(textIssues: readonly Issue[], check: () => Issue[]): Issue[] {
  let found: Issue[] = [];
  try {
    found = check();
  } catch {
    // Refused as a whole: the text's problems say enough.
  }
  return withIssuesAtNewPaths(textIssues, found);
}

/** `{ ok: true }` or `{ ok: false, issues }` for a prepared pack. */
export function toValidationResult(issues: Issue[]): ValidationResult {
  return issues.length === 0 ? { ok: true } : { ok: false, issues };
}

/** Runs the pack's cross-field checks (e.g. parts above their total) on a block whose fields are otherwise valid. */
function checkConstraints(block: Record<string, unknown>, prepared: PreparedIndicator, pack: PreparedPack, issues: Issue[]): void {
  const id = prepared.indicator.id;
  const base = `/indicators/${escapePointer(id)}`;
  (prepared.indicator.rule.constraints ?? []).forEach((constraint, index) => {
    const usable = constraint.requires.every((field) => {
      const value = block[field];
      const path = `${base}/${escapePointer(field)}`;
      return value !== undefined && value !== null && !issues.some((i) => i.path === path);
    });
    if (!usable) return;
    const check = prepared.compiled.constraints[index];
    if (!check || truthy(check(blockData(block, prepared, pack)))) return;
    // One problem per field and code: a part above its total breaks both the part's check and the sum's.
    const path = `${base}/${escapePointer(constraint.field)}`;
    if (issues.some((i) => i.path === path && i.code === constraint.code)) return;
    const params: Record<string, JsonValue> = { indicator: id };
    for (const field of constraint.requires) params[field] = block[field] as JsonValue;
    const format = (lang: "vi" | "en") => (name: string): string | undefined =>
      prepared.fields.has(name) ? `${formatField(block[name], prepared.fields.get(name), lang)} (${prepared.fields.get(name)?.label[lang] ?? name})` : undefined;
    issues.push({
      code: constraint.code,
      path,
      params,
      message: { vi: fillTemplate(constraint.message.vi, format("vi")), en: fillTemplate(constraint.message.en, format("en")) },
    });
  });
}

/**
 * The data a rule of an indicator reads: the fields of its block and the pack's named thresholds, in a
 * null-prototype object so that no variable can reach `Object.prototype`.
 */
export function blockData(block: Record<string, unknown> | undefined, prepared: PreparedIndicator, pack: PreparedPack): Record<string, unknown> {
  const data = Object.create(null) as Record<string, unknown>;
  for (const name in pack.thresholdValues) data[name] = pack.thresholdValues[name];
  if (block) {
    for (const name of prepared.fields.keys()) {
      const value = block[name];
      if (value !== undefined && value !== null) data[name] = value;
    }
  }
  return data;
}
