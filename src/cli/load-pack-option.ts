import { HuyenHocTapError, isHuyenHocTapError } from "../errors.js";
import { loadPackFile } from "../node/index.js";
import type { LoadPackOptions } from "../pack/load-pack.js";
import type { RulePack } from "../types.js";

/**
 * The pack of a `--pack` option or of a pack file argument (`pack diff`, `test`, `sign`, `verify`). When it is refused
 * as invalid, the message names its file in both languages, before the issues: `simulate` and `pack diff` take several
 * packs, and `10 lỗi` alone does not say which one is wrong. A message that names the file already (too large, not
 * UTF-8, cannot be read) is left as it is.
 */
export async function loadPackOption(file: string, options: LoadPackOptions = {}): Promise<RulePack> {
  try {
    return await loadPackFile(file, options);
  } catch (error) {
    if (!isHuyenHocTapError(error) || error.code !== "PACK_INVALID" || error.text.vi.includes(file)) throw error;
    throw new HuyenHocTapError(error.code, { vi: `Tệp ${file}: ${error.text.vi}`, en: `File ${file}: ${error.text.en}` }, error.issues);
  }
}
