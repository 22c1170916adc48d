import type { Lang } from "../types.js";
import type { FieldInfo } from "../pack/prepared-pack.js";
import { formatDate, formatNumber } from "./format-number.js";
import { messagesFor } from "./messages-for.js";

/** A `{name}` placeholder of a text template (the pack checker refuses names that nothing fills). */
export const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** Templates split once into text (even positions) and placeholder names (odd positions). */
const compiled = new Map<string, string[]>();

export function splitTemplate(template: string): string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(PLACEHOLDER);
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(template, parts);
  }
  return parts;
}

/** Replaces `{name}` placeholders; unknown names are left as written. */
export function fillTemplate(template: string, lookup: (name: string) => string | undefined): string {
  const parts = splitTemplate(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    out += (lookup(name) ?? `{${name}}`) + (parts[i + 1] as string);
  }
  return out;
}

/** Formats a report field's value for people, by the field's declared unit. */
export function formatField(value: unknown, info: FieldInfo | undefined, lang: Lang): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "number") {
    switch (info?.unit) {
      case "count":
        return formatNumber(value, lang, 0);
      case "percent":
        return `${formatNumber(value, lang, info.decimals ?? 12)}%`;
      case "percentagePoints":
        return messagesFor(lang).unitPoints(formatNumber(value, lang, info.decimals ?? 12));
      case "year":
        return String(value);
      default:
        return formatNumber(value, lang, info?.decimals ?? 12);
    }
  }
  if (Array.isArray(value)) return info?.unit === "evidence" ? formatEvidence(value, lang) : value.map((v) => formatField(v, undefined, lang)).join("; ");
  if (typeof value === "string") return info?.unit === "date" ? formatDate(value) : value;
  if (typeof value === "boolean") return value ? messagesFor(lang).yes : messagesFor(lang).no;
  return JSON.stringify(value);
}

/** "có 2 văn bản, minh chứng: 12/KH-UBND ngày 28/02/2022; 34/KH-HU ngày 14/04/2022". */
export function formatEvidence(items: unknown[], lang: Lang): string {
  const m = messagesFor(lang);
  if (items.length === 0) return m.evidenceNone;
  let list = "";
  for (let i = 0; i < items.length; i++) {
    const e = (items[i] ?? {}) as Record<string, unknown>;
    const ref = e["ref"];
    const numbered = typeof ref === "string";
    const name = numbered ? ref : typeof e["description"] === "string" ? e["description"] : "?";
    const date = e["date"];
    // A document by its number "of" a date; a description with its date in brackets.
    list += (i === 0 ? "" : "; ") + (typeof date === "string" ? (numbered ? m.evidenceDated(name, formatDate(date)) : `${name} (${formatDate(date)})`) : name);
  }
  return m.evidenceList(items.length, list);
}
