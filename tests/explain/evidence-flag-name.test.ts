import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import { cutAtWord } from "../../src/explain/cut-at-word.js";
import { thapMuoi } from "../helpers.js";

/** The flags of 1.2.2 in the Tháp Mười report with one more evidence item, dated after the report (13/01/2023). */
function flagsWith(item: Record<string, unknown>): { ref: unknown; vi: string; en: string }[] {
  const report = thapMuoi();
  (report.indicators["1.2.2"]?.["evidence"] as unknown[]).push({ date: "2023-03-01", ...item });
  const indicator = evaluate(report).indicators.find((i) => i.id === "1.2.2");
  return (indicator?.flags ?? []).map((f) => ({ ref: f.params["ref"], vi: f.message.vi, en: f.message.en }));
}

const LONG = "Hội nghị tổng kết phong trào khuyến học, khuyến tài và xây dựng xã hội học tập năm 2022";

describe("an evidence flag names a description-only item by its start, cut at a word's end and quoted", () => {
  it("never in the middle of a word, with an ellipsis, in both languages", () => {
    const [flag] = flagsWith({ description: LONG });
    expect(flag?.vi).toBe("văn bản “Hội nghị tổng kết phong trào khuyến học, khuyến tài và xây…” ghi ngày 01/03/2023, sau ngày báo cáo (13/01/2023)");
    expect(flag?.en).toBe("document “Hội nghị tổng kết phong trào khuyến học, khuyến tài và xây…” is dated 01/03/2023, after the report's date 13/01/2023");
  });

  it("the same from NFD text; a short description whole; a document number as it is", () => {
    expect(flagsWith({ description: LONG.normalize("NFD") })[0]?.ref).toBe("“Hội nghị tổng kết phong trào khuyến học, khuyến tài và xây…”");
    expect(flagsWith({ description: "Kế hoạch năm 2023" })[0]?.ref).toBe("“Kế hoạch năm 2023”");
    expect(flagsWith({ ref: "12/KH-UBND", description: LONG })[0]?.ref).toBe("12/KH-UBND");
  });
});

describe("cutAtWord", () => {
  it("keeps a text of up to 60 characters (code points, in NFC) whole", () => {
    const sixty = "ừ".repeat(60);
    expect(cutAtWord(sixty.normalize("NFD"))).toBe(sixty);
    expect(cutAtWord(`  ${"a".repeat(59)}  `)).toBe("a".repeat(59));
  });

  it("cuts before a space, leaving out the punctuation before it", () => {
    expect(cutAtWord(`${"a".repeat(50)}, bbbbbbbbbbbbbb`)).toBe(`${"a".repeat(50)}…`);
    // 🎓 is a surrogate pair: the words around it stay whole.
    expect(cutAtWord(`${"🎓 ".repeat(30)}x`)).toBe(`${"🎓 ".repeat(29)}🎓…`);
  });

  it("cuts a first word longer than 60 characters between characters, never before a combining mark or inside a pair", () => {
    const marks = "q\u0323\u0301".repeat(30); // no precomposed form of q: its combining marks stay in NFC
    const cut = cutAtWord(marks);
    expect(cut.endsWith("…")).toBe(true);
    expect(/\p{M}/u.test(cut.slice(-1))).toBe(false);
    expect(cut.slice(0, -1).normalize("NFC")).toBe(cut.slice(0, -1));
    expect((cut.length - 1) % 3).toBe(0);
    const pairs = cutAtWord("🎓".repeat(61));
    expect(pairs).toBe(`${"🎓".repeat(60)}…`);
  });
});
