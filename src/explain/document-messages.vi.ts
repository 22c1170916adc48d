import type { AppendixMessages, DocumentMessages, ExplainMessages, LogicWords } from "./document-messages.js";
import type { PlaceName } from "./messages.js";
import { SIGN_OPERATORS } from "./logic-symbols.js";

const viArgs = (a: string[]): string => a.join("; ");
const viIf = (a: string[]): string => {
  const parts: string[] = [];
  let i = 0;
  // A later condition is tested only when the earlier ones are false: "nếu không, nếu …".
  for (; i + 1 < a.length; i += 2) parts.push(`${i === 0 ? "nếu" : "nếu không, nếu"} ${a[i] ?? ""} thì ${a[i + 1] ?? ""}`);
  if (i < a.length) parts.push(parts.length ? `còn lại ${a[i] ?? ""}` : (a[i] ?? ""));
  return parts.join(", ");
};

/* `missing` is true when a listed field is not given (absent, null or ""); `!` and `!!` follow JsonLogic's truthiness. */
const viSomeMissing = (labels: string): string => `thiếu ít nhất một trong (${labels})`;
const viAllGiven = (labels: string): string => `có đủ ${labels}`;
const viFalsy = (x: string): string => `${x} không có, bằng 0, trống hoặc sai`;
const viTruthy = (x: string): string => `${x} có và không bằng 0, không trống, không sai`;

/** Vietnamese words for rules, explanations and the appendix. */
const logicVi: LogicWords = {
  op: {
    var: (a) => (a.length > 1 ? `${a[0] ?? ""} (mặc định ${a[1] ?? ""})` : (a[0] ?? "")),
    missing: (a) => (a.length === 1 ? `thiếu ${a[0] ?? ""}` : viSomeMissing(viArgs(a))),
    missing_some: (a) => `có ít hơn ${a[0] ?? ""} trong số (${viArgs(a.slice(1))}) được nêu`,
    if: viIf,
    "?:": viIf,
    and: (a) => a.join(" và "),
    or: (a) => a.join(" hoặc "),
    "!": (a) => `không phải ${a[0] ?? ""}`,
    "!!": (a) => `${a[0] ?? ""} là đúng`,
    ...SIGN_OPERATORS,
    "%": (a) => `phần dư của ${a[0] ?? ""} chia cho ${a[1] ?? ""}`,
    min: (a) => `giá trị nhỏ nhất trong (${viArgs(a)})`,
    max: (a) => `giá trị lớn nhất trong (${viArgs(a)})`,
    cat: (a) => `chuỗi ghép từ (${viArgs(a)})`,
    substr: (a) => `phần của ${a[0] ?? ""} từ vị trí ${a[1] ?? ""}${a[2] !== undefined ? `, dài ${a[2]}` : ""}`,
    in: (a) => `${a[0] ?? ""} nằm trong ${a[1] ?? ""}`,
  },
  atLeastOne: (label) => `có ít nhất một ${label}`,
  oneOf: (item, values) => `${item} là một trong các giá trị ${values.join("; ")}`,
  none: (label) => `không có ${label} nào`,
  given: viTruthy,
  notGiven: viFalsy,
  allGiven: viAllGiven,
  someMissing: viSomeMissing,
  falsy: {
    number: (x) => `${x} bằng 0 hoặc không có`,
    text: (x) => `${x} trống hoặc không có`,
    boolean: (x) => `${x} sai hoặc không có`,
    computed: (x) => `${x} bằng 0 hoặc không tính được`,
    any: viFalsy,
  },
  truthy: {
    number: (x) => `${x} có và khác 0`,
    text: (x) => `${x} có và không trống`,
    boolean: (x) => `${x} là đúng`,
    computed: (x) => `${x} tính được và khác 0`,
    any: viTruthy,
  },
  givenFields: (labels) => (labels.length === 1 ? `có ${labels[0] ?? ""}` : viAllGiven(viArgs(labels))),
  enoughGiven: (count, labels) => `có ít nhất ${count} trong số (${viArgs(labels)}) được nêu`,
  stepsLeftOut: (count) => `… (đã lược bớt ${count} bước)`,
  sep: "; ",
  null: "không có giá trị",
  true: "đúng",
  false: "sai",
  items: (count) => `${count} mục`,
  wholeData: "toàn bộ số liệu",
};

