import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { evaluate, renderReport } from "../../src/index.js";
import { appendixHtml } from "./appendix.mjs";
import { launchChromium, openHtml } from "./chromium.mjs";

// The Tháp Mười evaluation appendix, as an auditor opens and prints it, in a real Chromium.
const { html, result } = appendixHtml({ evaluate, renderReport });

let browser: { context: BrowserContext; close(): Promise<void> };
let page: Page;
let requests: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, requests } = await openHtml(browser.context, html));
});

afterAll(async () => {
  await browser?.close();
});

describe("the HTML appendix of Tháp Mười in Chromium", () => {
  it("loads without a single network request", () => {
    expect(requests).toEqual([]);
  });

  it("shows all 16 indicator rows, in pack order, each with its verdict", async () => {
    const rows = page.locator("tr.indicator");
    expect(await rows.count()).toBe(16);
    for (let i = 0; i < 16; i++) await expect.poll(() => rows.nth(i).isVisible()).toBe(true);
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id")));
    expect(ids).toEqual(result.indicators.map((r) => r.id));
    const verdicts = await rows.locator("td.verdict strong").allInnerTexts();
    expect(verdicts).toEqual(result.indicators.map((r) => r.label.vi));
  });

  it("shows the flags of 3.1.2 and 3.2.3 and the conclusion", async () => {
    for (const id of ["3.1.2", "3.2.3"]) {
      const flag = page.locator(`tr[data-id="${id}"] p.flag`);
      expect(await flag.isVisible()).toBe(true);
      expect(await flag.innerText()).toContain("tự đánh giá “Đạt” nhưng báo cáo không nêu đủ số liệu");
    }
    const conclusion = page.locator("p.conclusion");
    expect(await conclusion.isVisible()).toBe(true);
    expect(await conclusion.innerText()).toBe("Kết luận: Không đạt, do chỉ báo 3.1.1 chưa đạt.");
  });

  it("exposes a real table to assistive technology: caption, column headers, row headers, Vietnamese language", async () => {
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
    const table = page.getByRole("table", { name: "Kết quả đánh giá 16 chỉ báo" });
    expect(await table.isVisible()).toBe(true);
    expect(await page.getByRole("columnheader").allInnerTexts()).toEqual(["STT", "Chỉ báo", "Yêu cầu", "Số liệu và minh chứng", "Kết quả tính", "Tự đánh giá", "Kết quả"]);
    expect(await page.getByRole("rowheader").count()).toBeGreaterThanOrEqual(16);
  });

  it("fits the A4 width: no column overflows the table", async () => {
    const overflow = await page.evaluate(() => {
      const table = document.querySelector("table.appendix") as HTMLElement;
      return { table: table.scrollWidth - table.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth };
    });
    expect(overflow.table).toBeLessThanOrEqual(1);
    expect(overflow.page).toBeLessThanOrEqual(1);
  });

  it("prints to an A4 PDF of at least one page", async () => {
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdf.toString("latin1");
    const pages = text.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
    expect(box).not.toBeNull();
    // A4 is 595 × 842 points.
    expect(Math.round(Number(box?.[1]))).toBe(595);
    expect(Math.round(Number(box?.[2]))).toBe(842);
  });
});
