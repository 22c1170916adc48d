import { hasNonAscii } from "../pack/canonical-json.js";

/**
 * Writes in NFC the text fields of a block that its rules read (strings, and the strings of a list; see
 * `PreparedIndicator.textFields`), in the engine's private copy of a report — never in the caller's object: a report
 * digest is of the NFC form, so the rules and the constraints compare that form too. Idempotent.
 */
export function toNfc(block: Record<string, unknown>, names: readonly string[]): void {
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const v = block[name];
    if (typeof v === "string") {
      if (hasNonAscii(v)) block[name] = v.normalize("NFC");
    } else if (Array.isArray(v)) {
      for (let k = 0; k < v.length; k++) {
        const item: unknown = v[k];
        if (typeof item === "string" && hasNonAscii(item)) v[k] = item.normalize("NFC");
      }
    }
  }
}
