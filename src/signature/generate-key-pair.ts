import { edKeygen } from "./ed25519.js";
import { jwkThumbprint } from "./jwk.js";
import type { PrivateJwk, PublicJwk } from "./jwk.js";
import { toBase64url } from "./base64url.js";
import { invalidArgument, shown } from "../invalid-argument.js";

/** A new signing key: publish `publicKey`, keep `privateKey` offline. */
export interface KeyPair {
  /** The public JWK (`kty`, `crv`, `x`, `kid`), for apps and auditors. */
  publicKey: PublicJwk;
  /** The private JWK (the same members and the secret `d`), for the one who signs. */
  privateKey: PrivateJwk;
}

/**
 * Generates an Ed25519 key pair as JWKs. `kid` names the key in signatures (e.g. `bgddt-2024-1`); by default it is the
 * key's JWK thumbprint (RFC 7638), which identifies it without a naming scheme.
 */
export async function generateKeyPair(kid?: string): Promise<KeyPair> {
  if (kid !== undefined && (typeof kid !== "string" || kid.length === 0 || kid.length > 200)) {
    throw invalidArgument(`kid phải là một chuỗi từ 1 đến 200 ký tự, nhưng nhận được ${shown(kid)}`, `kid must be a string of 1 to 200 characters, got ${shown(kid)}`);
  }
  const { secretKey, publicKey } = await edKeygen();
  const x = toBase64url(publicKey);
  const id = kid ?? jwkThumbprint(x);
  return {
    publicKey: { kty: "OKP", crv: "Ed25519", x, kid: id },
    privateKey: { kty: "OKP", crv: "Ed25519", x, kid: id, d: toBase64url(secretKey) },
  };
}
