import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256, toHex, utf8 } from "../../src/pack/sha256.js";
import { digestOf } from "../../src/pack/canonical-json.js";

const node = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

describe("SHA-256 of digests agrees with Node's crypto", () => {
  it("known vectors (FIPS 180-4 examples)", () => {
    expect(toHex(sha256(utf8("")))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(toHex(sha256(utf8("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(toHex(sha256(utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  });

  it("every length from 0 to 300 bytes (all the padding cases around 55, 56, 64, 119, 120, 128 bytes)", () => {
    for (let n = 0; n <= 300; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + n * 7) & 0xff);
      expect(toHex(sha256(bytes)), `length ${n}`).toBe(node(bytes));
    }
  });

  it("random bytes and Unicode text, including a megabyte", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => toHex(sha256(bytes)) === node(bytes)), { seed: 256, numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => toHex(sha256(utf8(text))) === node(Buffer.from(text, "utf8"))), { seed: 257, numRuns: 300 });
    const big = Uint8Array.from({ length: 1_000_003 }, (_, i) => (i * 2654435761) >>> 24);
    expect(toHex(sha256(big))).toBe(node(big));
  });

  it("a lone surrogate is encoded as U+FFFD, as Node's UTF-8 encoder does", () => {
    expect(toHex(sha256(utf8("a\uD800b")))).toBe(node(Buffer.from("a\uD800b", "utf8")));
  });

  it("digestOf is sha256: and the hex digest of the canonical JSON", () => {
    expect(digestOf({ b: 1, a: "Tháp Mười" })).toBe(`sha256:${node(Buffer.from('{"a":"Tháp Mười","b":1}', "utf8"))}`);
  });
});
