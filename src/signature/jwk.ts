import { sha256, utf8 } from "../pack/sha256.js";
import { HuyenHocTapError } from "../errors.js";
import { makePackIssue } from "../pack/make-pack-issue.js";
import type { Issue } from "../types.js";
import { fromBase64url, toBase64url } from "./base64url.js";
import { enPack } from "../explain/pack-messages.en.js";
import { viPack } from "../explain/pack-messages.vi.js";

/** An Ed25519 public key as a JWK (RFC 8037): what apps hold to verify packs. */
export interface PublicJwk {
  /** Key type: always `OKP`. */
  kty: "OKP";
  /** Curve: always `Ed25519`. */
  crv: "Ed25519";
  /** The 32-byte public key, base64url. */
  x: string;
  /** The key's id, named in every signature made with it. */
  kid: string;
  /** Algorithm, when given: `Ed25519` or `EdDSA`. */
  alg?: string;
  /** Use, when given: `sig`. */
  use?: string;
}

/** An Ed25519 private key as a JWK: the public members and the 32-byte secret `d`. Keep it offline. */
export interface PrivateJwk extends PublicJwk {
  /** The 32-byte secret key (seed), base64url. */
  d: string;
}

/** A checked key: the JWK members and the decoded bytes. */
export interface ParsedKey {
  kid: string;
  publicKey: Uint8Array;
  secretKey: Uint8Array | null;
  jwk: PublicJwk;
}

const MAX_KID = 200;

/**
 * Checks a JWK's shape and decodes it. Pushes located issues (prefixed with `at`) and returns null when it is not an
 * Ed25519 key with a `kid`. `kind` says whether the secret member `d` is required (`private`) or refused (`public`:
 * a trusted key must never carry the secret).
 */
export function parseJwk(value: unknown, kind: "public" | "private", at: string, issues: Issue[]): ParsedKey | null {
  const before = issues.length;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    issues.push(makePackIssue("WRONG_TYPE", at, { expected: "object", actual: Array.isArray(value) ? "array" : value === null ? "null" : typeof value }));
    return null;
  }
  const jwk = value as Record<string, unknown>;
  const expectValue = (name: string, allowed: string[], required: boolean): void => {
    const v = jwk[name];
    if (v === undefined) {
      if (required) issues.push(makePackIssue("MISSING_FIELD", `${at}/${name}`, { field: name }));
    } else if (typeof v !== "string" || !allowed.includes(v)) {
      issues.push(makePackIssue("UNSUPPORTED_ALGORITHM", `${at}/${name}`, { value: typeof v === "string" ? v : JSON.stringify(v), expected: allowed.join(" | ") }));
    }
  };
  expectValue("kty", ["OKP"], true);
  expectValue("crv", ["Ed25519"], true);
  expectValue("alg", ["Ed25519", "EdDSA"], false);
  expectValue("use", ["sig"], false);
  const kid = jwk["kid"];
  if (kid === undefined) issues.push(makePackIssue("MISSING_FIELD", `${at}/kid`, { field: "kid" }));
  else if (typeof kid !== "string") issues.push(makePackIssue("WRONG_TYPE", `${at}/kid`, { expected: "string", actual: typeof kid }));
  else if (kid.length === 0) issues.push(makePackIssue("TOO_SHORT", `${at}/kid`, { min: 1 }));
  else if (kid.length > MAX_KID) issues.push(makePackIssue("TOO_LONG", `${at}/kid`, { max: MAX_KID }));
  const publicKey = bytesMember(jwk, "x", 32, at, issues, true);
  let secretKey: Uint8Array | null = null;
  if (kind === "private") secretKey = bytesMember(jwk, "d", 32, at, issues, true);
  else if (jwk["d"] !== undefined) issues.push(makePackIssue("PRIVATE_KEY_NOT_ALLOWED", `${at}/d`, {}));
  if (issues.length > before || publicKey === null || typeof kid !== "string") return null;
  const out: PublicJwk = { kty: "OKP", crv: "Ed25519", x: jwk["x"] as string, kid };
  if (typeof jwk["alg"] === "string") out.alg = jwk["alg"];
  if (typeof jwk["use"] === "string") out.use = jwk["use"];
  return { kid, publicKey, secretKey, jwk: out };
}

/** Decodes a base64url member of exactly `length` bytes, or pushes an issue. */
export function bytesMember(obj: Record<string, unknown>, name: string, length: number, at: string, issues: Issue[], required: boolean): Uint8Array | null {
  const v = obj[name];
  if (v === undefined) {
    if (required) issues.push(makePackIssue("MISSING_FIELD", `${at}/${name}`, { field: name }));
    return null;
  }
  if (typeof v !== "string") {
    issues.push(makePackIssue("WRONG_TYPE", `${at}/${name}`, { expected: "string", actual: v === null ? "null" : Array.isArray(v) ? "array" : typeof v }));
    return null;
  }
  const bytes = fromBase64url(v);
  if (bytes === null || bytes.length !== length) {
    issues.push(makePackIssue("INVALID_BASE64URL", `${at}/${name}`, { bytes: length }));
    return null;
  }
  return bytes;
}

/** Throws `INVALID_ARGUMENT` for a key (or key list) with problems. */
export function keyInvalid(issues: Issue[]): HuyenHocTapError {
  return new HuyenHocTapError("INVALID_ARGUMENT", { vi: viPack.keyInvalid(issues.length), en: enPack.keyInvalid(issues.length) }, issues);
}

/** The JWK thumbprint (RFC 7638, RFC 8037 §2) of an Ed25519 public key: a stable default key id. */
export function jwkThumbprint(x: string): string {
  return toBase64url(sha256(utf8(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`)));
}
