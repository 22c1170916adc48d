import type { EvaluationResult, IndicatorResult, IndicatorVerdict, Lang, RulePack } from "../types.js";
import type { PreparedIndicator, PreparedPack } from "../pack/prepared-pack.js";
import { conditionLogic, logicContext } from "./explain-pack.js";
import { formatEvidence, formatField } from "./fill-template.js";
import { formatDate, formatUnit } from "./format-number.js";
import { messagesFor } from "./messages-for.js";
import { negateLogic, renderLogic } from "./render-logic.js";
import { computationText, packForResult, traceLines } from "./render-trace.js";
import type { TraceLine } from "./render-trace.js";
import { documentMessagesFor } from "./document-messages.js";
import { checkResult } from "./check-result.js";
import { checkBoolean, checkChoice, checkLang, optionsObject } from "../invalid-argument.js";
import { displayLine, displayText } from "./display-text.js";
import { roundingNote } from "./reason.js";
import { placeName, summaryLines } from "./place-name.js";
import { assessedUnitOf } from "./assessed-unit.js";

/** Options of {@link renderReport}. */
export interface RenderReportOptions {
  /** `html`: one self-contained page that prints on A4; `markdown` (the default): the same appendix as Markdown. */
  format?: "markdown" | "html";
  /** Language (default `vi`). */
  lang?: Lang;
  /**
   * The pack that produced the result (default: the bundled pack with the result's digest), for wordings and labels.
   * It must be that pack (the same digest); without it and without a bundled one, the appendix says the wordings are missing.
   */
  pack?: RulePack | object;
  /** Add each indicator's computation, step by step (default: when the result carries traces). */
  trace?: boolean;
}

/** A group row of the appendix: a standard or a criterion. */
type GroupRow = { kind: "standard"; title: string; verdict: string } | { kind: "criterion"; title: string; verdict: string };

/** An indicator row of the appendix. */
interface IndicatorRow {
  kind: "indicator";
  no: number;
  id: string;
  wording: string;
  requirement: string[];
  figures: string[];
  computed: string;
  self: string;
  verdict: IndicatorVerdict;
  label: string;
  flags: string[];
  trace: TraceLine[];
}

/** Everything the appendix shows, in the chosen language. */
interface Appendix {
  lang: Lang;
  documentTitle: string;
  title: string;
  subtitle: string;
  place: string;
  attachedTo: string | null;
  /** Why wordings, labels and computations are missing: the pack that judged is not at hand. */
  packMissing: string | null;
  caption: string;
  columns: string[];
  rows: (GroupRow | IndicatorRow)[];
  summary: string[];
  conclusion: string;
  conclusionLabel: string;
  foot: [string, string][];
  reproduce: string;
  warnings: string[];
  traceHeading: string | null;
  /** Under the trace heading when no indicator carries a trace: how to get one (else the heading would stand alone). */
  traceMissing: string | null;
}

/**
 * Renders a result as the evaluation appendix ("Phụ lục đánh giá") in the layout of an official document: a heading
 * with the district, province, year and report; one row per indicator (STT, chỉ báo, yêu cầu, số liệu và minh chứng,
 * kết quả tính, tự đánh giá, kết quả) grouped by standard and criterion, with the auditor's flags; the summary lines
 * and the conclusion; the pack, its digest, the report's digest and the engine at the foot. HTML is one self-contained
 * page (inline CSS, no script, no network) that prints cleanly on A4. Every text is escaped; a control or bidirectional
 * formatting character of a report or a pack is shown as U+FFFD (the result keeps it). `result` may be what
 * `evaluate` returned or its JSON read back from storage.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT` when `result` does not have the shape of a result (each problem
 * located), an option is malformed, or `options.pack` is not the pack that judged the result; `PACK_INVALID` when
 * `options.pack` is not a valid pack.
 */
export function renderReport(result: EvaluationResult, options?: RenderReportOptions): string {
  checkResult(result);
  options = optionsObject(options, ["format", "lang", "pack", "trace"]) as RenderReportOptions;
  const format = checkChoice("format", options.format, FORMATS) ?? "markdown";
  const lang = checkLang(options.lang);
  const pack = packForResult(result.pack, options.pack);
  const withTrace = checkBoolean("trace", options.trace) ?? result.indicators.some((r) => r.trace !== undefined);
  const model = buildAppendix(result, pack, lang, withTrace);
  return format === "html" ? toHtml(model) : toMarkdown(model);
}

