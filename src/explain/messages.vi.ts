import type { Messages } from "./messages.js";
import { formatShortest } from "./format-number.js";

const s = (v: unknown): string => String(v);
/** A number of a message written the Vietnamese way (2.000.000; 100,5); anything else as it is. */
const n = (v: unknown): string => (typeof v === "number" ? formatShortest(v, "vi") : String(v));
const lbl = (p: Record<string, unknown>): string => (p["label"] ? ` (${s(p["label"])})` : "");

/** Vietnamese texts. */
export const vi: Messages = {
  verdict: { met: "Đạt", not_met: "Chưa đạt", not_applicable: "Không áp dụng", insufficient_data: "Chưa đủ số liệu" },
  conclusionLabel: { met: "Đạt", not_met: "Không đạt", insufficient_data: "Chưa đủ căn cứ kết luận" },
  issue: {
    MISSING_FIELD: (p) => `thiếu trường bắt buộc “${s(p["field"])}”${lbl(p)}`,
    MISSING_ONE_OF: (p) => `cần có ít nhất một trong các trường: ${s(p["fields"])}`,
    UNKNOWN_FIELD: (p) => `trường “${s(p["field"])}” không có trong mẫu báo cáo`,
    UNKNOWN_INDICATOR: (p) => `chỉ báo “${s(p["field"])}” không có trong bộ tiêu chí`,
    WRONG_TYPE: (p) => `phải là ${typeVi(s(p["expected"]))}${lbl(p)}, nhưng nhận được ${typeVi(s(p["actual"]))}`,
    NUMBER_AS_STRING: (p) =>
      p["integer"] === true
        ? `số phải được ghi dạng số, không phải chuỗi “${s(p["value"])}”${lbl(p)} (số nguyên, không có dấu phân cách hàng nghìn: ${p["suggested"] !== undefined ? s(p["suggested"]) : "ví dụ 1210"})`
        : `số phải được ghi dạng số, không phải chuỗi “${s(p["value"])}”${lbl(p)} (${p["suggested"] !== undefined ? `ghi số ${s(p["suggested"])}: dấu chấm thập phân, không kèm %` : "dùng dấu chấm thập phân trong JSON, ví dụ 1.83"})`,
    NOT_FINITE: () => "số không hữu hạn (NaN hoặc vô cực) không được chấp nhận",
    OUT_OF_RANGE: (p) => {
      // A year is written without a thousands separator (2022, not 2.022).
      const f = (v: unknown): string => (p["unit"] === "year" ? String(v) : n(v));
      return `giá trị ${f(p["value"])}${lbl(p)} nằm ngoài khoảng cho phép ${f(p["min"] ?? "−∞")}–${f(p["max"] ?? "+∞")}`;
    },
    TOO_MANY_DECIMALS: (p) => `giá trị ${n(p["value"])}${lbl(p)} có quá ${n(p["decimals"])} chữ số thập phân`,
    TOO_LONG: (p) => `chuỗi dài quá ${n(p["max"])} ký tự`,
    TOO_SHORT: (p) => `chuỗi phải có ít nhất ${n(p["min"])} ký tự`,
    BLANK_STRING: (p) => `không được để trống${lbl(p)}: chỉ có khoảng trắng hoặc ký tự không nhìn thấy`,
    TOO_MANY_ITEMS: (p) => `danh sách có quá ${n(p["max"])} mục`,
    TOO_FEW_ITEMS: (p) => `danh sách phải có ít nhất ${n(p["min"])} mục`,
    INVALID_VALUE: (p) => `giá trị không hợp lệ${lbl(p)}; giá trị cho phép: ${s(p["allowed"])}`,
    INVALID_DATE: (p) => `ngày “${s(p["value"])}”${lbl(p)} không hợp lệ (định dạng YYYY-MM-DD)`,
    FORBIDDEN_KEY: (p) => `khóa “${s(p["field"])}” bị cấm vì lý do an toàn`,
    TOO_DEEP: (p) => `lồng nhau quá ${n(p["max"])} cấp`,
    TOO_LARGE: (p) => `dữ liệu quá lớn (${sizeVi(s(p["what"]))}: giới hạn ${n(p["max"])})`,
    DUPLICATE_KEY: (p) => `khóa “${s(p["field"])}” xuất hiện hai lần`,
    UNREADABLE_VALUE: () => "không đọc được giá trị này (một getter hoặc proxy báo lỗi khi đọc); hãy truyền dữ liệu JSON thuần",
    UNRESOLVED_REF: (p) => `không tìm thấy định nghĩa “${s(p["ref"])}”`,
    REF_CYCLE: (p) => `định nghĩa “${s(p["ref"])}” tham chiếu vòng`,
  },
  flag: {
    SELF_ASSESSMENT_DIFFERS: (p) => `tự đánh giá “${s(p["self"])}” nhưng kết quả tính là “${s(p["engine"])}”`,
    SELF_ASSESSED_WITHOUT_FIGURES: (p) => `tự đánh giá “${s(p["self"])}” nhưng báo cáo không nêu đủ số liệu, minh chứng để kiểm chứng`,
    PREFERRED_MEASURE_INCOMPLETE: (p) => `báo cáo nêu ${s(p["givenLabel"])} nhưng thiếu ${s(p["missingLabel"])}, nên kết quả dựa trên ${s(p["usedLabel"])} chứ không dựa trên các số đã nêu`,
    MEASURES_DISAGREE: (p) => `số liệu không khớp: tính được ${s(p["chosenText"])}, nhưng ${s(p["otherLabel"])} ghi ${s(p["otherText"])} (chênh lệch vượt mức làm tròn của số đã ghi)`,
    EVIDENCE_AFTER_REPORT: (p) => `văn bản ${s(p["ref"])} ghi ngày ${s(p["date"])}, sau ngày báo cáo (${s(p["reportDate"])})`,
    EVIDENCE_BEFORE_PERIOD: (p) => `văn bản ${s(p["ref"])} ghi ngày ${s(p["date"])}, trước ngày bộ tiêu chí có hiệu lực (${s(p["from"])})`,
  },
  requirement: {
    ">=": (t) => `yêu cầu tối thiểu ${t}`,
    ">": (t) => `yêu cầu trên ${t}`,
    "<=": (t) => `yêu cầu không quá ${t}`,
    "<": (t) => `yêu cầu dưới ${t}`,
    "==": (t) => `yêu cầu bằng ${t}`,
    truthy: () => "yêu cầu điều kiện được đáp ứng",
  },
  compareWord: { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "=", truthy: "là đúng" },
  fieldList: (labels) => (labels.length < 2 ? labels.join("") : `${labels.slice(0, -1).join("; ")} và ${labels[labels.length - 1] as string}`),
  alternativeList: (lists) => lists.join(" hoặc "),
  missingFigures: (missing, alternatives) => `Chưa đủ số liệu: thiếu ${missing}${alternatives ? ` (hoặc nêu ${alternatives})` : ""}.`,
  notComputable: "không tính được giá trị từ số liệu đã cho",
  notApplicableDefault: "không có đối tượng để đánh giá",
  measureDefault: (value) => `giá trị tính được là ${value}`,
  rounded: (raw, decimals) => `${raw} làm tròn đến ${decimals} chữ số thập phân theo bộ quy tắc`,
  unitPoints: (value) => `${value} điểm phần trăm`,
  yes: "đúng",
  no: "sai",
  evidenceNone: "không có văn bản, minh chứng nào",
  evidenceList: (count, list) => `có ${count} văn bản, minh chứng: ${list}`,
  evidenceDated: (ref, date) => `${ref} ngày ${date}`,
  indicatorsWord: (ids) => `chỉ báo ${ids}`,
  summaryLines: (met, notMet, notMetIds, notApplicable, notApplicableIds, insufficient, insufficientIds) => [
    `Số chỉ báo đạt: ${met}`,
    ...(notApplicable !== "00" ? [`Số chỉ báo không áp dụng: ${notApplicable} (${notApplicableIds})`] : []),
    ...(insufficient !== "00" ? [`Số chỉ báo chưa đủ số liệu: ${insufficient} (${insufficientIds})`] : []),
    `Số chỉ báo chưa đạt: ${notMet}${notMetIds ? ` (${notMetIds})` : ""}`,
  ],
  conclusion: {
    met: () => "Kết luận: Đạt.",
    not_met: (ids) => `Kết luận: Không đạt, do ${ids} chưa đạt.`,
    insufficient_data: (ids) => `Kết luận: Chưa đủ căn cứ kết luận, do ${ids} chưa đủ số liệu.`,
  },
  conclusionNotApplicableFails: (notMet, notApplicable) => `Kết luận: Không đạt, do ${notMet ? `${notMet} chưa đạt và ` : ""}${notApplicable} không áp dụng (bộ quy tắc tính chỉ báo không áp dụng là chưa đạt).`,
  noPackForYear: (year, covered) => `Không có bộ quy tắc nào có hiệu lực cho năm ${year}. Các năm có bộ quy tắc: ${covered}.`,
  noPackOnDate: (date, periods) => `Không có bộ quy tắc nào có hiệu lực vào ngày ${date} (asOf). Thời gian hiệu lực của các bộ quy tắc: ${periods}.`,
  reportInvalid: (count) => `Báo cáo không hợp lệ: ${count} lỗi.`,
  invalidArgument: (what) => `Tham số không hợp lệ: ${what}.`,
};

/** The kind of size limit of a TOO_LARGE issue, in Vietnamese. */
function sizeVi(what: string): string {
  const names: Record<string, string> = { values: "số giá trị", keys: "số khóa", characters: "số ký tự", nodes: "số nút của biểu thức" };
  return names[what] ?? what;
}

function typeVi(t: string): string {
  const names: Record<string, string> = { string: "chuỗi", number: "số", decimal: "số thập phân", integer: "số nguyên", boolean: "giá trị đúng/sai", object: "đối tượng", array: "danh sách", null: "null", "JSON value": "giá trị JSON", cycle: "tham chiếu vòng", "non-plain object": "đối tượng không thuần (lớp, Map, Date…)", function: "hàm", symbol: "symbol", bigint: "bigint", undefined: "không xác định" };
  return names[t] ?? t;
}
