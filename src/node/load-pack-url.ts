import { invalidArgument, optionsObject, readArgument, shown as shown_ } from "../invalid-argument.js";
import { formatShortest } from "../explain/format-number.js";
import { HuyenHocTapError, isHuyenHocTapError } from "../errors.js";
import { loadPack } from "../pack/load-pack.js";
import type { LoadPackOptions } from "../pack/load-pack.js";
import { makeJsonTextIssue } from "../report/json-text-issue.js";
import { notUtf8Params } from "../pack/parse-json.js";
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
 * differs from the pinned digest is refused (`PACK_INVALID`). Other schemes, a redirect to a non-`https:` address
 * (redirects are followed by hand: no request goes to one), an HTTP error, a body over `maxBytes`, a download that
 * takes longer than `timeoutMs` (the body included) and a malformed option are refused as `INVALID_ARGUMENT`.
 */
export async function loadPackUrl(url: string | URL, options: LoadPackUrlOptions = {}): Promise<RulePack> {
  options = optionsObject(options, ["fetch", "maxBytes", "timeoutMs", "expectedDigest"]);
  const href = readArgument("url", () => String(url));
  let parsed: URL;
  try {
    parsed = new URL(href);
  } catch {
    throw fetchError(withoutCredentials(href), { vi: "không phải địa chỉ URL hợp lệ", en: "not a valid URL" });
  }
  // Messages name the address without a user name or password in it.
  const shown = withoutCredentials(parsed);
  if (parsed.protocol !== "https:") {
    throw fetchError(shown, { vi: `chỉ nhận địa chỉ https:, không nhận ${parsed.protocol}`, en: `only https: addresses are accepted, not ${parsed.protocol}` });
  }
  const maxBytes = positiveInteger(options.maxBytes, "maxBytes", DEFAULT_MAX_BYTES);
  const timeoutMs = positiveInteger(options.timeoutMs, "timeoutMs", DEFAULT_TIMEOUT_MS);
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw invalidArgument(`fetch phải là một hàm, nhưng nhận được ${shown_(options.fetch)}`, `fetch must be a function, got ${shown_(options.fetch)}`);
  }
  const doFetch = options.fetch ?? ((u, init) => globalThis.fetch(u, init));
  const bytes = await withDeadline(timeoutMs, shown, (signal) => download(doFetch, parsed, signal, maxBytes, shown));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new HuyenHocTapError("PACK_INVALID", { vi: `Bộ quy tắc tại ${shown} không phải văn bản UTF-8.`, en: `The rule pack at ${shown} is not UTF-8 text.` }, [
      makeJsonTextIssue("INVALID_JSON", "", notUtf8Params(bytes)),
    ]);
  }
  return loadPack(text, options.expectedDigest !== undefined ? { expectedDigest: options.expectedDigest } : {});
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** Redirects followed at most (each to an `https:` address). */
const MAX_REDIRECTS = 5;

/**
 * The body at `url`, within `maxBytes`. Redirects are followed by hand, so that no request ever goes to an address
 * that is not `https:`; anything that goes wrong — the fetch, a broken or hostile response, the body — is this
 * library's INVALID_ARGUMENT (or the error it already is).
 */
async function download(doFetch: NonNullable<LoadPackUrlOptions["fetch"]>, url: URL, signal: AbortSignal, maxBytes: number, shown: string): Promise<Uint8Array> {
  try {
    let at = url;
    for (let hop = 0; ; hop++) {
      const response = await doFetch(at.href, { redirect: "manual", signal, headers: { accept: "application/json" } });
      if (response === null || typeof response !== "object" || typeof response.status !== "number") {
        throw fetchError(shown, { vi: "hàm fetch không trả về một phản hồi", en: "the fetch function returned no response" });
      }
      // A fetch that follows redirects itself (an injected one) tells where it ended.
      if (response.url && !response.url.startsWith("https:")) {
        throw fetchError(shown, { vi: `bị chuyển hướng sang địa chỉ không phải https: ${withoutCredentials(response.url)}`, en: `redirected to a non-https: address ${withoutCredentials(response.url)}` });
      }
      const location = response.status >= 300 && response.status < 400 ? response.headers.get("location") : null;
      if (location !== null) {
        const next = new URL(location, at);
        if (next.protocol !== "https:") {
          throw fetchError(shown, { vi: `bị chuyển hướng sang địa chỉ không phải https: ${withoutCredentials(next)}`, en: `redirected to a non-https: address ${withoutCredentials(next)}` });
        }
        if (hop >= MAX_REDIRECTS) throw fetchError(shown, { vi: `chuyển hướng quá ${MAX_REDIRECTS} lần`, en: `more than ${MAX_REDIRECTS} redirects` });
        at = next;
        continue;
      }
      if (!response.ok) throw fetchError(shown, { vi: `máy chủ trả lời HTTP ${response.status}`, en: `the server answered HTTP ${response.status}` });
      const declared = Number(response.headers.get("content-length") ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(shown, maxBytes);
      return await readCapped(response, maxBytes, shown, signal);
    }
  } catch (error) {
    if (isHuyenHocTapError(error)) throw error;
    // The fetch's own message may quote an address with its credentials (“… from a URL that includes credentials:
    // https://alice:secret@…”): every user name and password in it is cut out too.
    const detail = withoutCredentialsIn(error instanceof Error ? error.message : String(error));
    throw fetchError(shown, { vi: `không tải được (${detail})`, en: `cannot be fetched (${detail})` });
  }
}

/**
 * Runs `work` with a signal that aborts after `ms`, and gives up then even if `work` does not listen to it (an
 * injected fetch, a body that never ends): the deadline covers the whole download, the body included.
 */
async function withDeadline<T>(ms: number, shown: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = formatShortest(ms / 1000, "vi");
      reject(fetchError(shown, { vi: `quá thời gian chờ ${seconds} giây`, en: `timed out after ${formatShortest(ms / 1000, "en")} seconds` }));
      controller.abort();
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** A whole number of at least 1 for a limit option, or the default; INVALID_ARGUMENT for anything else. */
function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 1) return value;
  throw invalidArgument(`${name} phải là một số nguyên dương, nhưng nhận được ${shown_(value)}`, `${name} must be a positive whole number, got ${shown_(value)}`);
}

/** An address as messages show it: without a user name or password. */
function withoutCredentials(url: string | URL): string {
  try {
    const copy = new URL(String(url));
    copy.username = "";
    copy.password = "";
    return copy.href;
  } catch {
    return String(url).replace(/\/\/[^/@]*@/, "//");
  }
}

/** A text with the user name and password of every address in it cut out (`https://alice:s3cret@host` → `https://host`). */
function withoutCredentialsIn(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]*@/gi, "$1");
}

/** Reads the body, stopping as soon as it passes the cap (a server may send more than it declares). */
async function readCapped(response: Response, maxBytes: number, href: string, signal: AbortSignal): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  // At the deadline, stop reading (the race has already given up on this download).
  signal.addEventListener("abort", () => void reader.cancel().catch(() => undefined), { once: true });
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
