import { displayLine } from "../explain/display-text.js";

/**
 * One line of tab-separated fields, made safe for a terminal ({@link displayLine}: controls shown as U+FFFD, line
 * breaks as spaces). A tab inside a field's value — a district "Tháp\tMười", a file named "a\tb.json", a report's key
 * in an issue's path — becomes a space: it would split the field, and a program reading the columns would see one too
 * many.
 */
export function tabLine(fields: readonly string[]): string {
  return `${displayLine(fields.map((field) => field.replaceAll("\t", " ")).join("\t"))}\n`;
}

/** A message in both languages, Vietnamese first, as the CLI prints an issue: `vi / en`. */
export function bothLanguages(message: { vi: string; en: string }): string {
  return `${message.vi} / ${message.en}`;
}
