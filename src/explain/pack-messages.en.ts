import type { PackMessages } from "./messages.js";
import { schemaProblemText, unitWord } from "./schema-words.js";
import { formatDate } from "./format-number.js";

const s = (v: unknown): string => String(v);

/** English texts of the pack checker, keys and signatures. */
export const enPack: PackMessages = {
  issue: {
    SCHEMA_VIOLATION: (p) => `does not fit the pack schema: ${schemaProblemText(p, "en")}`,
    UNKNOWN_FIELD: (p) => `field “${s(p["field"])}” is not part of the rule pack format`,
    DUPLICATE_ID: (p) => `id “${s(p["id"])}” is used twice`,
    UNKNOWN_VARIABLE: (p) => `variable “${s(p["name"])}” is neither a field of the indicator's report block nor a named threshold`,
    UNKNOWN_THRESHOLD: (p) => `threshold “${s(p["name"])}” is not declared`,
    THRESHOLD_NOT_COMPARED: (p) => `a “truthy” rule compares with no threshold, but names threshold “${s(p["name"])}”: remove “threshold”, or use a comparison`,
    MISSING_THRESHOLD: () => "a comparing rule needs a named threshold",
    UNUSED_THRESHOLD: (p) => `threshold “${s(p["name"])}” is not used by any rule`,
    THRESHOLD_NAME_CLASH: (p) => `threshold name “${s(p["name"])}” is also the name of a report field`,
    FORBIDDEN_OPERATOR: (p) => `operator “${s(p["operator"])}” is not allowed`,
    INVALID_VAR_PATH: (p) =>
      p["reason"] === "threshold"
        ? `named threshold “${s(p["name"])}” always has its value: it is not read with a default, nor tested with missing / missing_some`
        : p["reason"] === "dotted"
        ? `invalid variable path: “${s(p["name"])}” is a dotted path, and a rule reads whole fields only`
        : "invalid variable path: it must be a field name written out, not computed",
    INVALID_OPERATOR_OBJECT: () => "every logic object must have exactly one operator",
    TOO_FEW_ARGUMENTS: (p) => `operator “${s(p["operator"])}” needs at least ${s(p["min"])} argument${p["min"] === 1 ? "" : "s"}`,
    TOO_MANY_ARGUMENTS: (p) => `operator “${s(p["operator"])}” reads at most ${s(p["max"])} argument${p["max"] === 1 ? "" : "s"}, but has ${s(p["count"])}: the others would be ignored`,
    VARIABLE_NOT_REQUIRED: (p) => `the rule reads field “${s(p["name"])}” but does not list it in requires, so a report without that figure would still be computed (with an empty value)`,
    DIGEST_MISMATCH: (p) => `the rule pack's digest is ${s(p["actual"])}, not the expected ${s(p["expected"])}: the pack was changed, or is not the one expected`,
    UNKNOWN_PLACEHOLDER: (p) => `placeholder “{${s(p["name"])}}” has nothing to fill it (${p["allowed"] === "—" ? "no placeholder can be used here" : `placeholders that can be used: ${s(p["allowed"])}`})`,
    PLACEHOLDER_REPEATED: (p) => `“{${s(p["name"])}}” appears more than once in one text template: each placeholder may be used once`,
    UNKNOWN_LEGAL_BASIS: (p) => `legal basis “${s(p["ref"])}” is not in the pack's legalBasis list`,
    INDICATOR_BLOCK_MISSING: (p) => `the report schema declares no block for indicator “${s(p["id"])}”`,
    INVALID_DATE_RANGE: (p) => `end date ${formatDate(s(p["to"]))} is before start date ${formatDate(s(p["from"]))}`,
    UNIT_MISMATCH: (p) => `the threshold's unit (${unitWord(s(p["threshold"]), "en")}) differs from the rule's unit (${unitWord(s(p["rule"]), "en")})`,
    MISSING_LABEL: () => "a report field needs a Vietnamese and an English label (x-label)",
    MISSING_DECIMALS: () => "a decimal field must declare its decimal places (x-decimals)",
    UNTYPED_FIELD: () => "a report field must declare its type (or the values it allows, enum): without it, text or a list would be taken as a figure",
    OPEN_OBJECT: () => "an object of the report must say \"additionalProperties\": false, so that an unknown field (often a misspelt name) is refused, not ignored",
    CORE_FIELD: (p) => `report field “${s(p["field"])}” is one the library itself reads (the pack for the year, headings, the dates of evidence): it must be declared ${p["type"] === "date" ? "of type string with format date" : `of type ${s(p["type"])}`}${p["required"] === true ? " and listed in required" : ""}`,
    FORMAT_UNSUPPORTED: (p) => `pack format version ${s(p["found"])} is newer than this library understands (${s(p["supported"])}); upgrade the library`,
    UNKNOWN_BLOCK: (p) => `the report schema has a block “${s(p["id"])}” but the criteria set has no such indicator`,
    INVALID_BASE64URL: (p) => `must be base64url (without “=” padding) of exactly ${s(p["bytes"])} bytes`,
    PRIVATE_KEY_NOT_ALLOWED: () => "a trusted key must be a public key: remove the private member “d”",
    KEY_MISMATCH: () => "the private key “d” does not match the public key “x”",
    UNSUPPORTED_ALGORITHM: (p) => `“${s(p["value"])}” is not supported; expected ${s(p["expected"])}`,
  },
  packInvalid: (count) => `The rule pack is invalid: ${count} problem${count === 1 ? "" : "s"}.`,
  formatUnsupported: (found, supported) => `The rule pack uses format version ${found}, newer than this library understands (${supported}). Upgrade the library.`,
  digestMismatch: (expected, actual) => `The rule pack's digest does not match: expected ${expected}, got ${actual}.`,
  signatureInvalid: (keyId) => `The rule pack's signature does not verify with key “${keyId}”: the pack was changed after it was signed, or it was signed with another key.`,
  signatureUnknownKey: (keyId, trusted) => `The rule pack is signed with key “${keyId}”, which is not one of the trusted keys (${trusted}).`,
  signatureMalformed: (count) => `The signature file is malformed: ${count} problem${count === 1 ? "" : "s"}.`,
  versionOverlaps: (id, version, period, other, otherPeriod) =>
    `Warning: the period in force ${period} of ${id} ${version} overlaps version ${other} (${otherPeriod}); versions of one framework must not share a day, or a report would have two rule packs. Change effectiveFrom or effectiveTo.`,
  keyInvalid: (count) => `The key (JWK) is invalid: ${count} problem${count === 1 ? "" : "s"}.`,
  packNotInForceOn: (pack, date, from, to) => `Rule pack ${pack} (in force ${from} – ${to}) was not in force on ${date} (asOf).`,
  packNotInForce: (pack, year, from, to) => `Rule pack ${pack} (in force ${from} – ${to}) was not in force on 31 December ${year}, the end of the assessment year.`,
};
