import type { Lang } from "../types.js";
import { formatShortest } from "../explain/format-number.js";

/**
 * Texts of `diffPacks`, in both languages. `Record<Lang, DiffTexts>` makes a missing translation a build error.
 * Arguments arrive already formatted for the language (numbers with `,` or `.`, dates as `dd/mm/yyyy`).
 */
export interface DiffTexts {
  indicator: (id: string) => string;
  criterion: (id: string) => string;
  standard: (id: string) => string;
  thresholdChanged: (where: string, direction: "up" | "down" | "other", before: string, after: string, name: string, label: string) => string;
  thresholdAdded: (name: string, label: string, value: string) => string;
  thresholdRemoved: (name: string, label: string, value: string) => string;
  /** `otherLanguageOnly`: only the other language's label changed; `before` and `after` are then in that language. */
  thresholdRelabelled: (name: string, before: string, after: string, otherLanguageOnly: boolean) => string;
  indicatorAdded: (id: string, criterion: string, text: string, requirement: string, newThresholds: string[], fields: string[]) => string;
  /** The same parts as {@link DiffTexts.indicatorAdded}: what the removal drops (its threshold, if only it used one). */
  indicatorRemoved: (id: string, criterion: string, text: string, requirement: string, removedThresholds: string[], fields: string[]) => string;
  indicatorReworded: (id: string, before: string, after: string, otherLanguageOnly: boolean) => string;
  indicatorRuleChanged: (id: string, parts: string[]) => string;
  indicatorMoved: (id: string, before: string, after: string) => string;
  indicatorLegalBasisChanged: (id: string, before: string, after: string) => string;
  /** `otherLanguageOnly`: as for {@link DiffTexts.thresholdRelabelled}. */
  indicatorNoteChanged: (id: string, otherLanguageOnly: boolean) => string;
  groupAdded: (group: string, title: string) => string;
  groupRemoved: (group: string, title: string) => string;
  /** `otherLanguageOnly`: as for {@link DiffTexts.thresholdRelabelled}. */
  groupRetitled: (group: string, before: string, after: string, otherLanguageOnly: boolean) => string;
  groupMoved: (group: string, before: string, after: string) => string;
  fieldsTooMany: (max: number) => string;
  fieldAdded: (path: string, label: string) => string;
  fieldRemoved: (path: string, label: string) => string;
  fieldChanged: (path: string, parts: string[]) => string;
  conclusionChanged: (before: string, after: string) => string;
  conclusionRule: (method: string, notApplicable: "ignore" | "fail") => string;
  idChanged: (before: string, after: string) => string;
  versionChanged: (before: string, after: string) => string;
  datesChanged: (before: string, after: string) => string;
  /** `otherLanguageOnly`: as for {@link DiffTexts.thresholdRelabelled}. */
  titleChanged: (before: string, after: string, otherLanguageOnly: boolean) => string;
  /** `otherLanguageOnly`: only the other language's description changed. */
  descriptionChanged: (otherLanguageOnly: boolean) => string;
  legalBasisChanged: (added: string[], removed: string[], changed: string[]) => string;
  illustrationChanged: (before: boolean, after: boolean) => string;
  assessedUnitChanged: (before: string, after: string) => string;
  formatVersionChanged: (before: string, after: string) => string;
  partCompare: (before: string, after: string) => string;
  partThreshold: (before: string, after: string) => string;
  partUnit: (before: string, after: string) => string;
  partDecimals: (before: string, after: string) => string;
  partRequirement: string;
  partMeasureAdded: (id: string, fields: string) => string;
  partMeasureRemoved: (id: string) => string;
  partMeasureChanged: (id: string, what: string[]) => string;
  /** The parts of a method a diff names when they change. */
  measurePart: Record<MeasurePart, string>;
  partMeasureOrder: string;
  partConstraints: string;
  partRequired: (before: boolean, after: boolean) => string;
  /** `otherLanguageOnly`: as for {@link DiffTexts.thresholdRelabelled}. */
  partLabel: (before: string, after: string, otherLanguageOnly: boolean) => string;
  openEnd: string;
  none: string;
}

/** The parts of a rule's method (`Measure`) that a diff compares. */
export type MeasurePart = "requires" | "applicable" | "notApplicable" | "value" | "describe" | "describeNegative";

