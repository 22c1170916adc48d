import type { GeneratedValidatorError } from "../generated/validate-pack-schema.js";
import type { Params } from "../explain/messages.js";
import type { JsonValue } from "../types.js";

/**
 * The params of a `SCHEMA_VIOLATION` issue from one error of the pack schema's validator: the JSON-Schema `keyword`
 * and ajv's params (`limit`, `type`, `allowedValues`, `pattern`, …), from which the messages say the problem in each
 * language, and `detail`, ajv's English. The params are copied: ajv's can be arrays of the compiled schema itself.
 */
export function schemaViolationParams(error: GeneratedValidatorError, detail: string): Params {
  const params: Params = {};
  for (const [name, value] of Object.entries(error.params)) {
    const copied = JSON.stringify(value);
    if (copied !== undefined) params[name] = JSON.parse(copied) as JsonValue;
  }
  return { ...params, keyword: error.keyword, detail };
}
