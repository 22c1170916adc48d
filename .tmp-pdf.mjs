import { launchChromium } from "./tests/browser/chromium.mjs";
const b = await launchChromium({ viewport: { width: 900, height: 1200 } });
const page = await b.context.newPage();
try {
  await page.goto("file:///tmp/appendix-vi.pdf#page=2", { waitUntil: "load", timeout: 15000 });
  await page.waitForTimeout(3000);
  await page.screenshot({ path: "/tmp/pdf-view.png" });
  console.log("ok");
} catch (e) { console.log("fail", e.message); }
await b.close();
