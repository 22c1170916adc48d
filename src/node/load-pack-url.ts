import { optionsObject, readArgument } from "../invalid-argument.js";
import { formatShortest } from "../explain/format-number.js";
import { HuyenHocTapError } from "../errors.js";
import { loadPack } from "../pack/load-pack.js";
import type { LoadPackOptions } from "../pack/load-pack.js";
import { makePackIssue } from "../pack/make-pack-issue.js";
import type { RulePack } from "../types.js";

/** Options of {@link loadPackUrl}. */
export interface LoadPackUrlOptions extends LoadPackOptions {
  /** The `fetch` to use (default: the global one). Tests and proxies pass their own. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Largest body accepted, in bytes (default 5 MB; the pilot pack is about 120 kB). */
  maxBytes?: number;
  /** Give up after this many milliseconds (default 30 000). */
  timeoutMs?: number;
}

const DEFAULT_MAX_BYTES = 5_000_000;

/**
 * Loads and checks a rule pack from an `https:` URL (see `loadPack`); with `expectedDigest`, a pack whose content
 * differs from the pinned digest is refused (`PACK_INVALID`). Other schemes, a redirect to a non-`https:` address,
 * an HTTP error, a body over `maxBytes` and a timeout are refused as `INVALID_ARGUMENT`.
 */
export async function loadPackUrl(url: string | URL, options: LoadPackUrlOptions = {}): Promise<RulePack> {
  options = optionsObject(options, ["fetch", "maxBytes", "timeoutMs", "expectedDigest"]);
  const href = readArgument("url", () => String(url));
  let parsed: URL;
  try {
    parsed = new URL(href);
  } catch {
    throw fetchError(href, { vi: "không phải địa chỉ URL hợp lệ", en: "not a valid URL" });
  }
  if (parsed.protocol !== "https:") {
    throw fetchError(href, { vi: `chỉ nhận địa chỉ https:, không nhận ${parsed.protocol}`, en: `only https: addresses are accepted, not ${parsed.protocol}` });
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const doFetch = options.fetch ?? ((u, init) => globalThis.fetch(u, init));
  let response: Response;
  try {
    response = await doFetch(parsed.href, {
      redirect: "follow",
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      headers: { accept: "application/json" },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw fetchError(href, { vi: `không tải được (${detail})`, en: `cannot be fetched (${detail})` });
  }
  if (response.url && !response.url.startsWith("https:")) {
    throw fetchError(href, { vi: `bị chuyển hướng sang địa chỉ không phải https: ${response.url}`, en: `redirected to a non-https: address ${response.url}` });
  }
  if (!response.ok) throw fetchError(href, { vi: `máy chủ trả lời HTTP ${response.status}`, en: `the server answered HTTP ${response.status}` });
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(href, maxBytes);
  const bytes = await readCapped(response, maxBytes, href);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new HuyenHocTapError("PACK_INVALID", { vi: `Bộ quy tắc tại ${href} không phải văn bản UTF-8.`, en: `The rule pack at ${href} is not UTF-8 text.` }, [
      makePackIssue("INVALID_JSON", "", { detail: "not UTF-8 text", problem: "notUtf8" }),
    ]);
  }
  return loadPack(text, options.expectedDigest !== undefined ? { expectedDigest: options.expectedDigest } : {});
}

/** Reads the body, stopping as soon as it passes the cap (a server may send more than it declares). */
async function readCapped(response: Response, maxBytes: number, href: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(href, maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function tooLarge(href: string, maxBytes: number): HuyenHocTapError {
  return fetchError(href, { vi: `nội dung lớn hơn giới hạn ${formatShortest(maxBytes, "vi")} byte`, en: `the body is larger than the limit of ${formatShortest(maxBytes, "en")} bytes` });
}

function fetchError(href: string, detail: { vi: string; en: string }): HuyenHocTapError {
  return new HuyenHocTapError("INVALID_ARGUMENT", { vi: `Không tải được bộ quy tắc từ ${href}: ${detail.vi}.`, en: `Cannot load the rule pack from ${href}: ${detail.en}.` });
}
