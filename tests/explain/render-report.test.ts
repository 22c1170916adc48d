import { describe, expect, it } from "vitest";
import { evaluate, renderReport } from "../../src/index.js";
import type { RulePack } from "../../src/index.js";
import { readJson, refusal, reportWith, thapMuoi } from "../helpers.js";

const result = evaluate(thapMuoi());
const html = renderReport(result, { format: "html" });
const text = (h: string): string => h.replace(/\u00a0/g, " ").replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
const rowOf = (h: string, id: string): string => {
  const at = h.lastIndexOf("<tr", h.indexOf(`data-id="${id}"`));
  return h.slice(at, h.indexOf("</tr>", at));
};

describe("the HTML appendix of Tháp Mười", () => {
  it("is one self-contained Vietnamese page: no script, no link, no network, a strict CSP", () => {
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(|https?:\/\//i);
  });

  it("prints on A4 with the header repeated and rows kept whole", () => {
    expect(html).toMatch(/@page \{ size: A4; margin: [^;]+;/);
    expect(html).toContain("thead { display: table-header-group; }");
    expect(html).toMatch(/tr \{ break-inside: avoid;/);
  });

  it("has the heading of an official appendix", () => {
    expect(html).toContain('<p class="doc-kind">Phụ lục</p>');
    expect(html).toContain("<h1>Đánh giá kết quả thực hiện Bộ tiêu chí huyện học tập (thí điểm)</h1>");
    expect(html).toContain('<p class="doc-place">Huyện Tháp Mười, tỉnh Đồng Tháp, năm 2022</p>');
    expect(html).toContain('<p class="doc-ref">(Kèm theo Báo cáo số 417/BC-UBND ngày 13 tháng 01 năm 2023)</p>');
  });

  it("is a real table: caption, column headers with scope, row headers, group rows", () => {
    expect(html).toContain("<caption>Kết quả đánh giá 16 chỉ báo</caption>");
    const heads = [...html.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(heads).toEqual(["STT", "Chỉ báo", "Yêu cầu", "Số liệu và minh chứng", "Kết quả tính", "Tự đánh giá", "Kết quả"]);
    expect(html.match(/<tr class="indicator /g)).toHaveLength(16);
    expect(html.match(/<th scope="row" class="indicator">/g)).toHaveLength(16);
    expect(html.match(/<tbody class="standard"><tr><th scope="rowgroup"/g)).toHaveLength(3);
    expect(html.match(/<tr class="criterion"><th scope="rowgroup"/g)).toHaveLength(6);
    expect(html).toContain('<th scope="rowgroup" colspan="6">Tiêu chuẩn 3. Tác động của việc xây dựng huyện học tập</th><td class="verdict">Không đạt</td>');
    expect(html).toContain('<th scope="rowgroup" colspan="6">Tiêu chí 3.2. Góp phần thúc đẩy phát triển văn hóa – xã hội</th><td class="verdict">Chưa đủ căn cứ kết luận</td>');
  });

  it("fills every column of a row: STT, wording, generated requirement, figures, computation, self-assessment, verdict", () => {
    const row = text(rowOf(html, "2.1.2"));
    expect(row).toContain("7");
    expect(row).toContain("2.1.2. Tối thiểu 70% xã, thị trấn được đánh giá, xếp loại “Cộng đồng học tập” cấp xã từ loại Khá trở lên");
    expect(row).toContain("(số xã, thị trấn xếp loại Tốt + số xã, thị trấn xếp loại Khá) × 100 ÷ tổng số xã, thị trấn được đánh giá ≥ 70%");
    expect(row).toContain("Số xã, thị trấn xếp loại Tốt: 12");
    expect(row).toContain("(12 + 1) × 100 ÷ 13 = 100%");
    expect(text(rowOf(html, "3.1.1"))).toContain("1,83 − 1,39 = 0,44 điểm phần trăm");
    expect(rowOf(html, "3.1.1")).toContain('<td class="self">Chưa đạt</td><td class="verdict"><strong>Chưa đạt</strong>');
    expect(text(rowOf(html, "1.1.1"))).toContain("915/KH-UBND ngày 28/02/2022");
    expect(text(rowOf(html, "1.1.1"))).toContain("8 mục → đúng");
    expect(text(rowOf(html, "2.2.3"))).toContain("Không áp dụng khi tổng số Trung tâm GDTX, GDNN-GDTX (hoặc cơ sở thực hiện GDTX) = 0.");
  });

  it("flags 3.1.2 and 3.2.3: self-assessed 'met' without figures", () => {
    for (const id of ["3.1.2", "3.2.3"]) {
      const row = rowOf(html, id);
      expect(row).toContain('class="indicator insufficient_data"');
      expect(row).toContain('<td class="self">Đạt</td>');
      expect(row).toContain("<strong>Chưa đủ số liệu</strong>");
      expect(text(row)).toContain("⚠ tự đánh giá “Đạt” nhưng báo cáo không nêu đủ số liệu, minh chứng để kiểm chứng");
      expect(text(row)).toContain("Báo cáo không nêu:");
    }
    expect(text(rowOf(html, "3.2.3"))).toContain("Báo cáo không nêu: tổng số cấp ủy, cấp lãnh đạo của chính quyền, tổ chức, đoàn thể và số cấp ủy, cấp lãnh đạo có nữ tham gia quản lý (hoặc tỷ lệ có nữ tham gia quản lý (%))");
  });

  it("ends with the summary lines and the report's conclusion, then the pack, digests and engine", () => {
    const all = text(html);
    expect(all).toContain("Số chỉ báo đạt: 13");
    expect(all).toContain("Số chỉ báo chưa đạt: 01 (chỉ báo 3.1.1)");
    expect(all).toContain("Số chỉ báo chưa đủ số liệu: 02 (chỉ báo 3.1.2, 3.2.3)");
    expect(html).toContain('<p class="conclusion">Kết luận: <strong>Không đạt</strong>, do chỉ báo 3.1.1 chưa đạt.</p>');
    expect(all).toContain("Bộ quy tắc: Bộ tiêu chí huyện học tập (thí điểm) (huyen-hoc-tap, phiên bản 2021.1.0)");
    expect(all).toContain(`Mã băm bộ quy tắc: ${result.pack.digest}`);
    expect(all).toContain(`Mã băm dữ liệu báo cáo: ${result.reportDigest}`);
    expect(all).toContain(`Phần mềm đánh giá: huyen-hoc-tap ${result.engine.version}`);
    expect(all).toContain("Chữ ký bộ quy tắc: chưa xác minh");
    expect(all.indexOf("Kết luận")).toBeLessThan(all.indexOf("Mã băm bộ quy tắc"));
  });

  it("is in English on request", () => {
    const en = renderReport(result, { format: "html", lang: "en" });
    expect(en).toContain('<html lang="en">');
    expect([...en.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((m) => m[1])).toEqual(["No.", "Indicator", "Requirement", "Figures and evidence", "Computed", "Self-assessment", "Verdict"]);
    expect(en).toContain('<p class="conclusion">Conclusion: <strong>Not met</strong>, because indicator 3.1.1 is not met.</p>');
    expect(en).toContain("(Attached to report No. 417/BC-UBND of 13 January 2023)");
    expect(en).toContain("Page &quot; counter(page)".replace("&quot;", '"'));
  });
});

describe("every text is escaped", () => {
  const hostile = thapMuoi();
  hostile["district"] = '<script>alert("x")</script> & Co';
  hostile["province"] = "<img src=x onerror=alert(1)>";
  (hostile["report"] as Record<string, unknown>)["number"] = "1|2 <b>";
  (hostile.indicators["1.2.2"] as { evidence: { description: string }[] }).evidence[0]!.description = "</td></tr><script>bad()</script>";
  const r = evaluate(hostile);

  it("in HTML", () => {
    const out = renderReport(r, { format: "html" });
    expect(out).not.toMatch(/<script|<img|<b>|<\/td><\/tr><script/);
    expect(out).toContain("Huyện &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(out).toContain("&lt;/td&gt;&lt;/tr&gt;&lt;script&gt;bad()&lt;/script&gt;");
    expect(out.match(/<tr class="indicator /g)).toHaveLength(16);
  });

  it("in Markdown", () => {
    const out = renderReport(r, { format: "markdown" });
    expect(out).not.toMatch(/(^|[^\\])<script/);
    expect(out).toContain("\\<script\\>");
    expect(out).toContain("1\\|2 \\<b\\>");
    const tableRows = out.split("\n").filter((l) => /^\| \d+ \|/.test(l));
    expect(tableRows).toHaveLength(16);
    for (const line of tableRows) expect(line.split(/(?<!\\)\|/).length).toBe(9);
  });
});

describe("the Markdown appendix", () => {
  const md = renderReport(result, { format: "markdown" });

  it("has the heading, a 7-column table grouped by standard and criterion, the summary and the foot", () => {
    expect(md).toMatch(/^# PHỤ LỤC\n\n## Đánh giá kết quả thực hiện Bộ tiêu chí huyện học tập \(thí điểm\)\n\n\*\*Huyện Tháp Mười, tỉnh Đồng Tháp, năm 2022\*\*/);
    expect(md).toContain("| STT | Chỉ báo | Yêu cầu | Số liệu và minh chứng | Kết quả tính | Tự đánh giá | Kết quả |");
    expect(md).toContain("|  | **Tiêu chuẩn 1. Các điều kiện cơ bản để xây dựng huyện học tập** |  |  |  |  | **Đạt** |");
    expect(md).toContain("|  | *Tiêu chí 3.1. Góp phần thúc đẩy tăng trưởng kinh tế bền vững gắn liền với bảo vệ môi trường* |  |  |  |  | Không đạt |");
    expect(md).toMatch(/\| 12 \| 3\.1\.1\. Tỷ lệ hộ nghèo .* \| 1,83 − 1,39 = 0,44 điểm phần trăm \| Chưa đạt \| \*\*Chưa đạt\*\* \|/);
    expect(md).toMatch(/\| 13 \| 3\.1\.2\. .*\| Đạt \| \*\*Chưa đủ số liệu\*\*<br>⚠ tự đánh giá “Đạt” nhưng báo cáo không nêu đủ số liệu, minh chứng để kiểm chứng \|/);
    expect(md).toContain("- Kết luận: **Không đạt**, do chỉ báo 3.1.1 chưa đạt.");
    expect(md).toContain(`- Mã băm bộ quy tắc: \`${result.pack.digest}\``);
    expect(md).not.toContain("Diễn giải cách tính");
  });

  it("adds each indicator's computation when the result carries traces", () => {
    const withTrace = renderReport(evaluate(thapMuoi(), { trace: true }), { format: "markdown" });
    expect(withTrace).toContain("### Diễn giải cách tính");
    expect(withTrace).toContain("**2.1.2**\n\n- good = 12 (số xã, thị trấn xếp loại Tốt)");
    expect(withTrace).toContain("- (good + fair) × 100 ÷ total = 13 × 100 ÷ 13 = 100\n- 100% ≥ 70% → đúng");
    expect(renderReport(evaluate(thapMuoi(), { trace: true }), { format: "markdown", trace: false })).not.toContain("Diễn giải cách tính");
    expect(renderReport(evaluate(thapMuoi(), { trace: true }), { format: "html" })).toContain('<li class="comparison">0,44 điểm phần trăm ≥ 1,5 điểm phần trăm → sai</li>');
  });

  it("says under the trace heading, asked for a result that carries no trace, that there is none and how to get one", () => {
    const vi = "Kết quả này không kèm diễn giải cách tính; để có phần này, hãy đánh giá lại với evaluate(report, { trace: true }), hoặc với lệnh huyen-hoc-tap evaluate --trace.";
    const en = "This result carries no trace of its computations; to get this section, evaluate again with evaluate(report, { trace: true }), or with the command huyen-hoc-tap evaluate --trace.";
    expect(renderReport(result, { format: "markdown", trace: true })).toContain(`### Diễn giải cách tính\n\n${vi}\n\n---\n`);
    expect(renderReport(result, { format: "markdown", trace: true, lang: "en" })).toContain(`### How each value was computed\n\n${en}\n\n---\n`);
    expect(renderReport(result, { format: "html", trace: true })).toContain(`<h2 id="trace-heading">Diễn giải cách tính</h2>\n<p class="trace-missing">${vi}</p>\n</section>`);
    expect(renderReport(result, { format: "html", trace: true, lang: "en" })).toContain(`<p class="trace-missing">${en}</p>`);
    // Not said when the result carries traces, nor without the section.
    expect(renderReport(evaluate(thapMuoi(), { trace: true }), { format: "html", trace: true })).not.toContain("trace-missing");
    expect(renderReport(result, { format: "markdown" })).not.toContain(vi);
  });
});

describe("without the pack that produced the result", () => {
  const foreign = JSON.parse(JSON.stringify(evaluate(thapMuoi()))) as typeof result;
  foreign.pack.digest = "sha256:0000";

  it("still renders every row from the result alone (a stored JSON result of an unknown pack)", () => {
    const out = renderReport(foreign, { format: "html" });
    expect(out.match(/<tr class="indicator /g)).toHaveLength(16);
    expect(text(rowOf(out, "2.1.1"))).toContain("yêu cầu tối thiểu 70%");
    expect(out).toContain('<p class="conclusion">Kết luận: <strong>Không đạt</strong>, do chỉ báo 3.1.1 chưa đạt.</p>');
  });

  it("says under the heading that the pack is missing and how to give it, in the chosen language", () => {
    const vi = "Không có bộ quy tắc đã dùng để đánh giá (huyen-hoc-tap 2021.1.0, sha256:0000) nên phụ lục không hiển thị nội dung chỉ báo, nhãn số liệu và phép tính, yêu cầu chỉ ghi ngưỡng; hãy truyền bộ quy tắc đó (options.pack).";
    const out = renderReport(foreign, { format: "html" });
    expect(out).toContain(`</header>\n<p class="pack-missing" role="note">⚠ ${vi}</p>\n<table class="appendix">`);
    expect(renderReport(foreign, { format: "markdown" })).toContain(`**Huyện Tháp Mười, tỉnh Đồng Tháp, năm 2022**\n\n(Kèm theo Báo cáo số 417/BC-UBND ngày 13 tháng 01 năm 2023)\n\n> ⚠ ${vi}\n`);
    expect(renderReport(foreign, { format: "html", lang: "en" })).toContain("⚠ The rule pack that judged this result (huyen-hoc-tap 2021.1.0, sha256:0000) is not available, so the appendix shows no indicator wordings, figure labels or computations, and requirements give only the threshold; pass that pack (options.pack).");
    expect(renderReport(foreign, { format: "markdown", lang: "en" })).toContain("> ⚠ The rule pack that judged this result (huyen-hoc-tap 2021.1.0, sha256:0000) is not available");
  });

  it("says nothing about the pack when it is bundled or given", () => {
    const pack = readJson<RulePack>("rules/huyen-hoc-tap/2021.json");
    expect(html).not.toContain('class="pack-missing"');
    expect(renderReport(result, { format: "markdown" })).not.toContain("Không có bộ quy tắc");
    const own = evaluate(thapMuoi(), { pack });
    expect(renderReport(own, { format: "html", pack })).not.toContain('class="pack-missing"');
  });

  it("refuses a given pack that is not the one that judged the result (its wording would sit beside verdicts it did not reach)", () => {
    const pack = readJson<RulePack>("rules/huyen-hoc-tap/2021.json");
    const own = evaluate(thapMuoi(), { pack });
    const error = refusal(() => renderReport({ ...own, pack: { ...own.pack, digest: `sha256:${"0".repeat(64)}` } }, { format: "html", pack }));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.text.vi).toContain("không phải bộ quy tắc đã đánh giá kết quả này");
    expect(error.text.en).toContain("is not the rule pack that judged this result");
  });

  it("renders a stored JSON result of the bundled pack exactly like the live one", () => {
    expect(renderReport(JSON.parse(JSON.stringify(result)) as typeof result, { format: "html" })).toBe(html);
  });
});

describe("other shapes of result", () => {
  const other = evaluate(reportWith({
    "2.1.1": { total: 10 },
    "2.2.3": { total: 0, withOpenResources: 0 },
    "2.2.4": { total: 10, covered: 8, percent: 60, selfAssessment: "not_met" },
    "1.1.1": { evidence: [], selfAssessment: "met" },
  }));
  const out = renderReport(other, { format: "html" });

  it("has no reference line without a report document", () => {
    expect(out).not.toContain('class="doc-ref"');
    expect(renderReport(other, { format: "markdown" })).not.toContain("Kèm theo");
  });

  it("shows partial figures with what is missing, a not-applicable row, an empty evidence list and disagreeing measures", () => {
    expect(text(rowOf(out, "2.1.1"))).toContain("Tổng số cơ quan, đơn vị cấp huyện được đánh giá: 10");
    expect(text(rowOf(out, "2.1.1"))).toContain("Báo cáo không nêu: tỷ lệ đơn vị xếp loại Khá trở lên (%) (hoặc số đơn vị xếp loại Tốt và số đơn vị xếp loại Khá)");
    expect(text(rowOf(out, "2.1.1"))).toContain("Tỷ lệ đơn vị xếp loại Khá trở lên (%) ≥ 70%");
    expect(rowOf(out, "2.2.3")).toContain('<td class="computed">—</td><td class="self">Không nêu</td><td class="verdict"><strong>Không áp dụng</strong>');
    expect(text(rowOf(out, "1.1.1"))).toContain("Không có văn bản, minh chứng nào");
    expect(text(rowOf(out, "1.1.1"))).toContain("0 mục → sai");
    expect(text(rowOf(out, "1.1.1"))).toContain("⚠ tự đánh giá “Đạt” nhưng kết quả tính là “Chưa đạt”");
    expect(text(rowOf(out, "2.2.4"))).toContain("8 × 100 ÷ 10 = 80%");
    expect(text(rowOf(out, "2.2.4"))).toContain("⚠ số liệu không khớp");
  });

  it("shows the warnings of the evaluation", () => {
    const pack = readJson<RulePack>("rules/huyen-hoc-tap/2021.json");
    const late = evaluate({ ...thapMuoi(), year: 2025 }, { pack });
    expect(late.warnings.map((w) => w.code)).toEqual(["PACK_NOT_IN_FORCE"]);
    const html2 = renderReport(late, { format: "html", pack });
    expect(html2).toContain('<section class="warnings"><h2>Lưu ý</h2>');
    expect(renderReport(late, { format: "markdown", lang: "en", pack })).toContain("### Warnings");
  });
});

describe("the district and province in the heading", () => {
  const render = (district: string, province: string, format: "html" | "markdown", lang: "vi" | "en" = "vi"): string =>
    renderReport(evaluate({ ...thapMuoi(), district, province }), { format, lang });
  const place = (out: string): string => text(/<p class="doc-place">(.*?)<\/p>/.exec(out)?.[1] ?? "");
  const title = (out: string): string => text(/<title>(.*?)<\/title>/.exec(out)?.[1] ?? "");

  it.each([
    // district, province, Vietnamese place, English place
    ["Tháp Mười", "Đồng Tháp", "Huyện Tháp Mười, tỉnh Đồng Tháp", "Tháp Mười district, Đồng Tháp province"],
    ["Huyện Tháp Mười", "Tỉnh Đồng Tháp", "Huyện Tháp Mười, Tỉnh Đồng Tháp", "Tháp Mười district, Đồng Tháp province"],
    ["HUYỆN Tháp Mười", "TỈNH ĐỒNG THÁP", "HUYỆN Tháp Mười, TỈNH ĐỒNG THÁP", "Tháp Mười district, ĐỒNG THÁP province"],
    ["Sóc Sơn", "Hà Nội", "Huyện Sóc Sơn, thành phố Hà Nội", "Sóc Sơn district, Hà Nội city"],
    ["Thị xã Sơn Tây", "hà  nội", "Thị xã Sơn Tây, thành phố hà  nội", "Sơn Tây town, hà  nội city"],
    ["Củ Chi", "Thành phố Hồ Chí Minh", "Huyện Củ Chi, Thành phố Hồ Chí Minh", "Củ Chi district, Hồ Chí Minh city"],
    ["Quận 1", "TP. Hồ Chí Minh", "Quận 1, TP. Hồ Chí Minh", "District 1, Hồ Chí Minh city"],
    ["Bình Chánh", "TP.HCM", "Huyện Bình Chánh, TP.HCM", "Bình Chánh district, HCM city"],
    ["thành phố Sa Đéc", "Đồng Tháp", "Thành phố Sa Đéc, tỉnh Đồng Tháp", "Sa Đéc city, Đồng Tháp province"],
    ["tp. Sa Đéc", "Đồng Tháp", "Tp. Sa Đéc, tỉnh Đồng Tháp", "Sa Đéc city, Đồng Tháp province"],
    ["Thủy Nguyên", "Hải Phòng", "Huyện Thủy Nguyên, thành phố Hải Phòng", "Thủy Nguyên district, Hải Phòng city"],
    ["Hòa Vang", "ĐÀ NẴNG", "Huyện Hòa Vang, thành phố ĐÀ NẴNG", "Hòa Vang district, ĐÀ NẴNG city"],
    ["Phong Điền".normalize("NFD"), "Cần Thơ".normalize("NFD"), "Huyện Phong Điền, thành phố Cần Thơ", "Phong Điền district, Cần Thơ city"],
    ["Phú Vang", "Huế", "Huyện Phú Vang, thành phố Huế", "Phú Vang district, Huế city"],
    ["Phú Vang", "Thừa Thiên Huế", "Huyện Phú Vang, tỉnh Thừa Thiên Huế", "Phú Vang district, Thừa Thiên Huế province"],
    ["Thuận Thành", "Bắc Ninh", "Huyện Thuận Thành, tỉnh Bắc Ninh", "Thuận Thành district, Bắc Ninh province"],
  ])("%s, %s → “%s” / “%s”", (district, province, vi, en) => {
    expect(place(render(district, province, "html"))).toBe(`${vi}, năm 2022`);
    expect(render(district, province, "markdown")).toContain(`\n**${vi}, năm 2022**\n`);
    expect(place(render(district, province, "html", "en"))).toBe(`${en}, year 2022`);
  });

  it.each([
    ["Tháp Mười", "Phụ lục đánh giá huyện học tập: huyện Tháp Mười, năm 2022", "Learning district evaluation appendix: Tháp Mười district, 2022"],
    ["Huyện Tháp Mười", "Phụ lục đánh giá huyện học tập: Huyện Tháp Mười, năm 2022", "Learning district evaluation appendix: Tháp Mười district, 2022"],
    ["thành phố Sa Đéc", "Phụ lục đánh giá huyện học tập: thành phố Sa Đéc, năm 2022", "Learning district evaluation appendix: Sa Đéc city, 2022"],
  ])("titles the page of %s without a doubled word", (district, vi, en) => {
    expect(title(render(district, "Đồng Tháp", "html"))).toBe(vi);
    expect(title(render(district, "Đồng Tháp", "html", "en"))).toBe(en);
  });
});

describe("long words", () => {
  it("break inside the page everywhere, not only in table cells (a 150-character district name)", () => {
    const long = "Đ".repeat(150);
    const out = renderReport(evaluate({ ...thapMuoi(), district: long, province: long }), { format: "html" });
    expect(out).toContain(`<p class="doc-place">Huyện ${long}, tỉnh ${long}, năm 2022</p>`);
    // Every text of the document (heading, place, captions, summary, foot) is inside <main>, which lets words break.
    const main = /\nmain \{([^}]*)\}/.exec(out)?.[1] ?? "";
    expect(main).toMatch(/overflow-wrap: anywhere;/);
    expect(out.slice(out.indexOf("<body>"))).toMatch(/^<body>\n<main>\n[\s\S]*<\/main>\n<\/body>\n<\/html>\n$/);
  });
});

describe("Markdown shows the text as the report writes it", () => {
  const md = (district: string): string => renderReport(evaluate({ ...thapMuoi(), district }), { format: "markdown" });

  it.each([
    ["A &amp; B", "A \\&amp; B"],
    ["A &#38; B &copy;", "A \\&\\#38; B \\&copy;"],
    ["~~gạch~~ $x$", "\\~\\~gạch\\~\\~ \\$x\\$"],
    ["**đậm** _nghiêng_ `mã` [liên kết](x)", "\\*\\*đậm\\*\\* \\_nghiêng\\_ \\`mã\\` \\[liên kết\\](x)"],
    ["dòng 1\r- dòng 2", "dòng 1 - dòng 2"],
  ])("escapes %j", (district, escaped) => {
    expect(md(district)).toContain(`\n**Huyện ${escaped}, tỉnh Đồng Tháp, năm 2022**\n`);
  });

  it("keeps a digest with backticks inside one code span", () => {
    const stored = JSON.parse(JSON.stringify(result)) as typeof result & { reportDigest: string };
    stored.reportDigest = "sha256:`x`` y";
    expect(renderReport(stored, { format: "markdown" })).toContain("- Mã băm dữ liệu báo cáo: ```sha256:`x`` y```\n");
  });
});

describe("the conclusion's verdict in bold, in both languages", () => {
  // Tháp Mười: not met; with 3.1.1 met: cannot conclude (3.1.2, 3.2.3 lack figures); with every figure: met.
  const blocks = { "3.1.1": { previousRate: 3.5, currentRate: 1 }, "3.1.2": { percent: 95 }, "3.2.3": { total: 10, withWomen: 6 } };
  const withBlocks = (ids: (keyof typeof blocks)[]): Record<string, unknown> => {
    const report = thapMuoi();
    for (const id of ids) report.indicators[id] = blocks[id];
    return report;
  };
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["not met", thapMuoi(), "Kết luận: **Không đạt**, do chỉ báo 3.1.1 chưa đạt.", "Conclusion: **Not met**, because indicator 3.1.1 is not met."],
    ["insufficient data", withBlocks(["3.1.1"]), "Kết luận: **Chưa đủ căn cứ kết luận**, do chỉ báo 3.1.2, 3.2.3 chưa đủ số liệu.", "Conclusion: **Cannot conclude**, because indicators 3.1.2, 3.2.3 lack data."],
    ["met", withBlocks(["3.1.1", "3.1.2", "3.2.3"]), "Kết luận: **Đạt**.", "Conclusion: **Met**."],
  ];

  it.each(cases)("%s, in Markdown and HTML", (_name, report, vi, en) => {
    const r = evaluate(report);
    expect(renderReport(r, { format: "markdown" })).toContain(`\n- ${vi}\n`);
    expect(renderReport(r, { format: "markdown", lang: "en" })).toContain(`\n- ${en}\n`);
    const html = (line: string): string => `<p class="conclusion">${line.replace(/\*\*(.+?)\*\*/, "<strong>$1</strong>")}</p>`;
    expect(renderReport(r, { format: "html" })).toContain(html(vi));
    expect(renderReport(r, { format: "html", lang: "en" })).toContain(html(en));
  });

  it("the words set in bold are in every conclusion the library writes (a pack counting not applicable as failing too)", () => {
    const pack = readJson<RulePack>("rules/huyen-hoc-tap/2021.json");
    pack.conclusion.notApplicable = "fail";
    delete pack.tests;
    const failing = evaluate(reportWith({ "2.2.3": { total: 0 } }), { pack });
    expect(failing.verdict).toBe("not_met");
    for (const r of [...cases.map(([, report]) => evaluate(report)), failing]) {
      for (const lang of ["vi", "en"] as const) {
        const md = renderReport(r, { format: "markdown", lang, ...(r === failing ? { pack } : {}) });
        expect(md.split("\n").find((l) => /^- (Kết luận|Conclusion):/.test(l)), `${r.verdict} ${lang}`).toMatch(/^- [^*]+: \*\*[^*]+\*\*[,.]/);
      }
    }
  });
});
