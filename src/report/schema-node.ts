import type { Text } from "../types.js";

/** A node of the pack's report schema after `$ref`s are resolved (the restricted JSON Schema dialect). */
export interface SchemaNode {
  type?: "string" | "integer" | "number" | "boolean" | "object" | "array";
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: false;
  items?: SchemaNode;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  enum?: (string | number | boolean | null)[];
  format?: "date";
  anyOf?: { required: string[] }[];
  "x-label"?: Text;
  /** How people read the value; `year`: a year, written without a thousands separator (2022, not 2.022). */
  "x-unit"?: "count" | "percent" | "percentagePoints" | "number" | "evidence" | "text" | "date" | "year";
  "x-decimals"?: number;
  /** A string that must hold something visible: only spaces or invisible characters is refused (`BLANK_STRING`). */
  "x-notBlank"?: boolean;
}
