import { readArgument } from "../invalid-argument.js";
import { HuyenHocTapError } from "../errors.js";
import { canonicalBytes } from "../pack/canonical-json.js";
import { makePackIssue } from "../pack/make-pack-issue.js";
import type { Issue, RulePack } from "../types.js";
import { edVerify } from "./ed25519.js";
import { keyInvalid, parseJwk } from "./jwk.js";
import type { ParsedKey, PublicJwk } from "./jwk.js";
import { preparedOf } from "../pack/prepared-of.js";
import { parseSignature } from "./sign-pack.js";
import type { PackSignature } from "./sign-pack.js";
import { enPack } from "../explain/pack-messages.en.js";
import { viPack } from "../explain/pack-messages.vi.js";

/** The outcome of a successful {@link verifyPack}. */
export interface VerifiedPack {
  /** Always true: a pack that does not verify is refused with `SIGNATURE_INVALID`. */
  verified: true;
  /** The trusted key that verified it. */
  keyId: string;
  /** The pack's digest. */
  digest: string;
  /** The checked, deep-frozen pack, marked verified: pass it to `evaluate(report, { pack })`. */
  pack: RulePack;
}

/**
 * Verifies a pack's detached signature against the keys an app trusts, chosen by the signature's `keyId` (several keys
 * may be trusted at once, so that a ministry can rotate keys). On success the pack remembers it: every later
 * `evaluate(report, { pack })` reports `result.pack.verified === true` and `result.pack.keyId`.
 *
 * @param pack The pack object (as loaded) or its JSON text.
 * @param signature The signature object or the JSON text of the `.sig.json` file.
 * @param trustedKeys Public JWKs, as an array, a JWK Set `{ keys: [...] }` or a single JWK.
 * @throws HuyenHocTapError `SIGNATURE_INVALID` when the signature does not verify or its key is not trusted;
 * `INVALID_ARGUMENT` for a malformed signature or key (with paths); `PACK_INVALID` for an invalid pack.
 */
export async function verifyPack(
  pack: RulePack | object | string,
  signature: PackSignature | string,
  trustedKeys: readonly PublicJwk[] | { keys: readonly PublicJwk[] } | PublicJwk,
): Promise<VerifiedPack> {
  const sig = readArgument("signature", () => parseSignature(signature));
  const keys = readArgument("trustedKeys", () => parseTrustedKeys(trustedKeys));
  const entry = preparedOf(pack);
  const key = keys.find((k) => k.kid === sig.keyId);
  if (!key) {
    const trusted = keys.map((k) => k.kid).join(", ");
    throw new HuyenHocTapError("SIGNATURE_INVALID", { vi: viPack.signatureUnknownKey(sig.keyId, trusted), en: enPack.signatureUnknownKey(sig.keyId, trusted) });
  }
  if (sig.bytes.length !== 64 || !(await edVerify(sig.bytes, canonicalBytes(entry.pack), key.publicKey))) {
    throw new HuyenHocTapError("SIGNATURE_INVALID", { vi: viPack.signatureInvalid(key.kid), en: enPack.signatureInvalid(key.kid) });
  }
  entry.info.verified = true;
  entry.info.keyId = key.kid;
  return { verified: true, keyId: key.kid, digest: entry.info.digest, pack: entry.pack };
}

/** Checks the trusted keys: at least one, each a public Ed25519 JWK with a `kid`, no `kid` naming two keys. */
function parseTrustedKeys(value: unknown): ParsedKey[] {
  const object = value !== null && typeof value === "object" && !Array.isArray(value);
  const set = object && "keys" in value;
  const issues: Issue[] = [];
  // One JWK on its own (what `pack keygen` writes to a .pub.jwk file) is one trusted key: its problems at its own
  // members (`/x`, `/d`), not in a list the caller did not write.
  if (object && !set) {
    const key = parseJwk(value, "public", "", issues);
    if (key === null || issues.length > 0) throw keyInvalid(issues);
    return [key];
  }
  const list: unknown = set ? (value as { keys: unknown }).keys : value;
  const base = set ? "/keys" : "";
  if (!Array.isArray(list)) throw keyInvalid([makePackIssue("WRONG_TYPE", base, { expected: "array", actual: list === null ? "null" : typeof list })]);
  if (list.length === 0) throw keyInvalid([makePackIssue("TOO_FEW_ITEMS", base, { min: 1 })]);
  const keys: ParsedKey[] = [];
  list.forEach((item, i) => {
    const key = parseJwk(item, "public", `${base}/${i}`, issues);
    if (!key) return;
    if (keys.some((k) => k.kid === key.kid && k.jwk.x !== key.jwk.x)) issues.push(makePackIssue("DUPLICATE_ID", `${base}/${i}/kid`, { id: key.kid }));
    keys.push(key);
  });
  if (issues.length > 0) throw keyInvalid(issues);
  return keys;
}
