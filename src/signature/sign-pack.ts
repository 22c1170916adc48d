import { readArgument } from "../invalid-argument.js";
import { HuyenHocTapError } from "../errors.js";
import { canonicalBytes } from "../pack/canonical-json.js";
import { preparedOf } from "../pack/prepared-of.js";
import { parseJson } from "../pack/parse-json.js";
import { makePackIssue } from "../pack/make-pack-issue.js";
import type { Issue, RulePack } from "../types.js";
import { fromBase64url, toBase64url } from "./base64url.js";
import { edPublicKey, edSign } from "./ed25519.js";
import { bytesMember, keyInvalid, parseJwk } from "./jwk.js";
import type { PrivateJwk } from "./jwk.js";
import { enPack } from "../explain/pack-messages.en.js";
import { viPack } from "../explain/pack-messages.vi.js";

/**
 * A detached signature of a rule pack, published beside it as `<pack>.sig.json`. It covers the pack's canonical bytes
 * (RFC 8785, NFC), so re-indenting or reordering the pack's JSON does not break it; changing any value does.
 */
export interface PackSignature {
  /** Always `Ed25519`. */
  alg: "Ed25519";
  /** The `kid` of the key that signed. */
  keyId: string;
  /** The 64-byte signature, base64url without padding. */
  signature: string;
}

/**
 * Signs a rule pack with an Ed25519 private JWK. The pack is checked first (`PACK_INVALID`: an invalid pack is never
 * signed) and the key too (`INVALID_ARGUMENT`, with the problem's path, e.g. `/d`, or when `d` does not match `x`).
 */
export async function signPack(pack: RulePack | object | string, privateKey: PrivateJwk): Promise<PackSignature> {
  const issues: Issue[] = [];
  const key = readArgument("privateKey", () => parseJwk(privateKey, "private", "", issues));
  if (!key || !key.secretKey) throw keyInvalid(issues);
  const derived = await edPublicKey(key.secretKey);
  if (toBase64url(derived) !== key.jwk.x) throw keyInvalid([makePackIssue("KEY_MISMATCH", "/d", {})]);
  const entry = preparedOf(pack);
  const signature = await edSign(canonicalBytes(entry.pack), key.secretKey);
  return { alg: "Ed25519", keyId: key.kid, signature: toBase64url(signature) };
}

/** What a signature string that cannot be an Ed25519 signature decodes to: no bytes, so it never verifies. */
const NOT_A_SIGNATURE = new Uint8Array(0);
/** The length of a 64-byte signature in base64url without padding. */
const SIGNATURE_TEXT_LENGTH = 86;

const SIGNATURE_LIMITS = { maxDepth: 4, maxNodes: 100, maxStringLength: 1_000, maxKeys: 64 };

/**
 * Checks a signature's shape (`alg`, `keyId`, a string `signature`; other members are ignored) and decodes it, or
 * throws `INVALID_ARGUMENT` with the problems' paths. Accepts the object or the JSON text of a `.sig.json`. A
 * `signature` string that is not 64 bytes of canonical base64url decodes to no bytes, which never verify.
 */
export function parseSignature(value: unknown): { keyId: string; bytes: Uint8Array } {
  let doc = value;
  if (typeof value === "string") {
    const parsed = parseJson(value, SIGNATURE_LIMITS);
    if (!parsed.ok) throw signatureMalformed(parsed.issues);
    doc = parsed.value;
  }
  const issues: Issue[] = [];
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    throw signatureMalformed([makePackIssue("WRONG_TYPE", "", { expected: "object", actual: Array.isArray(doc) ? "array" : doc === null ? "null" : typeof doc })]);
  }
  const sig = doc as Record<string, unknown>;
  if (sig["alg"] === undefined) issues.push(makePackIssue("MISSING_FIELD", "/alg", { field: "alg" }));
  else if (sig["alg"] !== "Ed25519") issues.push(makePackIssue("UNSUPPORTED_ALGORITHM", "/alg", { value: String(sig["alg"]), expected: "Ed25519" }));
  const keyId = sig["keyId"];
  if (keyId === undefined) issues.push(makePackIssue("MISSING_FIELD", "/keyId", { field: "keyId" }));
  else if (typeof keyId !== "string" || keyId.length === 0) issues.push(makePackIssue("WRONG_TYPE", "/keyId", { expected: "string", actual: typeof keyId }));
  // A signature string that is not 64 bytes of canonical base64url is a signature that does not verify (a changed
  // character, the file of another algorithm), not a malformed file: `verifyPack` refuses it with SIGNATURE_INVALID.
  const text = sig["signature"];
  let bytes: Uint8Array | null = NOT_A_SIGNATURE;
  if (typeof text === "string") {
    const decoded = text.length <= 2 * SIGNATURE_TEXT_LENGTH ? fromBase64url(text) : null;
    if (decoded !== null && decoded.length === 64) bytes = decoded;
  } else bytes = bytesMember(sig, "signature", 64, "", issues, true);
  if (issues.length > 0 || bytes === null || typeof keyId !== "string") throw signatureMalformed(issues);
  return { keyId, bytes };
}

function signatureMalformed(issues: Issue[]): HuyenHocTapError {
  return new HuyenHocTapError("INVALID_ARGUMENT", { vi: viPack.signatureMalformed(issues.length), en: enPack.signatureMalformed(issues.length) }, issues);
}
