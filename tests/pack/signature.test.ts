import { createPublicKey, verify as nodeVerify } from "node:crypto";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { canonicalBytes, evaluate, generateKeyPair, listPacks, loadPack, signPack, verifyPack } from "../../src/index.js";
import type { PackSignature, PrivateJwk, PublicJwk, RulePack } from "../../src/index.js";
import { fromBase64url, toBase64url } from "../../src/signature/base64url.js";
import { readJson, rejection, thapMuoi } from "../helpers.js";

const pilot = (): RulePack => JSON.parse(JSON.stringify(listPacks()[0]?.pack)) as RulePack;
const illustration = (): RulePack => readJson<RulePack>("tests/fixtures/packs/huyen-hoc-tap-illustration.json");

describe("base64url", () => {
  it("round-trips any bytes and matches Node's encoder", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString("base64url"));
        expect(fromBase64url(text)).toEqual(bytes);
      }),
    );
  });
  it.each(["AB=", "A", "AB+/", "AB CD", "AR"])("refuses non-canonical text %j", (text) => {
    expect(fromBase64url(text)).toBeNull();
  });
});

describe("generateKeyPair", () => {
  it("makes Ed25519 JWKs with the given kid", async () => {
    const { publicKey, privateKey } = await generateKeyPair("bgddt-2024-1");
    expect(publicKey).toEqual({ kty: "OKP", crv: "Ed25519", x: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), kid: "bgddt-2024-1" });
    expect(privateKey).toEqual({ ...publicKey, d: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect(Object.keys(publicKey)).not.toContain("d");
  });
  it("names a key by its JWK thumbprint (RFC 7638) by default", async () => {
    const { publicKey } = await generateKeyPair();
    const thumbprint = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: publicKey.x }, format: "jwk" });
    expect(thumbprint.asymmetricKeyType).toBe("ed25519");
    const expected = Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`{"crv":"Ed25519","kty":"OKP","x":"${publicKey.x}"}`))).toString("base64url");
    expect(publicKey.kid).toBe(expected);
  });
  it("makes a new key each time and refuses an empty kid", async () => {
    const [a, b] = await Promise.all([generateKeyPair("a"), generateKeyPair("a")]);
    expect(a.publicKey.x).not.toBe(b.publicKey.x);
    await expect(generateKeyPair("")).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
  });
});

