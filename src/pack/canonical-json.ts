import { sha256, toHex, utf8 } from "./sha256.js";

/**
 * Canonical JSON (RFC 8785, JCS) with every string and key in Unicode NFC, so that whitespace, key order and Unicode
 * composition do not change a document's identity. `undefined` properties are left out, as in JSON.
 * The input must be JSON data of bounded depth (packs and reports are size-checked before they get here).
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw new TypeError("canonical JSON cannot hold a non-finite number");
      return JSON.stringify(value);
    case "string":
      return JSON.stringify(value.normalize("NFC"));
    case "object": {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
      const obj = value as Record<string, unknown>;
      const entries: [string, string][] = [];
      for (const key of Object.keys(obj)) {
        const v = obj[key];
        if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
        entries.push([key.normalize("NFC"), canonicalJson(v)]);
      }
      // RFC 8785 sorts keys by their UTF-16 code units, which is what plain string comparison does.
      entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`;
    }
    default:
      throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
}

/** The UTF-8 bytes of a document's canonical JSON: what a digest and a signature cover. */
export function canonicalBytes(value: unknown): Uint8Array {
  return utf8(canonicalJson(value));
}

/** `sha256:` and the lowercase hex SHA-256 of a document's canonical JSON. */
export function digestOf(value: unknown): string {
  return `sha256:${toHex(sha256(canonicalBytes(value)))}`;
}
