/**
 * The longest start of at most 60 characters (code points) that ends before a space or at the end: never inside a
 * word, so never inside a surrogate pair nor between a letter and its combining marks, in NFC or NFD text. When the
 * first word is longer, its first 60 characters or fewer, up to one that no combining mark follows.
 */
const START = /^(?:[^]{1,60}(?=\s|$)|[^]{1,60}(?!\p{M}))/u;

/**
 * The start of a text people wrote, to name it in a message: the text (trimmed, in NFC) when it has at most 60
 * characters, else its start cut at a word's end (see START), without the punctuation before the cut, and "…".
 */
export function cutAtWord(text: string): string {
  const t = text.normalize("NFC").trim();
  const start = START.exec(t)?.[0] ?? t;
  return start === t ? t : `${start.replace(/[\s,.;:]+$/, "") || start}…`;
}
