import * as ed from "@noble/ed25519";
import { sha512 } from "@noble/hashes/sha2.js";

/**
 * The only place that touches the Ed25519 library (`@noble/ed25519`, audited, no dependencies, ESM, works in Node and
 * in browsers). Its asynchronous functions hash with WebCrypto; where WebCrypto is missing (a browser page served
 * over plain http), its synchronous functions are used, which need a SHA-512 from `@noble/hashes`: that hook is the
 * one setting noble asks for, and the build bundles a private copy of noble, so it changes nothing outside this
 * library.
 */
function useWebCrypto(): boolean {
  return typeof globalThis.crypto?.subtle?.digest === "function";
}

function ensureSyncHash(): void {
  ed.hashes.sha512 ??= sha512;
}

/** A new random 32-byte secret key (seed) and its public key. */
export async function edKeygen(): Promise<{ secretKey: Uint8Array; publicKey: Uint8Array }> {
  if (useWebCrypto()) return ed.keygenAsync();
  ensureSyncHash();
  return ed.keygen();
}

/** The public key of a 32-byte secret key. */
export async function edPublicKey(secretKey: Uint8Array): Promise<Uint8Array> {
  if (useWebCrypto()) return ed.getPublicKeyAsync(secretKey);
  ensureSyncHash();
  return ed.getPublicKey(secretKey);
}

/** The 64-byte Ed25519 signature of a message. */
export async function edSign(message: Uint8Array, secretKey: Uint8Array): Promise<Uint8Array> {
  if (useWebCrypto()) return ed.signAsync(message, secretKey);
  ensureSyncHash();
  return ed.sign(message, secretKey);
}

/**
 * Whether the signature is valid, by the strict rules of RFC 8032 (`zip215: false`: non-canonical encodings are
 * refused, so a signature has one spelling). Never throws: a malformed key or signature is simply not valid.
 */
export async function edVerify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): Promise<boolean> {
  try {
    if (useWebCrypto()) return await ed.verifyAsync(signature, message, publicKey, { zip215: false });
    ensureSyncHash();
    return ed.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}
