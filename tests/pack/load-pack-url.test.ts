import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { digestOf, evaluate, listPacks } from "../../src/index.js";
import { loadPackFile, loadPackUrl } from "../../src/node/index.js";
import { rejection, repoPath, thapMuoi } from "../helpers.js";

const pilot = listPacks()[0]!;
const PILOT_TEXT = JSON.stringify(pilot.pack, null, 2);
const url = "https://moet.gov.vn/rules/huyen-hoc-tap/2021.json";

/** A fetch that answers every request with the body given, as a server would. */
function fakeFetch(body: BodyInit | null, init: ResponseInit & { url?: string } = {}) {
  return vi.fn(async (requested: string, _options: RequestInit) => {
    const response = new Response(body, init);
    Object.defineProperty(response, "url", { value: init.url ?? requested });
    return response;
  });
}

describe("loadPackUrl", () => {
  it("loads and checks a pack from an https: address, with a pinned digest", async () => {
    const fetch = fakeFetch(PILOT_TEXT, { headers: { "content-type": "application/json" } });
    const pack = await loadPackUrl(url, { fetch, expectedDigest: pilot.digest });
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch.mock.calls[0]?.[0]).toBe(url);
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ redirect: "manual" });
    expect(pack.version).toBe("2021.1.0");
    expect(Object.isFrozen(pack)).toBe(true);
    expect(evaluate(thapMuoi(), { pack }).pack.digest).toBe(pilot.digest);
  });

  it("never shows a user name or password, even when the fetch's own message quotes the address", async () => {
    // As Node's fetch refuses an address with credentials ("Request cannot be constructed from a URL that includes
    // credentials: https://alice:s3cret@…"), and after a redirect to one.
    const quoting = vi.fn(async (requested: string) => {
      if (requested.endsWith("/a")) return new Response(null, { status: 302, headers: { location: "https://bob:hunter2@example.test/b" } });
      throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${requested}`);
    });
    for (const address of ["https://alice:s3cret@example.test/p.json", "https://example.test/a"]) {
      const error = await rejection(loadPackUrl(address, { fetch: quoting }));
      expect(error.code).toBe("INVALID_ARGUMENT");
      for (const text of [error.message, error.text.vi, error.text.en]) expect([text, /s3cret|hunter2|alice|bob/.test(text)]).toEqual([text, false]);
    }
  });

  it("refuses a pack whose digest is not the pinned one", async () => {
    const changed = JSON.parse(PILOT_TEXT) as { thresholds: Record<string, { value: number }> };
    (changed.thresholds["minShareWasteTreated"] as { value: number }).value = 80;
    const error = await rejection(loadPackUrl(url, { fetch: fakeFetch(JSON.stringify(changed)), expectedDigest: pilot.digest }));
    expect(error.code).toBe("PACK_INVALID");
    expect(error.text.en).toContain(`digest does not match: expected ${pilot.digest}, got ${digestOf(changed)}`);
  });

  it.each(["http://moet.gov.vn/rules/2021.json", "file:///etc/passwd", "ftp://example.org/p.json", "data:application/json,{}", "not a url"])(
    "refuses %s without fetching it",
    async (address) => {
      const fetch = fakeFetch(PILOT_TEXT);
      const error = await rejection(loadPackUrl(address, { fetch }));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.text.en).toMatch(/only https: addresses are accepted|not a valid URL/);
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it("refuses a redirect to a non-https: address", async () => {
    const error = await rejection(loadPackUrl(url, { fetch: fakeFetch(PILOT_TEXT, { url: "http://mirror.example/2021.json" }) }));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.text.en).toContain("redirected to a non-https: address http://mirror.example/2021.json");
  });

  it("reports an HTTP error and a network failure", async () => {
    const notFound = await rejection(loadPackUrl(url, { fetch: fakeFetch("no such file", { status: 404 }) }));
    expect(notFound.code).toBe("INVALID_ARGUMENT");
    expect(notFound.text.vi).toContain("HTTP 404");
    const offline = await rejection(loadPackUrl(new URL(url), { fetch: vi.fn(async () => Promise.reject(new TypeError("fetch failed"))) }));
    expect(offline.code).toBe("INVALID_ARGUMENT");
    expect(offline.text.en).toContain("cannot be fetched (fetch failed)");
  });

  it("caps the size: by the declared length, and while reading a body that declares none", async () => {
    const declared = await rejection(loadPackUrl(url, { fetch: fakeFetch(PILOT_TEXT, { headers: { "content-length": "10000000" } }) }));
    expect(declared.text.en).toContain("larger than the limit of 5,000,000 bytes");
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const streamed = await rejection(loadPackUrl(url, { fetch: fakeFetch(endless), maxBytes: 1_000_000 }));
    expect(streamed.code).toBe("INVALID_ARGUMENT");
    expect(streamed.text.en).toContain("larger than the limit of 1,000,000 bytes");
    expect(streamed.text.vi).toContain("lớn hơn giới hạn 1.000.000 byte");
    expect(pulls).toBeLessThan(40);
  });

  it("refuses a body that is not UTF-8 or not a pack", async () => {
    const latin1 = await rejection(loadPackUrl(url, { fetch: fakeFetch(new Uint8Array([0x7b, 0xff, 0x7d])) }));
    expect(latin1.code).toBe("PACK_INVALID");
    expect(latin1.issues[0]).toMatchObject({ code: "INVALID_JSON" });
    const html = await rejection(loadPackUrl(url, { fetch: fakeFetch("<html>login</html>") }));
    expect(html.code).toBe("PACK_INVALID");
  });
});

describe("loadPackFile with an expected digest", () => {
  const dir = mkdtempSync(join(tmpdir(), "hht-pack-"));
  const file = join(dir, "2021.json");
  writeFileSync(file, PILOT_TEXT);

  it("passes with the right digest (the file's whitespace does not matter)", async () => {
    const pack = await loadPackFile(file, { expectedDigest: pilot.digest });
    expect(pack.id).toBe("huyen-hoc-tap");
    expect((await loadPackFile(repoPath("rules/huyen-hoc-tap/2021.json"), { expectedDigest: pilot.digest })).version).toBe("2021.1.0");
  });

  it("refuses a wrong digest with PACK_INVALID and a message saying the digest does not match", async () => {
    const wrong = `sha256:${"0".repeat(64)}`;
    const error = await rejection(loadPackFile(file, { expectedDigest: wrong }));
    expect(error.code).toBe("PACK_INVALID");
    expect(error.text.en).toBe(`The rule pack's digest does not match: expected ${wrong}, got ${pilot.digest}.`);
    expect(error.text.vi).toContain("Mã băm của bộ quy tắc không khớp");
  });
});