const yesNo = (v: boolean, yes: string, no: string): string => (v ? yes : no);
/** The note of a text that changed in the other language only. */
const only = (other: boolean, note: string): string => (other ? ` (${note})` : "");

/** Vietnamese and English texts of the diff. */
export const DIFF_TEXTS: Record<Lang, DiffTexts> = {
  vi: {
    indicator: (id) => `chỉ báo ${id}`,
    criterion: (id) => `tiêu chí ${id}`,
    standard: (id) => `tiêu chuẩn ${id}`,
    thresholdChanged: (where, direction, before, after, name, label) =>
      `${where ? `${where[0]?.toUpperCase()}${where.slice(1)}: ngưỡng` : "Ngưỡng"} ${direction === "up" ? "nâng" : direction === "down" ? "hạ" : "đổi"} ${before} → ${after} (${name} — ${label})`,
    thresholdAdded: (name, label, value) => `Thêm ngưỡng ${name} (${label}) = ${value}`,
    thresholdRemoved: (name, label, value) => `Bỏ ngưỡng ${name} (${label}), trước đây ${value}`,
    thresholdRelabelled: (name, before, after, other) => `Ngưỡng ${name} đổi tên${other ? " (chỉ bản tiếng Anh)" : ""}: “${before}” → “${after}”`,
    indicatorAdded: (id, criterion, text, requirement, newThresholds, fields) =>
      `Thêm chỉ báo ${id} (${criterion}): “${text}”; ${requirement}` +
      (newThresholds.length > 0 ? ` (ngưỡng mới: ${newThresholds.join("; ")})` : "") +
      (fields.length > 0 ? `; đọc trường mới của báo cáo: ${fields.join("; ")}` : ""),
    indicatorRemoved: (id, criterion, text, requirement, removedThresholds, fields) =>
      `Bỏ chỉ báo ${id} (${criterion}): “${text}”; quy tắc: ${requirement}` +
      (removedThresholds.length > 0 ? ` (bỏ ngưỡng: ${removedThresholds.join("; ")})` : "") +
      (fields.length > 0 ? `; bỏ trường báo cáo chỉ báo này đọc: ${fields.join("; ")}` : ""),
    indicatorReworded: (id, before, after, otherLanguageOnly) =>
      `Chỉ báo ${id} sửa lời văn${otherLanguageOnly ? " (chỉ bản tiếng Anh)" : ""}: “${before}” → “${after}”`,
    indicatorRuleChanged: (id, parts) => `Quy tắc của chỉ báo ${id} thay đổi: ${parts.join("; ")}`,
    indicatorMoved: (id, before, after) => `Chỉ báo ${id} chuyển từ ${before} sang ${after}`,
    indicatorLegalBasisChanged: (id, before, after) => `Căn cứ pháp lý của chỉ báo ${id}: ${before} → ${after}`,
    indicatorNoteChanged: (id, other) => `Ghi chú của chỉ báo ${id} thay đổi${only(other, "chỉ bản tiếng Anh")}`,
    groupAdded: (group, title) => `Thêm ${group}: “${title}”`,
    groupRemoved: (group, title) => `Bỏ ${group}: “${title}”`,
    groupRetitled: (group, before, after, other) => `Đổi tên ${group}${other ? " (chỉ bản tiếng Anh)" : ""}: “${before}” → “${after}”`,
    groupMoved: (group, before, after) => `${group[0]?.toUpperCase()}${group.slice(1)} chuyển từ ${before} sang ${after}`,
    fieldsTooMany: (max) => `Mẫu báo cáo thay đổi (có hơn ${formatShortest(max, "vi")} trường, không liệt kê từng trường)`,
    fieldAdded: (path, label) => `Thêm trường báo cáo ${path} (${label})`,
    fieldRemoved: (path, label) => `Bỏ trường báo cáo ${path} (${label})`,
    fieldChanged: (path, parts) => `Trường báo cáo ${path} thay đổi: ${parts.join("; ")}`,
    conclusionChanged: (before, after) => `Cách kết luận thay đổi: ${before} → ${after}`,
    conclusionRule: (method, notApplicable) =>
      `${method === "allIndicators" ? "đạt khi mọi chỉ báo đạt" : method}, chỉ báo không áp dụng ${notApplicable === "fail" ? "tính là chưa đạt" : "được bỏ qua"}`,
    idChanged: (before, after) => `Mã bộ tiêu chí: ${before} → ${after}`,
    versionChanged: (before, after) => `Phiên bản: ${before} → ${after}`,
    datesChanged: (before, after) => `Hiệu lực: ${before} → ${after}`,
    titleChanged: (before, after, other) => `Tên${only(other, "chỉ bản tiếng Anh")}: “${before}” → “${after}”`,
    descriptionChanged: (other) => `Mô tả thay đổi${only(other, "chỉ bản tiếng Anh")}`,
    legalBasisChanged: (added, removed, changed) =>
      `Căn cứ pháp lý: ${[added.length > 0 ? `thêm ${added.join(", ")}` : "", removed.length > 0 ? `bỏ ${removed.join(", ")}` : "", changed.length > 0 ? `sửa ${changed.join(", ")}` : ""].filter(Boolean).join("; ") || "đổi thứ tự các văn bản"}`,
    illustrationChanged: (before, after) => `Bản minh họa (không phải văn bản thật): ${yesNo(before, "có", "không")} → ${yesNo(after, "có", "không")}`,
    assessedUnitChanged: (before, after) => `Đơn vị được đánh giá (assessedUnit): ${before} → ${after}`,
    formatVersionChanged: (before, after) => `Phiên bản định dạng: ${before} → ${after}`,
    partCompare: (before, after) => `phép so sánh ${before} → ${after}`,
    partThreshold: (before, after) => `ngưỡng ${before} → ${after}`,
    partUnit: (before, after) => `đơn vị ${before} → ${after}`,
    partDecimals: (before, after) => `làm tròn ${before} → ${after} chữ số thập phân`,
    partRequirement: "câu yêu cầu",
    partMeasureAdded: (id, fields) => `thêm cách tính “${id}” (cần: ${fields})`,
    partMeasureRemoved: (id) => `bỏ cách tính “${id}”`,
    partMeasureChanged: (id, what) => `cách tính “${id}” thay đổi (${what.join(", ")})`,
    measurePart: { requires: "các số liệu cần có", applicable: "điều kiện áp dụng", notApplicable: "lời giải thích khi không áp dụng", value: "công thức", describe: "lời mô tả giá trị", describeNegative: "lời mô tả giá trị âm" },
    partMeasureOrder: "thứ tự các cách tính",
    partConstraints: "các điều kiện hợp lệ của báo cáo",
    partRequired: (before, after) => `bắt buộc: ${yesNo(before, "có", "không")} → ${yesNo(after, "có", "không")}`,
    partLabel: (before, after, other) => `nhãn${only(other, "chỉ bản tiếng Anh")}${other ? ":" : ""} “${before}” → “${after}”`,
    openEnd: "…",
    none: "không có",
  },
  en: {
    indicator: (id) => `indicator ${id}`,
    criterion: (id) => `criterion ${id}`,
    standard: (id) => `standard ${id}`,
    thresholdChanged: (where, direction, before, after, name, label) =>
      `${where ? `${where[0]?.toUpperCase()}${where.slice(1)}: threshold` : "Threshold"} ${direction === "up" ? "raised" : direction === "down" ? "lowered" : "changed"} ${before} → ${after} (${name} — ${label})`,
    thresholdAdded: (name, label, value) => `New threshold ${name} (${label}) = ${value}`,
    thresholdRemoved: (name, label, value) => `Threshold ${name} (${label}) removed, was ${value}`,
    thresholdRelabelled: (name, before, after, other) => `Threshold ${name} relabelled${other ? " (Vietnamese label only)" : ""}: “${before}” → “${after}”`,
    indicatorAdded: (id, criterion, text, requirement, newThresholds, fields) =>
      `New indicator ${id} (${criterion}): “${text}”; ${requirement}` +
      (newThresholds.length > 0 ? ` (new threshold: ${newThresholds.join("; ")})` : "") +
      (fields.length > 0 ? `; reads new report fields: ${fields.join("; ")}` : ""),
    indicatorRemoved: (id, criterion, text, requirement, removedThresholds, fields) =>
      `Indicator ${id} removed (${criterion}): “${text}”; its rule: ${requirement}` +
      (removedThresholds.length > 0 ? ` (threshold removed: ${removedThresholds.join("; ")})` : "") +
      (fields.length > 0 ? `; removes the report fields it read: ${fields.join("; ")}` : ""),
    indicatorReworded: (id, before, after, otherLanguageOnly) =>
      `Indicator ${id} reworded${otherLanguageOnly ? " (Vietnamese wording only)" : ""}: “${before}” → “${after}”`,
    indicatorRuleChanged: (id, parts) => `Rule of indicator ${id} changed: ${parts.join("; ")}`,
    indicatorMoved: (id, before, after) => `Indicator ${id} moved from ${before} to ${after}`,
    indicatorLegalBasisChanged: (id, before, after) => `Legal basis of indicator ${id}: ${before} → ${after}`,
    indicatorNoteChanged: (id, other) => `Note of indicator ${id} changed${only(other, "Vietnamese only")}`,
    groupAdded: (group, title) => `New ${group}: “${title}”`,
    groupRemoved: (group, title) => `${group[0]?.toUpperCase()}${group.slice(1)} removed: “${title}”`,
    groupRetitled: (group, before, after, other) => `${group[0]?.toUpperCase()}${group.slice(1)} retitled${other ? " (Vietnamese title only)" : ""}: “${before}” → “${after}”`,
    groupMoved: (group, before, after) => `${group[0]?.toUpperCase()}${group.slice(1)} moved from ${before} to ${after}`,
    fieldsTooMany: (max) => `The report schema changed (more than ${formatShortest(max, "en")} fields: not listed one by one)`,
    fieldAdded: (path, label) => `New report field ${path} (${label})`,
    fieldRemoved: (path, label) => `Report field ${path} (${label}) removed`,
    fieldChanged: (path, parts) => `Report field ${path} changed: ${parts.join("; ")}`,
    conclusionChanged: (before, after) => `Conclusion rule changed: ${before} → ${after}`,
    conclusionRule: (method, notApplicable) =>
      `${method === "allIndicators" ? "met when every indicator is met" : method}, a not-applicable indicator ${notApplicable === "fail" ? "counts as not met" : "is ignored"}`,
    idChanged: (before, after) => `Framework id: ${before} → ${after}`,
    versionChanged: (before, after) => `Version: ${before} → ${after}`,
    datesChanged: (before, after) => `In force: ${before} → ${after}`,
    titleChanged: (before, after, other) => `Title${only(other, "Vietnamese only")}: “${before}” → “${after}”`,
    descriptionChanged: (other) => `Description changed${only(other, "Vietnamese only")}`,
    legalBasisChanged: (added, removed, changed) =>
      `Legal basis: ${[added.length > 0 ? `added ${added.join(", ")}` : "", removed.length > 0 ? `removed ${removed.join(", ")}` : "", changed.length > 0 ? `changed ${changed.join(", ")}` : ""].filter(Boolean).join("; ") || "the acts reordered"}`,
    illustrationChanged: (before, after) => `Illustration (not a real act): ${yesNo(before, "yes", "no")} → ${yesNo(after, "yes", "no")}`,
    assessedUnitChanged: (before, after) => `Unit assessed (assessedUnit): ${before} → ${after}`,
    formatVersionChanged: (before, after) => `Format version: ${before} → ${after}`,
    partCompare: (before, after) => `comparison ${before} → ${after}`,
    partThreshold: (before, after) => `threshold ${before} → ${after}`,
    partUnit: (before, after) => `unit ${before} → ${after}`,
    partDecimals: (before, after) => `rounding ${before} → ${after} decimal place${after === "1" ? "" : "s"}`,
    partRequirement: "requirement wording",
    partMeasureAdded: (id, fields) => `new method “${id}” (needs: ${fields})`,
    partMeasureRemoved: (id) => `method “${id}” removed`,
    partMeasureChanged: (id, what) => `method “${id}” changed (${what.join(", ")})`,
    measurePart: {
      requires: "required figures",
      applicable: "condition",
      notApplicable: "explanation when not applicable",
      value: "formula",
      describe: "description",
      describeNegative: "description of a negative value",
    },
    partMeasureOrder: "order of the methods",
    partConstraints: "the report's validity checks",
    partRequired: (before, after) => `required: ${yesNo(before, "yes", "no")} → ${yesNo(after, "yes", "no")}`,
    partLabel: (before, after, other) => `label${only(other, "Vietnamese only")}${other ? ":" : ""} “${before}” → “${after}”`,
    openEnd: "…",
    none: "none",
  },
};
