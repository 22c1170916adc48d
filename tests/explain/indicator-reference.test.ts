import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainPack, renderIndicatorReference } from "../../src/index.js";
import type { RulePack } from "../../src/index.js";
import { readJson, repoPath } from "../helpers.js";

const reference = renderIndicatorReference();
/** A pack's text as the reference writes it in Markdown: no HTML, no links (see the test of a hostile pack below). */
const md = (s: string | undefined): string => (s ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\[\]])/g, "\\$1");

describe("docs/indicators.md", () => {
  it("is up to date with the bundled pack (regenerate with npm run docs:indicators)", () => {
    expect(readFileSync(repoPath("docs/indicators.md"), "utf8")).toBe(reference);
  });

  it("lists every indicator with its wording, rule, formula, threshold, fields and legal basis, in Vietnamese and English", () => {
    const vi = explainPack();
    const en = explainPack(undefined, { lang: "en" });
    vi.indicators.forEach((v, i) => {
      const e = en.indicators[i];
      expect(reference).toContain(`#### ${v.id}\n`);
      for (const s of [md(v.wording), md(v.sentence), md(e?.wording), md(e?.sentence), `\`${v.formula}\``]) expect(reference).toContain(s);
      for (const f of v.fields) expect(reference).toContain(`| \`${f.name}\` | ${md(f.label)} |`);
      if (v.threshold) expect(reference).toContain(`\`${v.threshold.name}\` = ${md(v.threshold.text)}`);
      if (v.note) expect(reference).toContain(md(v.note));
    });
    expect(reference).toContain("5196/BGDĐT-GDTX ngày 12/11/2021");
    expect(reference).toContain(`\`${vi.digest}\``);
  });

  it("states the interpretations the pack makes, with the indicators they concern", () => {
    expect(reference).toContain("**Không có đối tượng → không áp dụng.**");
    expect(reference).toContain("   - 2.2.3: Không áp dụng khi tổng số Trung tâm GDTX, GDNN-GDTX (hoặc cơ sở thực hiện GDTX) = 0.");
    expect(reference).toContain("**Thiếu số liệu → chưa đủ số liệu, không bao giờ tính là 0.**");
    expect(reference).toContain("   - 2.1.1: `counts` (`total`, `good`, `fair`) → `percent` (`percent`)");
    expect(reference).toContain("**Số thập phân chính xác.**");
    expect(reference).toContain("   - 3.1.1: Giá trị được làm tròn đến 2 chữ số thập phân trước khi so sánh");
    expect(reference).toContain("**“Dưới” và “trên” là so sánh ngặt.**");
    expect(reference).toMatch(/ {3}- 3\.2\.2: .* &lt; 0,05% \/ \*.* &lt; 0\.05%\*/);
    expect(reference).toContain("Chỉ báo không áp dụng được bỏ qua.");
    expect(reference).toContain("| `minPovertyRateFall` | 1,5 điểm phần trăm / 1.5 percentage points |");
  });

  it("changes when the pack changes", () => {
    const pack = readJson<RulePack>("rules/huyen-hoc-tap/2021.json");
    pack.thresholds["minShareWasteTreated"]!.value = 95;
    const changed = renderIndicatorReference(pack);
    expect(changed).not.toBe(reference);
    expect(changed).toContain("| `minShareWasteTreated` | 95% / 95% |");
    expect(changed).toContain("≥ 95%.");
  });
});

describe("a pack's texts in the reference (the pack may come from anyone: renderIndicatorReference takes any pack)", () => {
  it("are shown as written, never as HTML, links or images, wherever they appear", () => {
    const pack = readJson<RulePack & { tests?: unknown }>("rules/huyen-hoc-tap/2021.json");
    delete pack.tests;
    const hostile = "<img src=x onerror=alert(1)> [a](javascript:alert(2)) & <script>alert(3)</script> \\[b\\](https://evil.example)";
    const indicator = pack.standards[1]?.criteria[0]?.indicators[0] as unknown as Record<string, unknown>;
    indicator["note"] = { vi: hostile, en: hostile };
    indicator["text"] = { vi: hostile, en: hostile };
    (pack.standards[0] as unknown as { title: { vi: string; en: string } }).title = { vi: hostile, en: hostile };
    (pack.title as { vi: string }).vi = hostile;
    const threshold = Object.values(pack.thresholds)[0] as { label: { vi: string; en: string } };
    threshold.label = { vi: hostile, en: hostile };
    const out = renderIndicatorReference(pack);
    // Raw tags, or a bracket that is not backslash-escaped before "(javascript:", would be HTML or a link.
    expect(out).not.toMatch(/<img|<script|[^\\]\]\(javascript/);
    // A backslash the pack wrote is escaped too: else "\[b\](…)" would become an escaped backslash and a link.
    expect(out).toContain("\\\\\\[b\\\\\\](https://evil.example)");
    expect(out).toContain("&lt;img src=x onerror=alert(1)&gt; \\[a\\](javascript:alert(2)) &amp; &lt;script&gt;");
    expect(out.split("&lt;img src=x").length - 1).toBe(11); // the title, the threshold (table and row), the standard, the wording, the note
  });
});