describe("signPack and verifyPack", () => {
  it("signs the canonical bytes: Node's own Ed25519 verifies the signature (interoperability)", async () => {
    const { publicKey, privateKey } = await generateKeyPair("k1");
    const pack = pilot();
    const signature = await signPack(pack, privateKey);
    expect(signature).toEqual({ alg: "Ed25519", keyId: "k1", signature: expect.stringMatching(/^[A-Za-z0-9_-]{86}$/) });
    const key = createPublicKey({ key: publicKey as unknown as import("node:crypto").JsonWebKey, format: "jwk" });
    expect(nodeVerify(null, canonicalBytes(pack), key, Buffer.from(signature.signature, "base64url"))).toBe(true);
    expect(nodeVerify(null, new TextEncoder().encode(JSON.stringify(pack)), key, Buffer.from(signature.signature, "base64url"))).toBe(false);
  });

  it("a good signature is reported verified, in verifyPack's answer and in every later result", async () => {
    const { publicKey, privateKey } = await generateKeyPair("bgddt-2024-1");
    const pack = loadPack(illustration());
    const report = { ...thapMuoi(), year: 2024 };
    expect(evaluate(report, { pack }).pack).toMatchObject({ verified: false, keyId: null });
    const signature = await signPack(pack, privateKey);
    const result = await verifyPack(pack, signature, [publicKey]);
    expect(result).toEqual({ verified: true, keyId: "bgddt-2024-1", digest: evaluate(report, { pack }).pack.digest, pack });
    expect(evaluate(report, { pack }).pack).toMatchObject({ verified: true, keyId: "bgddt-2024-1" });
  });

  it("is deterministic and independent of whitespace, key order and Unicode composition", async () => {
    const { publicKey, privateKey } = await generateKeyPair("k");
    const pack = pilot();
    const signature = await signPack(pack, privateKey);
    expect(await signPack(JSON.stringify(pack), privateKey)).toEqual(signature);
    // The same pack re-indented, keys reversed, and Vietnamese text decomposed (NFD): the signature still holds.
    const reorder = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reorder) : v !== null && typeof v === "object" ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reorder(x)])) : typeof v === "string" ? v.normalize("NFD") : v;
    const text = JSON.stringify(reorder(pack), null, 4);
    expect(text).not.toBe(JSON.stringify(pack));
    const result = await verifyPack(text, JSON.stringify(signature), [publicKey]);
    expect(result.keyId).toBe("k");
    expect(evaluate(thapMuoi(), { pack: result.pack }).pack.verified).toBe(true);
  });

  it("several trusted keys at once: the signature's keyId picks the key (rotation)", async () => {
    const old = await generateKeyPair("bgddt-2021");
    const next = await generateKeyPair("bgddt-2024");
    const trusted = [old.publicKey, next.publicKey];
    expect((await verifyPack(pilot(), await signPack(pilot(), old.privateKey), trusted)).keyId).toBe("bgddt-2021");
    expect((await verifyPack(illustration(), await signPack(illustration(), next.privateKey), { keys: trusted })).keyId).toBe("bgddt-2024");
    // Retiring the old key: a pack signed only with it is no longer accepted.
    const retired = await rejection(verifyPack(pilot(), await signPack(pilot(), old.privateKey), [next.publicKey]));
    expect(retired.code).toBe("SIGNATURE_INVALID");
    expect(retired.text.en).toBe("The rule pack is signed with key “bgddt-2021”, which is not one of the trusted keys (bgddt-2024).");
    expect(retired.text.vi).toBe("Bộ quy tắc được ký bằng khóa “bgddt-2021”, không thuộc các khóa tin cậy (bgddt-2024).");
  });

  it("refuses a tampered pack with a clear message naming the key", async () => {
    const { publicKey, privateKey } = await generateKeyPair("bgddt-2024-1");
    const signature = await signPack(pilot(), privateKey);
    const tampered = pilot();
    (tampered.thresholds["minShareWasteTreated"] as { value: number }).value = 80;
    const error = await rejection(verifyPack(tampered, signature, [publicKey]));
    expect(error.code).toBe("SIGNATURE_INVALID");
    expect(error.text.vi).toContain("khóa “bgddt-2024-1”");
    expect(error.text.vi).toContain("đã bị sửa sau khi ký");
    expect(error.text.en).toContain("does not verify with key “bgddt-2024-1”");
    expect(evaluate(thapMuoi(), { pack: tampered }).pack.verified).toBe(false);
  });

  it("refuses a signature from another key under a trusted kid, and a changed signature", async () => {
    const genuine = await generateKeyPair("bgddt");
    const impostor = await generateKeyPair("bgddt");
    const forged = await signPack(pilot(), impostor.privateKey);
    expect((await rejection(verifyPack(pilot(), forged, [genuine.publicKey]))).code).toBe("SIGNATURE_INVALID");
    const good = await signPack(pilot(), genuine.privateKey);
    const bytes = fromBase64url(good.signature) as Uint8Array;
    bytes[10] = (bytes[10] as number) ^ 1;
    expect((await rejection(verifyPack(pilot(), { ...good, signature: toBase64url(bytes) }, [genuine.publicKey]))).code).toBe("SIGNATURE_INVALID");
  });

  it("forgets a verification when the caller changes the pack object afterwards", async () => {
    const { publicKey, privateKey } = await generateKeyPair("k");
    const pack = pilot();
    await verifyPack(pack, await signPack(pack, privateKey), [publicKey]);
    expect(evaluate(thapMuoi(), { pack }).pack.verified).toBe(true);
    (pack.thresholds["minShareWasteTreated"] as { value: number }).value = 10;
    expect(evaluate(thapMuoi(), { pack }).pack.verified).toBe(false);
  });

  it("refuses an invalid pack before signing it", async () => {
    const { privateKey } = await generateKeyPair("k");
    const broken = { ...pilot(), thresholds: {} };
    expect((await rejection(signPack(broken, privateKey))).code).toBe("PACK_INVALID");
    expect((await rejection(signPack(42 as unknown as object, privateKey))).code).toBe("INVALID_ARGUMENT");
  });
});

