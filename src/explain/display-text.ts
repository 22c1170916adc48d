/*
 * What a text from a report or a pack (district, province, report number, evidence, notes, labels, wordings, issue
 * paths and messages) may not do to a document or a terminal shown to people: reorder the text around it, break the
 * HTML, or drive the terminal. One policy for every format (HTML, Markdown, the CLI's text): each of these characters
 * is shown as U+FFFD "�" (visible: the reader sees that something was there; the result itself keeps the text as
 * given):
 * - C0 controls but tab, LF and CR (NUL, BEL, ESC starting a terminal sequence…), DEL, and C1 controls (CSI, NEL…);
 * - bidirectional formatting characters (LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI, LRM/RLM/ALM): an RLO in a district
 *   reversed the rest of the heading and printed the year 2022 as 2202;
 * - other invisible format characters (zero-width space, word joiner, byte-order mark, interlinear annotation, tag
 *   characters: Unicode's `Cf`), which can hide or disguise text — but the soft hyphen and the zero-width (non-)joiner,
 *   which shape some scripts and emoji;
 * - lone surrogates and noncharacters, which HTML does not allow.
 * None of them is in the library's own texts, so a whole line built from templates and values can be neutralised at
 * once. Line-oriented outputs (Markdown, the terminal) also turn a line break inside a text into a space, so a value
 * cannot start a line of its own (a CR would let it overwrite the line on a terminal).
 */
const UNSAFE = /(?![\t\n\r\u00ad\u200c\u200d])[\p{Cc}\p{Cf}\p{Cs}\p{Bidi_Control}\p{Noncharacter_Code_Point}]/gu;
const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/gu;

/** A text with every control, bidirectional or invisible format character, lone surrogate and noncharacter shown as U+FFFD. */
export function displayText(text: string): string {
  return text.replace(UNSAFE, "\ufffd");
}

/** {@link displayText} on one line: line breaks (CR, LF, CRLF, U+2028, U+2029) become spaces. */
export function displayLine(text: string): string {
  return displayText(text.replace(LINE_BREAK, " "));
}