const FORMATS = ["markdown", "html"] as const;

const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

function buildAppendix(result: EvaluationResult, pack: PreparedPack | null, lang: Lang, withTrace: boolean): Appendix {
  const m = messagesFor(lang);
  const a = documentMessagesFor(lang).appendix;
  const rows: (GroupRow | IndicatorRow)[] = [];
  let standard: string | null = null;
  let criterion: string | null = null;
  result.indicators.forEach((r, index) => {
    if (r.standard !== standard) {
      standard = r.standard;
      const g = result.standards.find((s) => s.id === r.standard);
      rows.push({ kind: "standard", title: documentMessagesFor(lang).explain.heading.standard(r.standard, g?.title[lang] ?? ""), verdict: g ? m.conclusionLabel[g.verdict] : "" });
    }
    if (r.criterion !== criterion) {
      criterion = r.criterion;
      const g = result.criteria.find((c) => c.id === r.criterion);
      rows.push({ kind: "criterion", title: documentMessagesFor(lang).explain.heading.criterion(r.criterion, g?.title[lang] ?? ""), verdict: g ? m.conclusionLabel[g.verdict] : "" });
    }
    const prepared = pack?.indicators.find((p) => p.indicator.id === r.id) ?? null;
    rows.push(indicatorRow(r, index + 1, prepared, pack, lang, withTrace));
  });
  const report = result.report;
  const info = result.pack;
  const title = pack?.pack.title[lang] ?? info.id;
  // The unit's noun is the pack's (xã for a learning-commune pack); without the pack, huyện.
  const unit = assessedUnitOf(pack?.pack);
  const district = placeName(result.district, "district", unit.name);
  return {
    lang,
    documentTitle: a.documentTitle(district, result.year, unit.name[lang]),
    title: a.title,
    subtitle: a.subtitle(pack?.pack.title[lang] ?? a.packByName(info.id, info.version)),
    place: a.place(district, placeName(result.province, "province"), result.year),
    attachedTo: report && (report.number || report.date) ? a.attachedTo(report.number ?? null, report.date ?? null) : null,
    packMissing: pack === null ? a.packMissing(info.id, info.version, info.digest) : null,
    caption: a.caption(result.indicators.length),
    columns: [a.columns.no, a.columns.indicator, a.columns.requirement, a.columns.figures, a.columns.computed, a.columns.self, a.columns.verdict],
    rows,
    summary: summaryLines(result, lang),
    conclusion: result.conclusion[lang],
    conclusionLabel: conclusionWords(result, lang),
    foot: [
      [a.pack(title, info.id, info.version), ""],
      [a.packDigest, info.digest],
      [a.signature(info.verified, info.keyId), ""],
      [a.reportDigest, result.reportDigest],
      [a.engine(result.engine.name, result.engine.version), ""],
    ],
    reproduce: a.reproduce,
    warnings: result.warnings.map((w) => w.message[lang]),
    traceHeading: withTrace ? a.traceHeading : null,
    traceMissing: withTrace && !result.indicators.some((r) => r.trace !== undefined) ? a.traceMissing : null,
  };
}

/**
 * The words of the conclusion that name the verdict, to set in bold: the language's own, else (a stored result whose
 * line was written otherwise) the verdict's label, as the line may quote it.
 */
function conclusionWords(result: EvaluationResult, lang: Lang): string {
  const words = documentMessagesFor(lang).appendix.conclusionVerdict[result.verdict];
  return result.conclusion[lang].includes(words) ? words : result.label[lang];
}

function indicatorRow(r: IndicatorResult, no: number, prepared: PreparedIndicator | null, pack: PreparedPack | null, lang: Lang, withTrace: boolean): IndicatorRow {
  const m = messagesFor(lang);
  return {
    kind: "indicator",
    no,
    id: r.id,
    wording: prepared?.indicator.text[lang] ?? "",
    requirement: prepared && pack ? requirementLines(r, prepared, pack, lang) : [m.requirement[r.compare](r.threshold ? formatUnit(r.threshold.value, r.threshold.unit, lang, 12) : "")],
    figures: figureLines(r, prepared, lang),
    computed: (prepared && pack ? computedText(r, prepared, pack, lang) : null) ?? "—",
    self: r.selfAssessment ? m.verdict[r.selfAssessment] : documentMessagesFor(lang).appendix.notStated,
    verdict: r.verdict,
    label: r.label[lang],
    flags: r.flags.map((f) => f.message[lang]),
    // With the pack, a trace labels the named thresholds a rule reads besides its own.
    trace: withTrace ? traceLines(r, prepared, lang, pack) : [],
  };
}