describe("malformed keys and signatures are invalid input, with paths", () => {
  const setup = async (): Promise<{ publicKey: PublicJwk; privateKey: PrivateJwk; signature: PackSignature }> => {
    const { publicKey, privateKey } = await generateKeyPair("k");
    return { publicKey, privateKey, signature: await signPack(pilot(), privateKey) };
  };

  it.each<[string, (s: PackSignature) => unknown, string, string]>([
    ["no keyId", ({ keyId: _k, ...rest }) => rest, "/keyId", "MISSING_FIELD"],
    ["another algorithm", (s) => ({ ...s, alg: "RS256" }), "/alg", "UNSUPPORTED_ALGORITHM"],
    ["a signature that is not a string", (s) => ({ ...s, signature: 7 }), "/signature", "WRONG_TYPE"],
    ["no signature", ({ signature: _s, ...rest }) => rest, "/signature", "MISSING_FIELD"],
    ["not an object", () => [1, 2], "", "WRONG_TYPE"],
    ["JSON text that is not JSON", () => "{ alg: Ed25519 }", "", "INVALID_JSON"],
  ])("a signature with %s", async (_name, change, path, code) => {
    const { publicKey, signature } = await setup();
    const error = await rejection(verifyPack(pilot(), change(signature) as PackSignature, [publicKey]));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.text.en).toMatch(/^The signature file is malformed/);
    expect(error.issues[0]).toMatchObject({ path, code });
  });

  // Exit code 1 in the CLI (“a signature did not verify”), not 2: the file is well formed, its signature is wrong.
  it.each<[string, (text: string) => string]>([
    ["a short signature", (t) => t.slice(0, 40)],
    ["padded base64", (t) => `${t}==`],
    ["standard base64 characters", (t) => t.replace(/-/g, "+").replace(/_/g, "/").replace(/^./, "+")],
    ["its last character changed (only the unused bits: not canonical)", (t) => t.slice(0, -1) + (t.endsWith("A") ? "B" : "A")],
    ["its first character changed", (t) => (t.startsWith("A") ? "B" : "A") + t.slice(1)],
    ["an empty string", () => ""],
    ["a very long string", (t) => t.repeat(1000)],
  ])("a signature string with %s does not verify (SIGNATURE_INVALID)", async (_name, change) => {
    const { publicKey, signature } = await setup();
    const changed = change(signature.signature);
    expect(changed).not.toBe(signature.signature);
    const error = await rejection(verifyPack(pilot(), { ...signature, signature: changed }, [publicKey]));
    expect(error.code).toBe("SIGNATURE_INVALID");
    expect(error.text.vi).toContain(publicKey.kid);
  });

  it("locates the problems of a single JWK at its own members, not in a list the caller did not write", async () => {
    const { publicKey, privateKey, signature } = await setup();
    expect((await rejection(verifyPack(pilot(), signature, privateKey as never))).issues.map((i) => [i.path, i.code])).toContainEqual(["/d", "PRIVATE_KEY_NOT_ALLOWED"]);
    expect((await rejection(verifyPack(pilot(), signature, { ...publicKey, x: "abc" }))).issues.map((i) => i.path)).toEqual(["/x"]);
    const { kty: _kty, ...noKty } = publicKey;
    expect((await rejection(verifyPack(pilot(), signature, noKty as never))).issues.map((i) => [i.path, i.code])).toContainEqual(["/kty", "MISSING_FIELD"]);
  });

  it("trusts a single JWK given on its own, as one trusted key", async () => {
    const { publicKey, signature } = await setup();
    expect((await verifyPack(pilot(), signature, publicKey)).keyId).toBe(publicKey.kid);
    const other = await generateKeyPair("other");
    expect((await rejection(verifyPack(pilot(), signature, other.publicKey))).code).toBe("SIGNATURE_INVALID");
  });

  it.each<[string, (k: PublicJwk, p: PrivateJwk) => unknown, string, string]>([
    ["a private key among the trusted keys", (_k, p) => [p], "/0/d", "PRIVATE_KEY_NOT_ALLOWED"],
    ["an RSA key", (k) => [{ ...k, kty: "RSA" }], "/0/kty", "UNSUPPORTED_ALGORITHM"],
    ["an X25519 key", (k) => [{ ...k, crv: "X25519" }], "/0/crv", "UNSUPPORTED_ALGORITHM"],
    ["a key for encryption", (k) => [{ ...k, use: "enc" }], "/0/use", "UNSUPPORTED_ALGORITHM"],
    ["no kid", (k) => [{ kty: k.kty, crv: k.crv, x: k.x }], "/0/kid", "MISSING_FIELD"],
    ["a short x", (k) => [{ ...k, x: k.x.slice(2) }], "/0/x", "INVALID_BASE64URL"],
    ["x as a number", (k) => [{ ...k, x: 7 }], "/0/x", "WRONG_TYPE"],
    ["no key at all", () => [], "", "TOO_FEW_ITEMS"],
    ["a JWK Set without a list", () => ({ keys: "none" }), "/keys", "WRONG_TYPE"],
    ["two different keys with one kid", (k) => [k, { ...k, x: toBase64url(new Uint8Array(32).fill(9)) }], "/1/kid", "DUPLICATE_ID"],
  ])("trusted keys with %s", async (_name, change, path, code) => {
    const { publicKey, privateKey, signature } = await setup();
    const error = await rejection(verifyPack(pilot(), signature, change(publicKey, privateKey) as PublicJwk[]));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.text.en).toMatch(/^The key \(JWK\) is invalid/);
    expect(error.issues.map((i) => [i.path, i.code])).toContainEqual([path, code]);
  });

  it("a private key whose d does not match x, or without d, cannot sign", async () => {
    const a = await generateKeyPair("a");
    const b = await generateKeyPair("a");
    const mismatch = await rejection(signPack(pilot(), { ...a.privateKey, d: b.privateKey.d }));
    expect(mismatch.issues[0]).toMatchObject({ path: "/d", code: "KEY_MISMATCH" });
    const publicOnly = await rejection(signPack(pilot(), a.publicKey as PrivateJwk));
    expect(publicOnly.issues[0]).toMatchObject({ path: "/d", code: "MISSING_FIELD" });
  });
});

describe("without WebCrypto (a page served over plain http)", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  it("generates, signs and verifies with noble's synchronous functions, the same signatures", async () => {
    const withSubtle = await generateKeyPair("k");
    const expected = await signPack(pilot(), withSubtle.privateKey);
    const real = globalThis.crypto;
    vi.stubGlobal("crypto", { getRandomValues: real.getRandomValues.bind(real) });
    expect(globalThis.crypto.subtle).toBeUndefined();
    expect(await signPack(pilot(), withSubtle.privateKey)).toEqual(expected);
    expect((await verifyPack(pilot(), expected, [withSubtle.publicKey])).verified).toBe(true);
    const fresh = await generateKeyPair("fresh");
    expect((await verifyPack(pilot(), await signPack(pilot(), fresh.privateKey), [fresh.publicKey])).keyId).toBe("fresh");
  });
});