const explainVi: ExplainMessages = {
  metWhen: (condition) => `Đạt khi ${condition}`,
  orElse: "hoặc, nếu không có số liệu trên:",
  notApplicableWhen: (condition) => `Không áp dụng khi ${condition}`,
  rounding: (decimals) => `Giá trị được làm tròn đến ${decimals} chữ số thập phân trước khi so sánh`,
  threshold: (name, value, label) => `${name} = ${value} (${label})`,
  unknownIndicator: (id, pack, known) => `không có chỉ báo “${id}” trong bộ quy tắc ${pack}; các chỉ báo: ${known}`,
  unitName: {
    count: "số đếm (số nguyên)",
    percent: "phần trăm (%)",
    percentagePoints: "điểm phần trăm",
    number: "số",
    evidence: "danh sách văn bản, minh chứng",
    text: "văn bản",
    date: "ngày (YYYY-MM-DD)",
    boolean: "đúng/sai",
  },
  heading: {
    rule: "Quy tắc",
    formula: "Công thức",
    threshold: "Ngưỡng",
    rounding: "Làm tròn",
    note: "Ghi chú của người soạn quy tắc",
    legalBasis: "Căn cứ",
    fields: "Số liệu trong báo cáo",
    field: "Trường",
    label: "Nhãn",
    unit: "Đơn vị",
    decimals: "Số chữ số thập phân",
    standard: (id, title) => `Tiêu chuẩn ${id}. ${title}`,
    criterion: (id, title) => `Tiêu chí ${id}. ${title}`,
  },
  trace: {
    input: "Số liệu",
    applicable: "Điều kiện áp dụng",
    value: "Tính",
    rounded: (decimals, value) => `làm tròn đến ${decimals} chữ số thập phân: ${value}`,
    comparison: "So sánh",
    lazy: { then: "thì", else: "còn lại", none: "không điều kiện nào đúng" },
    unusable: (method, fields) => `cách tính ${method}: thiếu ${fields} → không tính được`,
  },
  legalAct: (ref, date, title) => `${ref} ngày ${date}: ${title}`,
  conclusion: (na) =>
    "Không đạt khi có ít nhất một chỉ báo chưa đạt; nếu không, chưa đủ căn cứ kết luận khi có chỉ báo chưa đủ số liệu; nếu không, đạt. " +
    (na === "fail"
      ? "Chỉ báo không áp dụng được tính là chưa đạt: chỉ một chỉ báo không áp dụng cũng làm kết luận chung là không đạt."
      : "Chỉ báo không áp dụng được bỏ qua.") +
    " Tiêu chí và tiêu chuẩn được kết luận theo cùng cách, từ các chỉ báo của mình.",
  conclusionHeading: "Cách kết luận",
};

const appendixVi: AppendixMessages = {
  documentTitle: (district, year, unit) => `Phụ lục đánh giá ${unit} học tập: ${placeVi(district)}, năm ${year}`,
  title: "Phụ lục",
  subtitle: (packTitle) => `Đánh giá kết quả thực hiện ${packTitle}`,
  packByName: (id, version) => `bộ quy tắc ${id} ${version}`,
  place: (district, province, year) => `${capitalizeVi(placeVi(district))}, ${placeVi(province)}, năm ${year}`,
  packMissing: (id, version, digest) =>
    `Không có bộ quy tắc đã dùng để đánh giá (${id} ${version}, ${digest}) nên phụ lục không hiển thị nội dung chỉ báo, nhãn số liệu và phép tính, yêu cầu chỉ ghi ngưỡng; hãy truyền bộ quy tắc đó (options.pack).`,
  attachedTo: (number, date) => `(Kèm theo Báo cáo${number ? ` số ${number}` : ""}${date ? ` ${longDateVi(date)}` : ""})`,
  caption: (count) => `Kết quả đánh giá ${count} chỉ báo`,
  columns: { no: "STT", indicator: "Chỉ báo", requirement: "Yêu cầu", figures: "Số liệu và minh chứng", computed: "Kết quả tính", self: "Tự đánh giá", verdict: "Kết quả" },
  missing: (fields, alternatives) => `Báo cáo không nêu: ${fields}${alternatives ? ` (hoặc ${alternatives})` : ""}`,
  notStated: "Không nêu",
  summaryHeading: "Tổng hợp",
  conclusionVerdict: { met: "Đạt", not_met: "Không đạt", insufficient_data: "Chưa đủ căn cứ kết luận" },
  traceHeading: "Diễn giải cách tính",
  traceMissing: "Kết quả này không kèm diễn giải cách tính; để có phần này, hãy đánh giá lại với evaluate(report, { trace: true }), hoặc với lệnh huyen-hoc-tap evaluate --trace.",
  footHeading: "Căn cứ đánh giá",
  pack: (title, id, version) => `Bộ quy tắc: ${title} (${id}, phiên bản ${version})`,
  packDigest: "Mã băm bộ quy tắc",
  signature: (verified, keyId) => (verified ? `Chữ ký bộ quy tắc: đã xác minh (khóa ${keyId ?? "?"})` : "Chữ ký bộ quy tắc: chưa xác minh"),
  reportDigest: "Mã băm dữ liệu báo cáo",
  engine: (name, version) => `Phần mềm đánh giá: ${name} ${version}`,
  warnings: "Lưu ý",
  reproduce: "Cùng dữ liệu báo cáo (cùng mã băm), cùng bộ quy tắc (cùng mã băm) và cùng phiên bản phần mềm luôn cho cùng kết quả.",
  page: "Trang",
};

const UNIT_VI: Record<PlaceName["unit"], string> = {
  district: "huyện",
  urbanDistrict: "quận",
  town: "thị xã",
  city: "thành phố",
  province: "tỉnh",
  commune: "xã",
  ward: "phường",
  township: "thị trấn",
};

/**
 * "huyện Tháp Mười", "thành phố Hà Nội", "xã Tân Hội" (the pack's noun); a name the report already prefixed ("Thị xã
 * Sơn Tây", "Xã Tân Hội") as given.
 */
function placeVi(p: PlaceName): string {
  return p.prefixed ? p.given : `${p.noun?.vi ?? UNIT_VI[p.unit]} ${p.name}`;
}

const capitalizeVi = (s: string): string => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

function longDateVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `ngày ${m[3]} tháng ${m[2]} năm ${m[1]}` : `ngày ${iso}`;
}

/** Vietnamese texts of rules, explanations, traces and the appendix. */
export const viDocument: DocumentMessages = { logic: logicVi, explain: explainVi, appendix: appendixVi };
