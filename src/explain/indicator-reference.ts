import type { Lang, RulePack, Text } from "../types.js";
import { explainPack, preparedPackOf } from "./explain-pack.js";
import type { IndicatorExplanation, PackExplanation } from "./explain-pack.js";
import { documentMessagesFor } from "./document-messages.js";

/** Fixed texts of the reference, in both languages. */
const T = {
  title: { vi: "Các chỉ báo và cách đánh giá", en: "Indicators and how they are judged" },
  generated: {
    vi: "Tệp này được sinh tự động từ bộ quy tắc bằng `npm run docs:indicators`; đừng sửa tay. Mọi câu và công thức dưới đây được tạo từ chính quy tắc JSON-logic của từng chỉ báo (`explainPack`), với nhãn trường và ngưỡng có tên của bộ quy tắc.",
    en: "This file is generated from the rule pack by `npm run docs:indicators`; do not edit it by hand. Every sentence and formula below is generated from each indicator's own JSON-logic rule (`explainPack`), with the pack's field labels and named thresholds.",
  },
  pack: { vi: "Bộ quy tắc", en: "Rule pack" },
  digest: { vi: "Mã băm", en: "Digest" },
  inForce: { vi: "Hiệu lực", en: "In force" },
  legalBasis: { vi: "Căn cứ pháp lý", en: "Legal basis" },
  interpretations: { vi: "Cách bộ quy tắc diễn giải tiêu chí", en: "How the pack interprets the criteria" },
  emptyPopulation: {
    vi: "**Không có đối tượng → không áp dụng.** Khi quy tắc có điều kiện áp dụng (`applicable`) và điều kiện đó sai, chỉ báo là “Không áp dụng”: không bao giờ chia cho 0, và chỉ báo không áp dụng không cản trở kết luận (trừ khi bộ quy tắc quy định khác).",
    en: "**Empty population → not applicable.** When a rule has an applicability condition (`applicable`) and it is false, the indicator is “Not applicable”: there is never a division by zero, and a not-applicable indicator does not block the conclusion (unless the pack says otherwise).",
  },
  missingData: {
    vi: "**Thiếu số liệu → chưa đủ số liệu, không bao giờ tính là 0.** Một chỉ báo chỉ được tính khi báo cáo có đủ mọi trường mà một cách tính cần; nếu không, kết quả là “Chưa đủ số liệu” và nêu rõ trường còn thiếu. Khi có nhiều cách tính, cách đầu tiên có đủ số liệu được dùng (số đếm trước tỷ lệ do đơn vị tự ghi).",
    en: "**Missing figures → insufficient data, never 0.** An indicator is computed only when the report gives every field one of its measures needs; otherwise the verdict is “Insufficient data”, naming what is missing. When there are several measures, the first one whose figures are all given is used (counts before a stated percentage).",
  },
  exactDecimals: {
    vi: "**Số thập phân chính xác.** Giá trị tính được làm tròn đến số chữ số thập phân của quy tắc (`decimals`) trước khi so sánh với ngưỡng, đúng như tính tay trên giấy (hiệu hai tỷ lệ có 2 chữ số thập phân được so sánh ở đúng 2 chữ số thập phân); không có khai báo thì làm tròn đến 12 chữ số, chỉ để bỏ sai số dấu phẩy động nhị phân.",
    en: "**Exact decimals.** The computed value is rounded to the rule's decimal places (`decimals`) before it is compared with the threshold, exactly as on paper (the difference of two rates with 2 decimals is compared at exactly 2 decimals); without a declaration it is rounded to 12 places, only to remove binary floating-point noise.",
  },
  strict: {
    vi: "**“Dưới” và “trên” là so sánh ngặt.** Với phép so sánh `<` (hoặc `>`), giá trị đúng bằng ngưỡng là chưa đạt.",
    en: "**“Below” and “above” are strict.** With a `<` (or `>`) comparison, a value exactly at the threshold is not met.",
  },
  conclusionAll: {
    vi: "**Kết luận.** Không đạt khi có ít nhất một chỉ báo chưa đạt (nêu rõ chỉ báo nào); nếu không, chưa đủ căn cứ kết luận khi có chỉ báo chưa đủ số liệu; nếu không, đạt.",
    en: "**Conclusion.** Not met when any indicator is not met (naming which); otherwise cannot conclude when any indicator lacks data; otherwise met.",
  },
  naIgnored: { vi: "Chỉ báo không áp dụng được bỏ qua.", en: "Not-applicable indicators are ignored." },
  naFails: { vi: "Chỉ báo không áp dụng được tính là chưa đạt.", en: "Not-applicable indicators count as not met." },
  inThisPack: { vi: "Trong bộ quy tắc này", en: "In this pack" },
  none: { vi: "không có chỉ báo nào", en: "no indicator" },
  thresholds: { vi: "Các ngưỡng", en: "Thresholds" },
  name: { vi: "Tên", en: "Name" },
  value: { vi: "Giá trị", en: "Value" },
  meaning: { vi: "Ý nghĩa", en: "Meaning" },
  usedBy: { vi: "Chỉ báo", en: "Indicators" },
  indicator: { vi: "Chỉ báo", en: "Indicator" },
  block: { vi: "khối báo cáo", en: "report block" },
} satisfies Record<string, Text>;

