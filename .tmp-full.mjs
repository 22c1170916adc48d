import * as library from "./dist/index.js";
import { appendixHtml } from "./tests/browser/appendix.mjs";
import { launchChromium, openHtml } from "./tests/browser/chromium.mjs";
import { writeFileSync } from "node:fs";
const lang = process.argv[2] ?? "vi";
const { html } = appendixHtml(library, undefined, lang);
writeFileSync(`/tmp/appendix-${lang}.html`, html);
const b = await launchChromium({ viewport: { width: 794, height: 1123 } });
const { page } = await openHtml(b.context, html);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
console.log("height", h);
for (let i = 0, y = 0; y < h; i++, y += 1300) {
  await page.screenshot({ path: `/tmp/part-${lang}-${i}.png`, fullPage: true, clip: { x: 0, y, width: 794, height: Math.min(1300, h - y) } });
}
const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
writeFileSync(`/tmp/appendix-${lang}.pdf`, pdf);
console.log((pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) || []).length, "pages");
await b.close();
