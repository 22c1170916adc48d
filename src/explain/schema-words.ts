import type { JsonValue, Lang } from "../types.js";
import { formatShortest } from "./format-number.js";

/**
 * The words of JSON Schema in people's texts: a pack issue from the pack schema's validator (its keyword and params,
 * never ajv's English message) and the report fields of a pack diff. Each table is typed per language, so a missing
 * translation is a build error.
 */

/** JSON types, as JSON Schema's `type` names them. */
export type JsonTypeName = "string" | "number" | "integer" | "boolean" | "object" | "array" | "null";

/** Keywords of a report field that a pack diff names. */
export type FieldKeyword =
  | "type" | "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf" | "minLength" | "maxLength"
  | "pattern" | "format" | "enum" | "const" | "minItems" | "maxItems" | "uniqueItems" | "minProperties" | "maxProperties"
  | "required" | "additionalProperties" | "anyOf" | "oneOf" | "not" | "title" | "description" | "$ref" | "x-unit" | "x-decimals";

/** Keywords of a report field whose value counts something: characters of a text, items of a list, fields of an object. */
type CountedKeyword = "minLength" | "maxLength" | "minItems" | "maxItems" | "minProperties" | "maxProperties";

/** Units of thresholds, rules and report fields (`Unit` and the report schema's `x-unit`). */
export type UnitWord = "percent" | "percentagePoints" | "count" | "number" | "boolean" | "evidence" | "text" | "date" | "year";

interface SchemaWords {
  /** A type on its own: `số nguyên`. */
  type: Record<JsonTypeName, string>;
  /** A type after “must be”: `an integer`. */
  typeAfterBe: Record<JsonTypeName, string>;
  keyword: Record<FieldKeyword, string>;
  /** What a counting keyword counts, after a number: `10 ký tự`, `1 character`, `10 characters`. */
  counted: Record<CountedKeyword, (n: number) => string>;
  unit: Record<UnitWord, string>;
  /** A format of the report schema (`date`). */
  format: Record<string, string>;
  or: string;
  yes: string;
  no: string;
}

const WORDS: Record<Lang, SchemaWords> = {
  vi: {
    type: { string: "chuỗi", number: "số", integer: "số nguyên", boolean: "đúng/sai", object: "đối tượng", array: "danh sách", null: "null" },
    typeAfterBe: { string: "chuỗi", number: "số", integer: "số nguyên", boolean: "giá trị đúng/sai", object: "đối tượng", array: "danh sách", null: "null" },
    keyword: {
      type: "kiểu",
      minimum: "giá trị nhỏ nhất",
      maximum: "giá trị lớn nhất",
      exclusiveMinimum: "giá trị phải lớn hơn",
      exclusiveMaximum: "giá trị phải nhỏ hơn",
      multipleOf: "bội số của",
      minLength: "độ dài tối thiểu",
      maxLength: "độ dài tối đa",
      pattern: "mẫu",
      format: "định dạng",
      enum: "giá trị cho phép",
      const: "giá trị bắt buộc",
      minItems: "số mục tối thiểu",
      maxItems: "số mục tối đa",
      uniqueItems: "các mục không trùng nhau",
      minProperties: "số trường tối thiểu",
      maxProperties: "số trường tối đa",
      required: "bắt buộc",
      additionalProperties: "cho phép trường ngoài danh sách",
      anyOf: "các nhóm trường thay thế nhau",
      oneOf: "các dạng thay thế nhau",
      not: "dạng bị cấm",
      title: "tiêu đề",
      description: "mô tả",
      $ref: "tham chiếu định nghĩa",
      "x-unit": "đơn vị",
      "x-decimals": "số chữ số thập phân",
    },
    counted: { minLength: () => "ký tự", maxLength: () => "ký tự", minItems: () => "mục", maxItems: () => "mục", minProperties: () => "trường", maxProperties: () => "trường" },
    unit: { percent: "phần trăm", percentagePoints: "điểm phần trăm", count: "số đếm", number: "số", boolean: "đúng/sai", evidence: "minh chứng", text: "văn bản", date: "ngày", year: "năm" },
    format: { date: "ngày (YYYY-MM-DD)" },
    or: "hoặc",
    yes: "có",
    no: "không",
  },
  en: {
    type: { string: "string", number: "number", integer: "integer", boolean: "boolean", object: "object", array: "array", null: "null" },
    typeAfterBe: { string: "a string", number: "a number", integer: "an integer", boolean: "true or false", object: "an object", array: "an array", null: "null" },
    keyword: {
      type: "type",
      minimum: "minimum",
      maximum: "maximum",
      exclusiveMinimum: "must be greater than",
      exclusiveMaximum: "must be less than",
      multipleOf: "multiple of",
      minLength: "minimum length",
      maxLength: "maximum length",
      pattern: "pattern",
      format: "format",
      enum: "allowed values",
      const: "required value",
      minItems: "minimum number of items",
      maxItems: "maximum number of items",
      uniqueItems: "no two items alike",
      minProperties: "minimum number of fields",
      maxProperties: "maximum number of fields",
      required: "required",
      additionalProperties: "fields outside the list allowed",
      anyOf: "alternative groups of fields",
      oneOf: "alternative forms",
      not: "forbidden form",
      title: "title",
      description: "description",
      $ref: "definition referred to",
      "x-unit": "unit",
      "x-decimals": "decimal places",
    },
    counted: {
      minLength: (n) => (n === 1 ? "character" : "characters"),
      maxLength: (n) => (n === 1 ? "character" : "characters"),
      minItems: (n) => (n === 1 ? "item" : "items"),
      maxItems: (n) => (n === 1 ? "item" : "items"),
      minProperties: (n) => (n === 1 ? "field" : "fields"),
      maxProperties: (n) => (n === 1 ? "field" : "fields"),
    },
    unit: { percent: "percent", percentagePoints: "percentage points", count: "count", number: "number", boolean: "true/false", evidence: "evidence", text: "text", date: "date", year: "year" },
    format: { date: "date (YYYY-MM-DD)" },
    or: "or",
    yes: "yes",
    no: "no",
  },
};

