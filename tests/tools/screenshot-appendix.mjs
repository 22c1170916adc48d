// Writes docs/appendix-thap-muoi.png: the first A4 page of the Tháp Mười evaluation appendix as Chromium shows it.
// Same code path as the browser test (tests/browser/): the same launcher, the same render call, the built library.
// Usage: npm run docs:screenshot   (builds first; needs Debian's chromium: apt-get install chromium)
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as library from "../../dist/index.js";
import { A4, appendixHtml } from "../browser/appendix.mjs";
import { launchChromium, openHtml } from "../browser/chromium.mjs";

const out = fileURLToPath(new URL("../../docs/appendix-thap-muoi.png", import.meta.url));
const { html } = appendixHtml(library);
const browser = await launchChromium({ viewport: A4, deviceScaleFactor: 1.5 });
try {
  const { page, requests } = await openHtml(browser.context, html);
  if (requests.length > 0) throw new Error(`the appendix made network requests: ${requests.join(", ")}`);
  const png = await page.screenshot({ type: "png", clip: { x: 0, y: 0, width: A4.width, height: A4.height } });
  mkdirSync(fileURLToPath(new URL("../../docs/", import.meta.url)), { recursive: true });
  writeFileSync(out, png);
  process.stdout.write(`wrote ${out} (${png.length} bytes)\n`);
} finally {
  await browser.close();
}