/**
 * The computation with the figures used, and, as the reason says it, the rounding to the rule's decimals when it
 * changed the value: `(696 + 0) × 100 ÷ 1.000 ≈ 70% (69,6% làm tròn đến 0 chữ số thập phân theo bộ quy tắc)`.
 */
function computedText(r: IndicatorResult, prepared: PreparedIndicator, pack: PreparedPack, lang: Lang): string | null {
  const text = computationText(r, prepared, pack, lang);
  if (text === null || typeof r.value !== "number") return text;
  // The value before rounding: from the trace, else computed again from the figures used (as computationText does).
  const traced = r.trace?.value?.value;
  const index = prepared.indicator.rule.measures.findIndex((x) => x.id === r.method);
  const raw = typeof traced === "number" ? traced : prepared.compiled.measures[index]?.value(r.inputs);
  return text + roundingNote(prepared, typeof raw === "number" ? raw : null, r.value, lang);
}

/** The rule of the measure that was used (or of the preferred one), generated from the pack. */
function requirementLines(r: IndicatorResult, prepared: PreparedIndicator, pack: PreparedPack, lang: Lang): string[] {
  const measures = prepared.indicator.rule.measures;
  // The measure used, or (figures missing) the one whose missing fields the result names.
  const measure = measures.find((x) => x.id === r.method) ?? measures.find((x) => r.missing.length > 0 && r.missing.every((f) => x.requires.includes(f))) ?? measures[0];
  if (!measure) return [];
  const words = logicContext(prepared, pack, lang, "words");
  const lines = [capitalize(renderLogic(conditionLogic(prepared, measure.value), words))];
  if (measure.applicable !== undefined) lines.push(`${documentMessagesFor(lang).explain.notApplicableWhen(renderLogic(negateLogic(measure.applicable), words))}.`);
  return lines;
}

/** The figures and documents the rule used, each with its label; what is missing when figures lack. */
function figureLines(r: IndicatorResult, prepared: PreparedIndicator | null, lang: Lang): string[] {
  const a = documentMessagesFor(lang).appendix;
  const m = messagesFor(lang);
  const lines: string[] = [];
  const label = (name: string): string => prepared?.fields.get(name)?.label[lang] ?? name;
  for (const [name, value] of Object.entries(r.inputs)) {
    const info = prepared?.fields.get(name);
    if (Array.isArray(value) && (info?.unit === "evidence" || info === undefined)) {
      if (value.length === 0) lines.push(capitalize(formatEvidence([], lang)));
      for (const item of value) lines.push(evidenceLine(item, lang));
    } else {
      lines.push(`${capitalize(label(name))}: ${formatField(value, info, lang)}`);
    }
  }
  if (r.verdict === "insufficient_data" && r.missing.length > 0) {
    const alternatives = (prepared?.indicator.rule.measures ?? [])
      .filter((x) => !r.missing.every((f) => x.requires.includes(f)))
      .map((x) => m.fieldList(x.requires.filter((f) => !Object.prototype.hasOwnProperty.call(r.inputs, f)).map(label)));
    lines.push(a.missing(m.fieldList(r.missing.map(label)), m.alternativeList(alternatives)));
  }
  return lines;
}

function evidenceLine(item: unknown, lang: Lang): string {
  const e = (item ?? {}) as Record<string, unknown>;
  const ref = typeof e["ref"] === "string" ? e["ref"] : null;
  const description = typeof e["description"] === "string" ? e["description"] : null;
  const date = typeof e["date"] === "string" ? formatDate(e["date"]) : null;
  const head = ref ?? description ?? "?";
  const dated = date ? messagesFor(lang).evidenceDated(head, date) : head;
  return ref && description ? `${dated}: ${description}` : dated;
}

/**
 * Escapes text for HTML (content and attribute values). Controls, bidirectional formatting characters, lone surrogates
 * and noncharacters become U+FFFD ({@link displayText}): the document stays conforming HTML and no value can reorder
 * the text around it.
 */