const has = (table: object, key: string): boolean => Object.prototype.hasOwnProperty.call(table, key);

/** A unit in words: `phần trăm`, `điểm phần trăm`; an unknown unit as it is. */
export function unitWord(unit: string, lang: Lang): string {
  const table = WORDS[lang].unit;
  return has(table, unit) ? table[unit as UnitWord] : unit;
}

/** A JSON type in words (`số nguyên`), or several joined by “hoặc” / “or”; an unknown type as it is. */
export function typeWord(type: unknown, lang: Lang, afterBe = false): string {
  const table = afterBe ? WORDS[lang].typeAfterBe : WORDS[lang].type;
  const names = Array.isArray(type) ? type : [type];
  return names.map((t) => (typeof t === "string" && has(table, t) ? table[t as JsonTypeName] : String(t))).join(` ${WORDS[lang].or} `);
}

/** A keyword of a report field in words (`giá trị nhỏ nhất`); an unknown keyword as it is. */
export function fieldKeywordWord(keyword: string, lang: Lang): string {
  const table = WORDS[lang].keyword;
  return has(table, keyword) ? table[keyword as FieldKeyword] : keyword;
}

/** A JSON value quoted for a text: strings in “”, numbers with the language's separators, the rest as JSON. */
export function quoteValue(value: unknown, lang: Lang): string {
  if (typeof value === "string") return `“${value}”`;
  if (typeof value === "number") return formatShortest(value, lang);
  return JSON.stringify(value) ?? String(value);
}

/** Most allowed values an issue names before it says how many more there are. */
const MAX_NAMED_VALUES = 10;

/** A list of values, quoted, the first ten and how many more. */
export function valueList(values: readonly unknown[], lang: Lang): string {
  const shown = values.slice(0, MAX_NAMED_VALUES).map((v) => quoteValue(v, lang)).join(", ");
  const more = values.length - MAX_NAMED_VALUES;
  if (more <= 0) return shown;
  return lang === "vi" ? `${shown} và ${formatShortest(more, lang)} giá trị khác` : `${shown} and ${formatShortest(more, lang)} more`;
}

/**
 * The value of a report field's keyword, as a pack diff shows it: a type, unit or format in words, a number with the
 * language's separators, a yes/no, a list of allowed values; `—` when the keyword is absent.
 */