describe("loadPackUrl: every failure of a download is this library's error, within the deadline", () => {
  it("follows redirects by hand, to https: only: no request ever goes to http:", async () => {
    const requested: string[] = [];
    const fetch = vi.fn(async (to: string) => {
      requested.push(to);
      if (to.endsWith("/a")) return new Response(null, { status: 302, headers: { location: "https://moet.gov.vn/b" } });
      if (to.endsWith("/b")) return new Response(null, { status: 301, headers: { location: "http://moet.gov.vn/c" } });
      return new Response(PILOT_TEXT);
    });
    const error = await rejection(loadPackUrl("https://moet.gov.vn/a", { fetch }));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.text.en).toContain("redirected to a non-https: address http://moet.gov.vn/c");
    expect(requested).toEqual(["https://moet.gov.vn/a", "https://moet.gov.vn/b"]);
    const ok = vi.fn(async (to: string) => (to.endsWith("/a") ? new Response(null, { status: 302, headers: { location: "/rules.json" } }) : new Response(PILOT_TEXT)));
    expect((await loadPackUrl("https://moet.gov.vn/a", { fetch: ok })).id).toBe("huyen-hoc-tap");
  });

  it("gives up at the deadline on a body that never ends, even with a fetch that ignores the signal", async () => {
    const endless = new ReadableStream<Uint8Array>({ pull: () => new Promise((resolve) => setTimeout(resolve, 50)) });
    const fetch = vi.fn(async () => new Response(endless));
    const start = performance.now();
    const error = await rejection(loadPackUrl(url, { fetch, timeoutMs: 300 }));
    expect(performance.now() - start).toBeLessThan(3000);
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.text.vi).toContain("quá thời gian chờ 0,3 giây");
    expect(error.text.en).toContain("timed out after 0.3 seconds");
  });

  it("a body that breaks, a fetch that returns nothing or throws: INVALID_ARGUMENT in both languages", async () => {
    const broken = new ReadableStream<Uint8Array>({ pull: (c) => c.error(new TypeError("terminated")) });
    for (const fetch of [vi.fn(async () => new Response(broken)), vi.fn(async () => null as unknown as Response), vi.fn(async () => { throw new Error("ECONNRESET"); })]) {
      const error = await rejection(loadPackUrl(url, { fetch }));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.text.vi).toMatch(/^Không tải được bộ quy tắc từ /);
    }
  });

  it("refuses limits that are not positive whole numbers, and says an address without its password", async () => {
    for (const options of [{ maxBytes: Number.NaN }, { maxBytes: "10" }, { maxBytes: -1 }, { timeoutMs: 0 }, { timeoutMs: Number.POSITIVE_INFINITY }, { fetch: "x" }]) {
      const error = await rejection(loadPackUrl(url, options as never));
      expect(error.code, JSON.stringify(options)).toBe("INVALID_ARGUMENT");
    }
    const error = await rejection(loadPackUrl("https://user:secret@moet.gov.vn/x", { fetch: fakeFetch("not found", { status: 404 }) }));
    expect(error.text.en).toContain("https://moet.gov.vn/x");
    expect(error.text.en).not.toContain("secret");
  });
});
