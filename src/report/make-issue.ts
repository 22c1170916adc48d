import { en } from "../explain/messages.en.js";
import type { Params, ReportIssueCode } from "../explain/messages.js";
import { vi } from "../explain/messages.vi.js";
import type { Issue } from "../types.js";

/** Builds an issue of a report (or of JSON input) in both languages; pack issues: `makePackIssue`. */
export function makeIssue(code: ReportIssueCode, path: string, params: Params): Issue {
  return { code, path, params, message: { vi: vi.issue[code](params), en: en.issue[code](params) } };
}
