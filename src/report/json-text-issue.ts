import type { Issue } from "../types.js";
import type { Params } from "../explain/messages.js";
import { formatShortest } from "../explain/format-number.js";

/** The issues of JSON text as such (not of the value it holds): made where text is parsed, apart from what judging needs. */
export type JsonTextIssueCode = "INVALID_JSON" | "IMPRECISE_NUMBER" | "AMBIGUOUS_NUMBER";

const s = (v: unknown): string => String(v);
/** A number written the Vietnamese way (1.210). */
const n = (v: unknown): string => (typeof v === "number" ? formatShortest(v, "vi") : String(v));

/**
 * Builds an issue of JSON text in both languages. Its messages are here, not in `messages.*.ts`: `evaluate` on an
 * object never parses text, so `huyen-hoc-tap/lite` leaves them out (docs/performance.md, bundle size).
 */
export function makeJsonTextIssue(code: JsonTextIssueCode, path: string, params: Params): Issue {
  if (code === "AMBIGUOUS_NUMBER") {
    const text = s(params["text"]);
    const thousands = text.replace(".", "");
    return {
      code,
      path,
      params,
      message: {
        vi: `số ${text} có thể là ${thousands} (dấu chấm ngăn cách hàng nghìn, như cách viết tiếng Việt) hoặc là ${s(params["value"])} (dấu chấm thập phân của JSON): hãy ghi ${thousands} hoặc ${s(params["value"])}`,
        en: `the number ${text} may mean ${thousands} (a Vietnamese thousands separator) or ${s(params["value"])} (JSON's decimal point): write ${thousands} or ${s(params["value"])}`,
      },
    };
  }
  if (code === "IMPRECISE_NUMBER") {
    // The value as JSON text reads it (2022, not the Vietnamese 2.022, which would read as a year's thousands).
    return {
      code,
      path,
      params,
      message: {
        vi: `số ${s(params["text"])} có nhiều chữ số hơn mức máy tính giữ được chính xác: nó sẽ được đọc thành ${s(params["value"])}; hãy ghi đúng con số (tối đa 15 chữ số có nghĩa)`,
        en: `the number ${s(params["text"])} has more digits than a computer holds exactly: it would be read as ${s(params["value"])}; write the figure itself (at most 15 significant digits)`,
      },
    };
  }
  return { code, path, params, message: { vi: `không phải JSON hợp lệ: ${jsonProblemVi(params)}`, en: `not valid JSON: ${s(params["detail"])}` } };
}

/** What makes a text not JSON, in Vietnamese, with where (see `JsonProblem`); the English detail if it is unknown. */
function jsonProblemVi(p: Record<string, unknown>): string {
  const found = s(p["found"]);
  const names: Record<string, string> = {
    expectedKey: "cần tên trường (trong dấu ngoặc kép)",
    expectedColon: "cần dấu “:”",
    invalidString: "chuỗi không hợp lệ",
    endOfInput: "văn bản kết thúc giữa chừng",
    unexpectedCharacter: `ký tự không mong đợi “${found}”`,
    textAfterValue: "còn văn bản sau giá trị JSON",
    expectedSeparator: `cần dấu “,” hoặc “${s(p["expected"])}”, nhưng gặp “${found}”`,
    notUtf8: "không phải văn bản UTF-8",
  };
  const text = names[s(p["problem"])];
  if (text === undefined) return s(p["detail"]);
  return typeof p["line"] === "number" ? `${text} (dòng ${n(p["line"])}, cột ${n(p["column"])})` : text;
}