export function escapeHtml(text: string): string {
  return displayText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * Escapes text for Markdown inside a line (a table cell, a heading) so that it renders as written: no markup (emphasis,
 * code, links, strikethrough, math), no raw HTML, no entity (`&amp;` stays `&amp;`), no cell or line break, and no
 * control or bidirectional formatting character ({@link displayLine}).
 */
export function escapeMarkdown(text: string): string {
  return displayLine(text).replace(/([\\`*_[\]<>|#&~$])/g, "\\$1");
}

/** A Markdown code span around any text: a fence longer than any run of backticks in it, on one line. */
function codeSpan(text: string): string {
  const flat = displayLine(text);
  const fence = "`".repeat(Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length)) + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** The conclusion with the words of its verdict in bold, as the report writes it ("Kết luận: **Không đạt**, do …"). */
function boldLabel(text: string, label: string, esc: (s: string) => string, bold: (s: string) => string): string {
  const at = text.indexOf(label);
  if (at < 0 || label === "") return esc(text);
  return esc(text.slice(0, at)) + bold(esc(label)) + esc(text.slice(at + label.length));
}

function toHtml(a: Appendix): string {
  // A date stays on the line of the word before it ("ngày 28/02/2022").
  const e = (t: string): string => escapeHtml(t).replace(/ (?=\d{2}\/\d{2}\/\d{4})/g, "\u00a0");
  const cell = (lines: string[], cls: string): string =>
    `<td class="${cls}">${lines.length > 1 ? `<ul>${lines.map((l) => `<li>${e(l)}</li>`).join("")}</ul>` : e(lines[0] ?? "—")}</td>`;
  const body: string[] = [];
  let open = false;
  for (const row of a.rows) {
    if (row.kind === "standard") {
      if (open) body.push("</tbody>");
      open = false;
      body.push(`<tbody class="standard"><tr><th scope="rowgroup" colspan="6">${e(row.title)}</th><td class="verdict">${e(row.verdict)}</td></tr></tbody>`);
    } else if (row.kind === "criterion") {
      if (open) body.push("</tbody>");
      open = true;
      body.push(`<tbody class="criterion"><tr class="criterion"><th scope="rowgroup" colspan="6">${e(row.title)}</th><td class="verdict">${e(row.verdict)}</td></tr>`);
    } else {
      const flags = row.flags.map((f) => `<p class="flag">⚠ ${e(f)}</p>`).join("");
      body.push(
        `<tr class="indicator ${row.verdict}" data-id="${e(row.id)}">` +
          `<td class="no">${row.no}</td>` +
          `<th scope="row" class="indicator"><span class="id">${e(row.id)}.</span> ${e(row.wording)}</th>` +
          cell(row.requirement, "requirement") +
          cell(row.figures, "figures") +
          `<td class="computed">${e(row.computed)}</td>` +
          `<td class="self">${e(row.self)}</td>` +
          `<td class="verdict"><strong>${e(row.label)}</strong>${flags}</td>` +
          "</tr>",
      );
    }
  }
  if (open) body.push("</tbody>");
  const traces = a.traceHeading === null ? "" : [
    `<section class="trace" aria-labelledby="trace-heading"><h2 id="trace-heading">${e(a.traceHeading)}</h2>`,
    ...(a.traceMissing === null ? [] : [`<p class="trace-missing">${e(a.traceMissing)}</p>`]),
    ...a.rows.flatMap((r) => (r.kind === "indicator" && r.trace.length > 0
      ? [`<div class="trace-item"><h3>${e(r.id)}</h3><ol>${r.trace.map((l) => `<li class="${l.kind}">${e(l.text)}</li>`).join("")}</ol></div>`]
      : [])),
    "</section>",
  ].join("\n");
  const foot = a.foot.map(([k, v]) => (v ? `<li>${e(k)}: <code>${e(v)}</code></li>` : `<li>${e(k)}</li>`)).join("");
  return `<!DOCTYPE html>
<html lang="${a.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(a.documentTitle)}</title>
<style>
${appendixCss(a.lang)}
</style>
</head>
<body>
<main>
<header class="doc-head">
<p class="doc-kind">${e(a.title)}</p>
<h1>${e(a.subtitle)}</h1>
<p class="doc-place">${e(a.place)}</p>
${a.attachedTo ? `<p class="doc-ref">${e(a.attachedTo)}</p>\n` : ""}</header>
${a.packMissing ? `<p class="pack-missing" role="note">⚠ ${e(a.packMissing)}</p>\n` : ""}<table class="appendix">
<caption>${e(a.caption)}</caption>
<colgroup><col class="c-no"><col class="c-indicator"><col class="c-requirement"><col class="c-figures"><col class="c-computed"><col class="c-self"><col class="c-verdict"></colgroup>
<thead><tr>${a.columns.map((c) => `<th scope="col">${e(c)}</th>`).join("")}</tr></thead>
${body.join("\n")}
</table>
<section class="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading">${e(documentMessagesFor(a.lang).appendix.summaryHeading)}</h2>
<ul>${a.summary.map((l) => `<li>${e(l)}</li>`).join("")}</ul>
<p class="conclusion">${boldLabel(a.conclusion, a.conclusionLabel, e, (s) => `<strong>${s}</strong>`)}</p>
</section>
${a.warnings.length ? `<section class="warnings"><h2>${e(documentMessagesFor(a.lang).appendix.warnings)}</h2><ul>${a.warnings.map((w) => `<li>${e(w)}</li>`).join("")}</ul></section>\n` : ""}${traces}
<footer class="doc-foot">
<h2>${e(documentMessagesFor(a.lang).appendix.footHeading)}</h2>
<ul>${foot}</ul>
<p>${e(a.reproduce)}</p>
</footer>
</main>
</body>
</html>
`;
}

function toMarkdown(a: Appendix): string {
  const e = escapeMarkdown;
  const cell = (lines: string[]): string => (lines.length ? lines.map(e).join("<br>") : "—");
  const out: string[] = [
    `# ${e(a.title.toLocaleUpperCase(a.lang))}`,
    "",
    `## ${e(a.subtitle)}`,
    "",
    `**${e(a.place)}**`,
    ...(a.attachedTo ? ["", e(a.attachedTo)] : []),
    ...(a.packMissing ? ["", `> ⚠ ${e(a.packMissing)}`] : []),
    "",
    `*${e(a.caption)}*`,
    "",
    `| ${a.columns.map(e).join(" | ")} |`,
    "|---:|---|---|---|---|---|---|",
  ];
  for (const row of a.rows) {
    if (row.kind === "standard") out.push(`|  | **${e(row.title)}** |  |  |  |  | **${e(row.verdict)}** |`);
    else if (row.kind === "criterion") out.push(`|  | *${e(row.title)}* |  |  |  |  | ${e(row.verdict)} |`);
    else {
      const verdict = [`**${e(row.label)}**`, ...row.flags.map((f) => `⚠ ${e(f)}`)].join("<br>");
      out.push(`| ${row.no} | ${e(row.id)}. ${e(row.wording)} | ${cell(row.requirement)} | ${cell(row.figures)} | ${e(row.computed)} | ${e(row.self)} | ${verdict} |`);
    }
  }
  const m = documentMessagesFor(a.lang).appendix;
  out.push("", `### ${e(m.summaryHeading)}`, "", ...a.summary.map((l) => `- ${e(l)}`), `- ${boldLabel(a.conclusion, a.conclusionLabel, e, (s) => `**${s}**`)}`);
  if (a.warnings.length) out.push("", `### ${e(m.warnings)}`, "", ...a.warnings.map((w) => `- ${e(w)}`));
  if (a.traceHeading !== null) {
    out.push("", `### ${e(a.traceHeading)}`);
    if (a.traceMissing !== null) out.push("", e(a.traceMissing));
    for (const r of a.rows) {
      if (r.kind !== "indicator" || r.trace.length === 0) continue;
      out.push("", `**${e(r.id)}**`, "", ...r.trace.map((l) => `- ${e(l.text)}`));
    }
  }
  out.push("", "---", "", `### ${e(m.footHeading)}`, "", ...a.foot.map(([k, v]) => (v ? `- ${e(k)}: ${codeSpan(v)}` : `- ${e(k)}`)), "", e(a.reproduce), "");
  return out.join("\n");
}

/**
 * The appendix's style: an official document on A4 (serif type, ruled table, header repeated on every page, rows
 * never split, page numbers), shown on screen as a sheet. No web font, no image: nothing is fetched.
 */
function appendixCss(lang: Lang): string {
  const page = documentMessagesFor(lang).appendix.page;
  return `@page { size: A4; margin: 16mm 12mm 16mm 18mm;
  @bottom-right { content: "${page} " counter(page) "/" counter(pages); font: 9pt "Times New Roman", "Liberation Serif", serif; } }
* { box-sizing: border-box; }
html { background: #e4e4e4; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 11pt/1.35 "Times New Roman", "Liberation Serif", Tinos, "DejaVu Serif", serif; }
main { background: #fff; width: 210mm; min-height: 297mm; margin: 0 auto; padding: 16mm 12mm 16mm 18mm; overflow-wrap: anywhere; word-break: break-word; }
.doc-head { text-align: center; margin-bottom: 5mm; }
.doc-kind { margin: 0; font-weight: bold; font-size: 13pt; text-transform: uppercase; letter-spacing: 0.04em; }
h1 { margin: 1mm 0 0; font-size: 13pt; font-weight: bold; text-transform: uppercase; }
.doc-place { margin: 1.5mm 0 0; font-weight: bold; }
.doc-ref { margin: 1mm 0 0; font-style: italic; }
.pack-missing { margin: 0 0 4mm; padding: 1.5mm 2mm; border: 0.75pt solid #000; font-weight: bold; }
.doc-head::after { content: ""; display: block; width: 40mm; margin: 2.5mm auto 0; border-top: 0.75pt solid #000; }
table.appendix { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9.5pt; line-height: 1.3; }
caption { caption-side: top; text-align: right; font-style: italic; font-size: 9.5pt; padding-bottom: 1.5mm; }
col.c-no { width: 6%; } col.c-indicator { width: 22%; } col.c-requirement { width: 19%; } col.c-figures { width: 21%; }
col.c-computed { width: 10%; } col.c-self { width: 8%; } col.c-verdict { width: 14%; }
th, td { border: 0.75pt solid #000; padding: 1.2mm 1.4mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { text-align: center; vertical-align: middle; font-weight: bold; background: #ececec; padding-left: 0.8mm; padding-right: 0.8mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
tbody.standard th, tbody.standard td { background: #dedede; font-weight: bold; text-transform: uppercase; font-size: 9pt; }
tr.criterion th, tr.criterion td { background: #f3f3f3; font-weight: bold; font-style: italic; }
tbody.standard, tr.criterion { break-after: avoid; page-break-after: avoid; }
tbody.standard td.verdict, tr.criterion td.verdict { text-align: center; }
th.indicator { font-weight: normal; }
th.indicator .id { font-weight: bold; }
td.no, td.self, td.verdict { text-align: center; }
td.computed { font-variant-numeric: tabular-nums; }
td ul { margin: 0; padding-left: 2.6mm; list-style: "– "; }
td li + li { margin-top: 0.6mm; }
tr.not_met td.verdict strong { text-decoration: underline; }
tr.insufficient_data td.verdict strong, tr.not_applicable td.verdict strong { font-style: italic; }
p.flag { margin: 1mm 0 0; font-size: 8.5pt; font-style: italic; text-align: left; }
h2 { font-size: 11.5pt; margin: 5mm 0 1.5mm; }
.summary { break-inside: avoid; }
.summary ul { margin: 0; padding-left: 6mm; list-style: "– "; }
.conclusion { margin: 1.5mm 0 0; }
.trace-item { break-inside: avoid; margin-bottom: 2mm; }
.trace h3 { font-size: 10pt; margin: 2mm 0 0.5mm; }
.trace ol { margin: 0; padding-left: 6mm; font-size: 9.5pt; }
.doc-foot { margin-top: 6mm; padding-top: 2mm; border-top: 0.5pt solid #000; font-size: 8.5pt; break-inside: avoid; }
.doc-foot h2 { font-size: 9pt; margin: 0 0 1mm; }
.doc-foot ul { margin: 0; padding-left: 0; list-style: none; }
.doc-foot p { margin: 1mm 0 0; font-style: italic; }
code { font: 8pt "DejaVu Sans Mono", "Liberation Mono", monospace; overflow-wrap: anywhere; }
@media print {
  html { background: none; }
  main { width: auto; min-height: 0; margin: 0; padding: 0; }
}`;
}
