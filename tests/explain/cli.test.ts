import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../../src/cli/main.js";
import { USAGE } from "../../src/cli/usage.js";
import { evaluate, explainPack, renderReport } from "../../src/index.js";
import type { RulePack } from "../../src/index.js";
import { fakeIo, readJson, repoPath, thapMuoi } from "../helpers.js";

const fixture = repoPath("tests/fixtures/thap-muoi-2022.json");
const dir = mkdtempSync(join(tmpdir(), "hht-explain-"));

const run = async (argv: string[]): Promise<{ code: number; out: string; err: string }> => {
  const { io, out, err } = fakeIo();
  const code = await runMain(argv, io);
  return { code, out: out(), err: err() };
};

describe("huyen-hoc-tap explain", () => {
  it("prints all 16 indicators of the pilot pack in Vietnamese, generated from the rules (exit 0)", async () => {
    const { code, out } = await run(["explain"]);
    expect(code).toBe(0);
    for (const i of explainPack().indicators) {
      expect(out).toContain(`    ${i.id}. ${i.wording}\n`);
      expect(out).toContain(`      Quy tắc: ${i.sentence}\n`);
      expect(out).toContain(`      Công thức: ${i.formula}\n`);
    }
    expect(out).toContain("Tiêu chuẩn 1. Các điều kiện cơ bản để xây dựng huyện học tập\n  Tiêu chí 1.1. ");
    expect(out).toContain("      Ngưỡng: minShareLearningUnits = 70% (Tỷ lệ tối thiểu cơ quan, đơn vị cấp huyện xếp loại “Đơn vị học tập” từ Khá trở lên)");
    expect(out).toContain("      Ghi chú của người soạn quy tắc: “Dưới 0,05%” là so sánh ngặt: đúng 0,05% là chưa đạt.");
  });

  it("prints them in English with --lang en", async () => {
    const { code, out } = await run(["explain", "--lang", "en"]);
    expect(code).toBe(0);
    for (const i of explainPack(undefined, { lang: "en" }).indicators) expect(out).toContain(`      Rule: ${i.sentence}\n`);
    expect(out).toContain("      Rounding: The value is rounded to 2 decimal places before it is compared.");
  });

  it("writes a formula's readings in words with the field's label (bug: “Công thức: có ít nhất một evidence”)", async () => {
    const vi = await run(["explain", "--indicator", "1.1.1"]);
    expect(vi.out).toContain("      Công thức: có ít nhất một văn bản, minh chứng\n");
    const en = await run(["explain", "--indicator", "1.1.1", "--lang", "en"]);
    expect(en.out).toContain("      Formula: the list of documents and evidence has at least one item\n");
  });

  it("explains one indicator with --indicator", async () => {
    const { code, out } = await run(["explain", "--indicator", "3.1.1"]);
    expect(code).toBe(0);
    expect(out).toContain("      Quy tắc: Đạt khi tỷ lệ hộ nghèo năm trước (%) − tỷ lệ hộ nghèo năm đánh giá (%) ≥ 1,5 điểm phần trăm.");
    expect(out).not.toContain("2.1.1.");
  });

  it("exits 2 with a clear message for an unknown indicator, a bad language or a stray argument", async () => {
    const unknown = await run(["explain", "--indicator", "4.4.4"]);
    expect(unknown.code).toBe(2);
    expect(unknown.out).toBe("");
    expect(unknown.err).toContain("INVALID_ARGUMENT: Tham số không hợp lệ: không có chỉ báo “4.4.4” trong bộ quy tắc huyen-hoc-tap 2021.1.0; các chỉ báo: 1.1.1,");
    expect(unknown.err).toContain("there is no indicator “4.4.4”");
    expect((await run(["explain", "--lang", "fr"])).code).toBe(2);
    expect((await run(["explain", "rules.json"])).code).toBe(2);
    expect((await run(["explain", "--bogus"])).code).toBe(2);
  });

  it("explains a pack file given with --pack: a ministry's new rule explains itself", async () => {
    const pack = readJson<RulePack>("rules/huyen-hoc-tap/2021.json");
    pack.version = "2024.0.0-draft";
    pack.thresholds["minShareFreeWifi"]!.value = 80;
    const file = join(dir, "draft.json");
    writeFileSync(file, JSON.stringify(pack));
    const { code, out } = await run(["explain", "--pack", file, "--indicator", "2.2.4"]);
    expect(code).toBe(0);
    expect(out).toContain("huyen-hoc-tap 2024.0.0-draft");
    expect(out).toContain("≥ 80%; hoặc, nếu không có số liệu trên: tỷ lệ xã, thị trấn có wifi miễn phí (%) ≥ 80%.");
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{}");
    const refused = await run(["explain", "--pack", bad]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("PACK_INVALID");
  });

  it("is in the help", () => {
    expect(USAGE).toContain("huyen-hoc-tap explain [--pack <pack.json>] [--indicator <id>] [--lang vi|en]");
    expect(USAGE).toContain("--format text|json|markdown|html] [--trace]");
  });
});

describe("huyen-hoc-tap evaluate --format html|markdown, --trace", () => {
  it("--format html prints the appendix (exit 1 for Tháp Mười)", async () => {
    const { code, out } = await run(["evaluate", fixture, "--format", "html"]);
    expect(code).toBe(1);
    expect(out).toBe(renderReport(evaluate(thapMuoi()), { format: "html" }));
    expect(out).toContain('<html lang="vi">');
    expect((await run(["evaluate", fixture, "--format", "html", "--lang", "en"])).out).toContain('<html lang="en">');
  });

  it("--format markdown prints the appendix as Markdown", async () => {
    const { code, out } = await run(["evaluate", fixture, "--format", "markdown"]);
    expect(code).toBe(1);
    expect(out).toBe(renderReport(evaluate(thapMuoi()), { format: "markdown" }));
    expect(out).toContain("| STT | Chỉ báo | Yêu cầu | Số liệu và minh chứng | Kết quả tính | Tự đánh giá | Kết quả |");
  });

  it("--trace shows the computation lines in text and in Markdown, and the tree in JSON", async () => {
    const text = await run(["evaluate", fixture, "--trace"]);
    expect(text.code).toBe(1);
    expect(text.out).toContain("· good = 12 (số xã, thị trấn xếp loại Tốt)");
    expect(text.out).toContain("  (good + fair) × 100 ÷ total = 13 × 100 ÷ 13 = 100\n");
    expect(text.out).toContain("  0,44 điểm phần trăm ≥ 1,5 điểm phần trăm → sai\n");
    const en = await run(["evaluate", fixture, "--trace", "--lang", "en"]);
    expect(en.out).toContain("100% ≥ 70% → true");
    const md = await run(["evaluate", fixture, "--trace", "--format", "markdown"]);
    expect(md.out).toContain("### Diễn giải cách tính");
    expect(md.out).toContain("- previousRate − currentRate = 1,83 − 1,39 = 0,44");
    const json = await run(["evaluate", fixture, "--trace", "--format", "json"]);
    expect(JSON.parse(json.out).indicators[6].trace.comparison).toEqual({ compare: ">=", value: 100, threshold: 70 });
    expect((await run(["evaluate", fixture])).out).not.toContain("good + fair");
  });

  it("the text format shows the auditor's flags under each indicator", async () => {
    const { out } = await run(["evaluate", fixture]);
    expect(out).toMatch(/3\.2\.3 +Chưa đủ số liệu +Chưa đủ số liệu: .*\n +⚠ tự đánh giá “Đạt” nhưng báo cáo không nêu đủ số liệu, minh chứng để kiểm chứng/);
  });

  it("--format pdf is refused (exit 2)", async () => {
    const { code, err } = await run(["evaluate", fixture, "--format", "pdf"]);
    expect(code).toBe(2);
    expect(err).toContain("--format: text | json | markdown | html");
  });
});
