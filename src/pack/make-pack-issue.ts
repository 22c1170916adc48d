import { en } from "../explain/messages.en.js";
import type { IssueMessageCode, PackIssueCode, Params } from "../explain/messages.js";
import { vi } from "../explain/messages.vi.js";
import { enPack } from "../explain/pack-messages.en.js";
import { viPack } from "../explain/pack-messages.vi.js";
import type { Issue } from "../types.js";

/**
 * Builds an issue of a pack, key or signature, in both languages: its messages are in `pack-messages.*.ts` (kept out
 * of what judging needs, see docs/performance.md), or, for the codes reports share, in `messages.*.ts`.
 */
export function makePackIssue(code: IssueMessageCode, path: string, params: Params): Issue {
  const text = Object.prototype.hasOwnProperty.call(viPack.issue, code)
    ? { vi: viPack.issue[code as PackIssueCode](params), en: enPack.issue[code as PackIssueCode](params) }
    : { vi: vi.issue[code as Exclude<IssueMessageCode, PackIssueCode>](params), en: en.issue[code as Exclude<IssueMessageCode, PackIssueCode>](params) };
  return { code, path, params, message: text };
}