export function fieldValueWords(keyword: string, value: unknown, lang: Lang, years = false): string {
  const w = WORDS[lang];
  if (value === undefined) return "—";
  // A year's bounds are written as years are (2100, not 2.100).
  if (years && typeof value === "number" && Number.isInteger(value) && /imum$/.test(keyword)) return String(value);
  if (keyword === "type") return typeWord(value, lang);
  if (keyword === "x-unit" && typeof value === "string") return unitWord(value, lang);
  if (keyword === "format" && typeof value === "string") return has(w.format, value) ? (w.format[value] as string) : value;
  if (typeof value === "boolean") return value ? w.yes : w.no;
  if (typeof value === "number") return formatShortest(value, lang);
  if (Array.isArray(value) && keyword === "enum") return valueList(value, lang);
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * A changed keyword of a report field, as a pack diff says it: `độ dài tối đa: 4.000 → 10 ký tự`,
 * `maximum length: 4,000 → 1 character`. What a count counts follows the new value (the old one when it is gone).
 * `years`: the field holds a year (`x-unit: "year"`), so its bounds are written without separators.
 */
export function fieldChangeWords(keyword: string, before: unknown, after: unknown, lang: Lang, years = false): string {
  const counted = WORDS[lang].counted;
  const said = (v: unknown): string => {
    const words = fieldValueWords(keyword, v, lang, years);
    return typeof v === "number" && has(counted, keyword) ? `${words} ${counted[keyword as CountedKeyword](v)}` : words;
  };
  const b = typeof after === "number" ? fieldValueWords(keyword, before, lang, years) : said(before);
  return `${fieldKeywordWord(keyword, lang)}: ${b} → ${said(after)}`;
}

/** The issue params of a schema problem, as `schemaProblemText` reads them: ajv's keyword and params. */
type ProblemParams = Record<string, JsonValue>;

const num = (v: unknown, lang: Lang): string => (typeof v === "number" ? formatShortest(v, lang) : String(v));

/** The date pattern of the pack schema: said as “a date YYYY-MM-DD”, not as a regular expression. */
const DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

/**
 * What a value breaks in the pack schema, in words, from the JSON-Schema keyword and ajv's params in the issue's
 * params (`keyword`, `limit`, `type`, `allowedValues`, …). A keyword without words here is said with ajv's English
 * message (`detail`): as it is in English, after a lead-in in Vietnamese. An issue without a keyword says its `detail`.
 */
export function schemaProblemText(p: ProblemParams, lang: Lang): string {
  const keyword = p["keyword"];
  const detail = String(p["detail"] ?? "");
  if (typeof keyword !== "string") return detail;
  const said = (lang === "vi" ? viProblem : enProblem)(keyword, p);
  if (said !== undefined) return said;
  const message = detail.startsWith(`${keyword}: `) ? detail.slice(keyword.length + 2) : detail;
  return lang === "vi" ? `không thỏa điều kiện “${keyword}” của lược đồ (${message})` : `${keyword}: ${message}`;
}

function viProblem(keyword: string, p: ProblemParams): string | undefined {
  const limit = num(p["limit"], "vi");
  switch (keyword) {
    case "type":
      return `phải là ${typeWord(p["type"], "vi", true)}`;
    case "required":
      return `thiếu trường bắt buộc “${String(p["missingProperty"])}”`;
    case "additionalProperties":
      return `trường “${String(p["additionalProperty"])}” không có trong định dạng bộ quy tắc`;
    case "propertyNames":
      return `tên trường “${String(p["propertyName"])}” không hợp lệ`;
    case "enum":
      return Array.isArray(p["allowedValues"]) ? `phải là một trong các giá trị: ${valueList(p["allowedValues"], "vi")}` : "không phải giá trị được phép";
    case "const":
      return `phải đúng bằng ${quoteValue(p["allowedValue"], "vi")}`;
    case "pattern":
      return p["pattern"] === DATE_PATTERN ? "phải là ngày dạng YYYY-MM-DD" : `không khớp mẫu “${String(p["pattern"])}”`;
    case "format":
      return `không đúng định dạng ${has(WORDS.vi.format, String(p["format"])) ? WORDS.vi.format[String(p["format"])] : `“${String(p["format"])}”`}`;
    case "minLength":
      return `phải dài ít nhất ${limit} ký tự`;
    case "maxLength":
      return `không được dài quá ${limit} ký tự`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `phải ${compareVi(keyword, p["comparison"])} ${limit}`;
    case "multipleOf":
      return `phải là bội số của ${num(p["multipleOf"], "vi")}`;
    case "minItems":
      return `phải có ít nhất ${limit} mục`;
    case "maxItems":
      return `không được có quá ${limit} mục`;
    case "uniqueItems":
      return `không được có mục trùng nhau (mục thứ ${duplicates(p, "vi").join(" và thứ ")} giống hệt nhau)`;
    case "minProperties":
      return `phải có ít nhất ${limit} trường`;
    case "maxProperties":
      return `không được có quá ${limit} trường`;
    case "anyOf":
      return "không khớp dạng nào trong các dạng được phép";
    case "oneOf":
      return "phải khớp đúng một trong các dạng được phép";
    case "not":
      return "không được có dạng bị cấm này";
    default:
      return undefined;
  }
}

function enProblem(keyword: string, p: ProblemParams): string | undefined {
  const limit = num(p["limit"], "en");
  const plural = (word: string): string => `${word}${p["limit"] === 1 ? "" : "s"}`;
  switch (keyword) {
    case "type":
      return `must be ${typeWord(p["type"], "en", true)}`;
    case "required":
      return `required field “${String(p["missingProperty"])}” is missing`;
    case "additionalProperties":
      return `field “${String(p["additionalProperty"])}” is not part of the rule pack format`;
    case "propertyNames":
      return `field name “${String(p["propertyName"])}” is not allowed`;
    case "enum":
      return Array.isArray(p["allowedValues"]) ? `must be one of: ${valueList(p["allowedValues"], "en")}` : "is not an allowed value";
    case "const":
      return `must be exactly ${quoteValue(p["allowedValue"], "en")}`;
    case "pattern":
      return p["pattern"] === DATE_PATTERN ? "must be a date YYYY-MM-DD" : `does not match the pattern “${String(p["pattern"])}”`;
    case "format":
      return `is not in the format ${has(WORDS.en.format, String(p["format"])) ? WORDS.en.format[String(p["format"])] : `“${String(p["format"])}”`}`;
    case "minLength":
      return `must be at least ${limit} ${plural("character")} long`;
    case "maxLength":
      return `must be at most ${limit} ${plural("character")} long`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `must be ${compareEn(keyword, p["comparison"])} ${limit}`;
    case "multipleOf":
      return `must be a multiple of ${num(p["multipleOf"], "en")}`;
    case "minItems":
      return `must have at least ${limit} ${plural("item")}`;
    case "maxItems":
      return `must have at most ${limit} ${plural("item")}`;
    case "uniqueItems":
      return `must not have duplicate items (items ${duplicates(p, "en").join(" and ")}, counting from 1, are identical)`;
    case "minProperties":
      return `must have at least ${limit} ${plural("field")}`;
    case "maxProperties":
      return `must have at most ${limit} ${plural("field")}`;
    case "anyOf":
      return "matches none of the allowed forms";
    case "oneOf":
      return "must match exactly one of the allowed forms";
    case "not":
      return "must not have this forbidden form";
    default:
      return undefined;
  }
}

/** The two identical items of a `uniqueItems` problem, counted from 1, the first first. */
function duplicates(p: ProblemParams, lang: Lang): [string, string] {
  const [a, b] = [Number(p["i"]), Number(p["j"])].sort((x, y) => x - y) as [number, number];
  return [num(a + 1, lang), num(b + 1, lang)];
}

/** ajv's comparison (`>=`, `<=`, `>`, `<`), or the keyword's when it is missing. */
function comparisonOf(keyword: string, comparison: unknown): string {
  if (typeof comparison === "string") return comparison;
  const byKeyword: Record<string, string> = { minimum: ">=", maximum: "<=", exclusiveMinimum: ">", exclusiveMaximum: "<" };
  return byKeyword[keyword] ?? ">=";
}

function compareVi(keyword: string, comparison: unknown): string {
  const words: Record<string, string> = { ">=": "lớn hơn hoặc bằng", "<=": "nhỏ hơn hoặc bằng", ">": "lớn hơn", "<": "nhỏ hơn" };
  const c = comparisonOf(keyword, comparison);
  return words[c] ?? c;
}

function compareEn(keyword: string, comparison: unknown): string {
  const words: Record<string, string> = { ">=": "at least", "<=": "at most", ">": "greater than", "<": "less than" };
  const c = comparisonOf(keyword, comparison);
  return words[c] ?? c;
}
