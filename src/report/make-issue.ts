import { en } from "../explain/messages.en.js";
import type { Params, ReportIssueCode } from "../explain/messages.js";
import { vi } from "../explain/messages.vi.js";
import type { Issue } from "../types.js";

/** Builds an issue of a report (or of JSON input) in both languages; pack issues: `makePackIssue`. */
export function makeIssue(code: ReportIssueCode, path: string, params: Params): Issue {
  if (code === "DUPLICATE_KEY" && typeof params["sameAs"] === "string") return { code, path, params, message: sameAfterNfc(params["sameAs"], String(params["field"])) };
  return { code, path, params, message: { vi: vi.issue[code](params), en: en.issue[code](params) } };
}

/** `DUPLICATE_KEY` for two keys written differently that are the same after NFC (`params.sameAs`, `params.field`). */
function sameAfterNfc(first: string, second: string): Issue["message"] {
  const keys = (and: string): string => `${shownKey(first)} ${and} ${shownKey(second)}`;
  return {
    vi: `khóa ${keys("và")} trùng nhau sau khi chuẩn hóa Unicode (NFC): một khóa xuất hiện hai lần`,
    en: `keys ${keys("and")} are the same after Unicode normalisation (NFC): one key appears twice`,
  };
}

/** Most code points of a key shown in a message. */
const MAX_SHOWN = 32;

/** A key as a message shows it: quoted, with its code points (`"é" (U+0065 U+0301)`), cut short past 32 of them. */
export function shownKey(key: string): string {
  const points = Array.from(key);
  const cut = points.length > MAX_SHOWN;
  const shown = cut ? points.slice(0, MAX_SHOWN) : points;
  const codes = shown.map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
  return `“${shown.join("")}${cut ? "…" : ""}” (${codes.join(" ")}${cut ? " …" : ""})`;
}
