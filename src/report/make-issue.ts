import { en } from "../explain/messages.en.js";
import type { IssueMessageCode, Params } from "../explain/messages.js";
import { vi } from "../explain/messages.vi.js";
import type { Issue } from "../types.js";

/** Builds an issue whose message the engine writes, in both languages. */
export function makeIssue(code: IssueMessageCode, path: string, params: Params): Issue {
  return { code, path, params, message: { vi: vi.issue[code](params), en: en.issue[code](params) } };
}
