import type { Lang } from "../types.js";
import type { Messages } from "./messages.js";
import { en } from "./messages.en.js";
import { vi } from "./messages.vi.js";

/** The messages of a language. */
export function messagesFor(lang: Lang): Messages {
  return lang === "en" ? en : vi;
}