const both = (t: Text): string => `${t.vi} / ${t.en}`;
const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
/**
 * A pack's text (titles, wordings, labels, notes, and sentences made from them) as Markdown that shows it as written:
 * no HTML (`<img onerror>` from an untrusted pack must not run where the Markdown is rendered), no link or image.
 * Code spans need none of this: their text is shown as is.
 */
const text = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\[\]])/g, "\\$1");
const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;
/** A line of the pack's text outside a table (headings, list items). */
const line = (s: string): string => text(s).replace(/\r?\n/g, " ");

/**
 * The indicator reference (`docs/indicators.md`) of a pack, in Vietnamese with English: every indicator's wording,
 * its rule in plain language and as a formula, its threshold, the report fields it reads, its legal basis and the
 * author's note, and the interpretations the pack makes. Generated from the rules; `pack` defaults to the newest
 * bundled pack.
 */
export function renderIndicatorReference(pack?: RulePack | object): string {
  const prepared = preparedPackOf(pack);
  const vi = explainPack(prepared.pack, { lang: "vi" });
  const en = explainPack(prepared.pack, { lang: "en" });
  const p = prepared.pack;
  const out: string[] = [
    `# ${both(T.title)}`,
    "",
    `> ${T.generated.vi}`,
    ">",
    `> *${T.generated.en}*`,
    "",
    `| | |`,
    `|---|---|`,
    `| ${both(T.pack)} | ${code(p.id)} ${text(p.version)}: ${cell(text(vi.title))} / *${cell(text(en.title))}* |`,
    `| ${both(T.digest)} | ${code(vi.digest)} |`,
    `| ${both(T.inForce)} | ${vi.effectiveFrom} – ${vi.effectiveTo ?? "…"} |`,
    `| ${both(T.legalBasis)} | ${vi.legalBasis.map((l, i) => `${cell(text(l))} / *${cell(text(en.legalBasis[i] ?? ""))}*`).join("<br>")} |`,
    "",
    ...interpretations(vi, en, p),
    ...thresholdTable(vi, en, p),
  ];
  let standard: string | null = null;
  let criterion: string | null = null;
  vi.indicators.forEach((v, index) => {
    const e = en.indicators[index] as IndicatorExplanation;
    const hv = documentMessagesFor("vi").explain.heading;
    const he = documentMessagesFor("en").explain.heading;
    if (v.standard.id !== standard) {
      standard = v.standard.id;
      out.push(`## ${line(hv.standard(v.standard.id, v.standard.title))}`, "", `*${line(he.standard(e.standard.id, e.standard.title))}*`, "");
    }
    if (v.criterion.id !== criterion) {
      criterion = v.criterion.id;
      out.push(`### ${line(hv.criterion(v.criterion.id, v.criterion.title))}`, "", `*${line(he.criterion(e.criterion.id, e.criterion.title))}*`, "");
    }
    out.push(...indicatorSection(v, e));
  });
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

function interpretations(vi: PackExplanation, en: PackExplanation, pack: RulePack): string[] {
  // `pick` gives Markdown: the pack's texts escaped by `line`, names as code spans.
  const list = (pick: (v: IndicatorExplanation, e: IndicatorExplanation) => [string, string] | null): string[] => {
    const items = vi.indicators.flatMap((v, i) => {
      const found = pick(v, en.indicators[i] as IndicatorExplanation);
      if (!found) return [];
      return [`   - ${v.id}: ${found[0]}${found[1] !== found[0] ? ` / *${found[1]}*` : ""}`];
    });
    return items.length ? [`   ${both(T.inThisPack)}:`, "", ...items] : [`   ${both(T.inThisPack)}: ${both(T.none)}.`];
  };
  const na = (x: IndicatorExplanation): string => x.measures.flatMap((m) => (m.notApplicableWhen ? [m.notApplicableWhen] : [])).join("; ");
  const conclusionNote = pack.conclusion.notApplicable === "fail" ? T.naFails : T.naIgnored;
  const paragraph = (n: number, t: Text): string[] => [`${n}. ${t.vi}`, "", `   *${t.en}*`, ""];
  return [
    `## ${both(T.interpretations)}`,
    "",
    ...paragraph(1, T.emptyPopulation),
    ...list((v, e) => (na(v) ? [line(`${documentMessagesFor("vi").explain.notApplicableWhen(na(v))}.`), line(`${documentMessagesFor("en").explain.notApplicableWhen(na(e))}.`)] : null)),
    "",
    ...paragraph(2, T.missingData),
    ...list((v) => {
      const order = v.measures.map((m) => `${code(m.id)} (${m.requires.map(code).join(", ")})`).join(" → ");
      return v.measures.length > 1 ? [order, order] : null;
    }),
    "",
    ...paragraph(3, T.exactDecimals),
    ...list((v, e) => (v.rounding ? [line(v.rounding), line(e.rounding ?? "")] : null)),
    "",
    ...paragraph(4, T.strict),
    ...list((v, e) => (v.compare === "<" || v.compare === ">" ? [line(v.measures[0]?.condition ?? ""), line(e.measures[0]?.condition ?? "")] : null)),
    "",
    ...paragraph(5, { vi: `${T.conclusionAll.vi} ${conclusionNote.vi}`, en: `${T.conclusionAll.en} ${conclusionNote.en}` }),
  ];
}

function thresholdTable(vi: PackExplanation, en: PackExplanation, pack: RulePack): string[] {
  const rows = Object.entries(pack.thresholds).map(([name, t]) => {
    const users = vi.indicators.filter((i) => i.threshold?.name === name).map((i) => i.id).join(", ");
    const shown = (lang: Lang): string => ((lang === "vi" ? vi : en).indicators.find((i) => i.threshold?.name === name)?.threshold?.text ?? String(t.value));
    return `| ${code(name)} | ${cell(text(shown("vi")))} / ${cell(text(shown("en")))} | ${cell(text(t.label.vi))} | ${cell(text(t.label.en))} | ${users} |`;
  });
  return [
    `## ${both(T.thresholds)}`,
    "",
    `| ${both(T.name)} | ${both(T.value)} | ${T.meaning.vi} | ${T.meaning.en} | ${both(T.usedBy)} |`,
    "|---|---|---|---|---|",
    ...rows,
    "",
  ];
}

function indicatorSection(v: IndicatorExplanation, e: IndicatorExplanation): string[] {
  const hv = documentMessagesFor("vi").explain.heading;
  const he = documentMessagesFor("en").explain.heading;
  // Cells are the pack's texts (escaped by `text`) unless a caller has built them from code spans and escaped texts.
  const row = (label: [string, string], a: string, b: string): string => `| ${label[0]} / ${label[1]} | ${cell(a)} | ${cell(b)} |`;
  const lines = [
    `#### ${v.id}`,
    "",
    "| | Tiếng Việt | English |",
    "|---|---|---|",
    row([T.indicator.vi, T.indicator.en], text(v.wording), text(e.wording)),
    row([hv.rule, he.rule], text(v.sentence), text(e.sentence)),
    row([hv.formula, he.formula], code(v.formula), code(e.formula)),
  ];
  if (v.threshold && e.threshold) lines.push(row([hv.threshold, he.threshold], `${code(v.threshold.name)} = ${text(v.threshold.text)}: ${text(v.threshold.label)}`, `${code(e.threshold.name)} = ${text(e.threshold.text)}: ${text(e.threshold.label)}`));
  if (v.rounding && e.rounding) lines.push(row([hv.rounding, he.rounding], `${text(v.rounding)}.`, `${text(e.rounding)}.`));
  if (v.note && e.note) lines.push(row([hv.note, he.note], text(v.note), text(e.note)));
  if (v.legalBasis && e.legalBasis) {
    lines.push(row([hv.legalBasis, he.legalBasis], text(`${v.legalBasis.ref} ngày ${v.legalBasis.date}: ${v.legalBasis.title}`), text(`${e.legalBasis.ref} of ${e.legalBasis.date}: ${e.legalBasis.title}`)));
  }
  const mv = documentMessagesFor("vi").explain;
  const me = documentMessagesFor("en").explain;
  lines.push(
    "",
    `${hv.fields} / *${he.fields}* (${T.block.vi} / ${T.block.en} ${code(`indicators["${v.id}"]`)}):`,
    "",
    `| ${hv.field} / ${he.field} | ${hv.label} | ${he.label} | ${hv.unit} / ${he.unit} | ${hv.decimals} / ${he.decimals} |`,
    "|---|---|---|---|---|",
    ...v.fields.map((f, i) => {
      const fe = e.fields[i] ?? f;
      return `| ${code(f.name)} | ${cell(text(f.label))} | ${cell(text(fe.label))} | ${mv.unitName[f.unit]} / ${me.unitName[f.unit]} | ${f.decimals ?? "—"} |`;
    }),
    "",
  );
  return lines;
}

