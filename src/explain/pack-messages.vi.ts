import type { PackMessages } from "./messages.js";
import { schemaProblemText, unitWord } from "./schema-words.js";
import { formatDate } from "./format-number.js";

const s = (v: unknown): string => String(v);

/** Vietnamese texts of the pack checker, keys and signatures. */
export const viPack: PackMessages = {
  issue: {
    SCHEMA_VIOLATION: (p) => `không đúng lược đồ bộ quy tắc: ${schemaProblemText(p, "vi")}`,
    UNKNOWN_FIELD: (p) => `trường “${s(p["field"])}” không có trong định dạng bộ quy tắc`,
    DUPLICATE_ID: (p) => `mã “${s(p["id"])}” bị trùng`,
    UNKNOWN_VARIABLE: (p) => `biến “${s(p["name"])}” không phải trường của khối chỉ báo trong mẫu báo cáo, cũng không phải ngưỡng có tên`,
    UNKNOWN_THRESHOLD: (p) => `ngưỡng “${s(p["name"])}” không được khai báo`,
    THRESHOLD_NOT_COMPARED: (p) => `quy tắc “truthy” không so sánh với ngưỡng nào, nhưng ghi ngưỡng “${s(p["name"])}”: hãy bỏ “threshold”, hoặc dùng một phép so sánh`,
    MISSING_THRESHOLD: () => "quy tắc so sánh cần một ngưỡng có tên",
    UNUSED_THRESHOLD: (p) => `ngưỡng “${s(p["name"])}” không được quy tắc nào dùng`,
    THRESHOLD_NAME_CLASH: (p) => `tên ngưỡng “${s(p["name"])}” trùng với tên một trường của báo cáo`,
    FORBIDDEN_OPERATOR: (p) => `phép toán “${s(p["operator"])}” không được phép`,
    INVALID_VAR_PATH: (p) =>
      p["reason"] === "threshold"
        ? `ngưỡng có tên “${s(p["name"])}” luôn có giá trị: không được đọc nó với giá trị mặc định, hay kiểm tra nó bằng missing / missing_some`
        : p["reason"] === "dotted"
        ? `đường dẫn biến không hợp lệ: “${s(p["name"])}” có dấu chấm, mà quy tắc chỉ được đọc nguyên một trường`
        : "đường dẫn biến không hợp lệ: phải là tên trường viết trực tiếp, không được tính toán",
    INVALID_OPERATOR_OBJECT: () => "mỗi đối tượng logic phải có đúng một phép toán",
    TOO_FEW_ARGUMENTS: (p) => `phép toán “${s(p["operator"])}” cần ít nhất ${s(p["min"])} đối số`,
    TOO_MANY_ARGUMENTS: (p) => `phép toán “${s(p["operator"])}” chỉ dùng tối đa ${s(p["max"])} đối số, nhưng có ${s(p["count"])}: các đối số sau bị bỏ qua khi tính`,
    VARIABLE_NOT_REQUIRED: (p) => `quy tắc đọc trường “${s(p["name"])}” nhưng không liệt kê trường này trong requires, nên khi báo cáo thiếu số liệu này quy tắc vẫn được tính (với giá trị rỗng)`,
    DIGEST_MISMATCH: (p) => `mã băm của bộ quy tắc là ${s(p["actual"])}, không phải ${s(p["expected"])} như yêu cầu: bộ quy tắc đã bị thay đổi, hoặc không phải bộ quy tắc cần dùng`,
    UNKNOWN_PLACEHOLDER: (p) => `chỗ điền “{${s(p["name"])}}” không có giá trị nào để điền (${p["allowed"] === "—" ? "ở đây không dùng được chỗ điền nào" : `các chỗ điền hợp lệ: ${s(p["allowed"])}`})`,
    PLACEHOLDER_REPEATED: (p) => `“{${s(p["name"])}}” xuất hiện nhiều lần trong cùng một mẫu câu: mỗi chỗ điền chỉ được dùng một lần`,
    UNKNOWN_LEGAL_BASIS: (p) => `căn cứ pháp lý “${s(p["ref"])}” không có trong danh sách legalBasis`,
    INDICATOR_BLOCK_MISSING: (p) => `mẫu báo cáo không khai báo khối cho chỉ báo “${s(p["id"])}”`,
    INVALID_DATE_RANGE: (p) => `ngày hết hiệu lực ${formatDate(s(p["to"]))} trước ngày có hiệu lực ${formatDate(s(p["from"]))}`,
    UNIT_MISMATCH: (p) => `đơn vị của ngưỡng (${unitWord(s(p["threshold"]), "vi")}) khác đơn vị của quy tắc (${unitWord(s(p["rule"]), "vi")})`,
    MISSING_LABEL: () => "trường của báo cáo phải có nhãn tiếng Việt và tiếng Anh (x-label)",
    MISSING_DECIMALS: () => "trường số thập phân phải khai báo số chữ số thập phân (x-decimals)",
    UNTYPED_FIELD: () => "trường của báo cáo phải khai báo kiểu (type) hoặc danh sách giá trị cho phép (enum): không có, một chữ hay một danh sách sẽ được nhận như một số",
    OPEN_OBJECT: () => "một đối tượng của báo cáo phải ghi \"additionalProperties\": false, để trường lạ (thường là gõ sai tên) bị từ chối thay vì bị bỏ qua",
    CORE_FIELD: (p) => `trường “${s(p["field"])}” của báo cáo là trường chính thư viện đọc (chọn bộ quy tắc theo năm, tiêu đề, ngày của minh chứng): phải khai báo ${p["type"] === "date" ? "kiểu string, format date" : `kiểu ${s(p["type"])}`}${p["required"] === true ? " và có trong required" : ""}`,
    FORMAT_UNSUPPORTED: (p) => `định dạng bộ quy tắc phiên bản ${s(p["found"])} mới hơn phiên bản thư viện này hiểu (${s(p["supported"])}); hãy nâng cấp thư viện`,
    UNKNOWN_BLOCK: (p) => `mẫu báo cáo có khối “${s(p["id"])}” nhưng bộ tiêu chí không có chỉ báo này`,
    INVALID_BASE64URL: (p) => `phải là chuỗi base64url (không có dấu “=”) của đúng ${s(p["bytes"])} byte`,
    PRIVATE_KEY_NOT_ALLOWED: () => "khóa tin cậy phải là khóa công khai: hãy bỏ thành phần bí mật “d”",
    KEY_MISMATCH: () => "khóa bí mật “d” không khớp với khóa công khai “x”",
    UNSUPPORTED_ALGORITHM: (p) => `giá trị “${s(p["value"])}” không được hỗ trợ; cần ${s(p["expected"])}`,
  },
  packInvalid: (count) => `Bộ quy tắc không hợp lệ: ${count} lỗi.`,
  formatUnsupported: (found, supported) => `Bộ quy tắc dùng định dạng phiên bản ${found}, mới hơn phiên bản thư viện này hiểu (${supported}). Hãy nâng cấp thư viện.`,
  digestMismatch: (expected, actual) => `Mã băm của bộ quy tắc không khớp: cần ${expected}, nhận được ${actual}.`,
  signatureInvalid: (keyId) => `Chữ ký của bộ quy tắc không hợp lệ với khóa “${keyId}”: bộ quy tắc đã bị sửa sau khi ký, hoặc được ký bằng khóa khác.`,
  signatureUnknownKey: (keyId, trusted) => `Bộ quy tắc được ký bằng khóa “${keyId}”, không thuộc các khóa tin cậy (${trusted}).`,
  signatureMalformed: (count) => `Tệp chữ ký không hợp lệ: ${count} lỗi.`,
  versionOverlaps: (id, version, period, other, otherPeriod) =>
    `Cảnh báo: thời gian hiệu lực ${period} của ${id} ${version} trùng với phiên bản ${other} (${otherPeriod}); các phiên bản của một bộ tiêu chí không được trùng ngày nào, nếu không một báo cáo sẽ có hai bộ quy tắc. Hãy sửa effectiveFrom hoặc effectiveTo.`,
  keyInvalid: (count) => `Khóa (JWK) không hợp lệ: ${count} lỗi.`,
  packNotInForceOn: (pack, date, from, to) => `Bộ quy tắc ${pack} (hiệu lực ${from} – ${to}) không có hiệu lực vào ngày ${date} (asOf).`,
  packNotInForce: (pack, year, from, to) => `Bộ quy tắc ${pack} (hiệu lực ${from} – ${to}) không có hiệu lực vào ngày 31/12/${year} của năm đánh giá.`,
};
