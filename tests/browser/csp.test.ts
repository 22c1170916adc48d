import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBrowser } from "../tools/build-browser.mjs";
import { evaluate } from "../../src/index.js";
import { readJson, repoPath, thapMuoi } from "../helpers.js";
import { launchChromium } from "./chromium.mjs";

// The browser build under a strict Content-Security-Policy (no 'unsafe-eval', no inline script), in a real Chromium:
// the bundled pack, report validation and a custom pack loaded with loadPack must all work without eval.
const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";

const customPack = readJson<Record<string, any>>("rules/huyen-hoc-tap/2021.json");
customPack["thresholds"].minPovertyRateFall.value = 0.4;

/** Registered first, by a classic same-origin script: records every violation, even during the module's import. */
const LISTEN_JS = `window.violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.violations.push(e.violatedDirective + " " + e.blockedURI));`;

const APP_JS = `import { evaluate, loadPack } from "/huyen-hoc-tap.js";
const report = await (await fetch("/thap-muoi-2022.json")).json();
const result = evaluate(report);
const list = document.getElementById("verdicts");
for (const indicator of result.indicators) {
  const li = document.createElement("li");
  li.dataset.id = indicator.id;
  li.textContent = indicator.id + ": " + indicator.verdict;
  list.append(li);
}
document.getElementById("conclusion").textContent = result.conclusion.vi;
const pack = loadPack(await (await fetch("/custom-pack.json")).text());
const custom = evaluate(report, { pack });
document.getElementById("custom").textContent = custom.indicators.find((i) => i.id === "3.1.1").verdict + " " + custom.pack.digest;
document.body.dataset.done = "yes";`;

/** A control page: proves this CSP really blocks eval here, so that "no violation" above means something. */
const PROBE_JS = `let blocked = "no";
try { new Function("return 1")(); } catch (e) { blocked = e.name; }
document.body.dataset.blocked = blocked;`;

const page = (script: string): string =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>CSP</title><script src="/listen.js"></script>` +
  `<script type="module" src="${script}"></script></head><body><ul id="verdicts"></ul><p id="conclusion"></p><p id="custom"></p></body></html>`;

let server: Server;
let origin = "";
let dir = "";
let browser: { context: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hht-csp-"));
  const bundle = await buildBrowser(join(dir, "huyen-hoc-tap.js"));
  const files: Record<string, [string, string]> = {
    "/": ["text/html; charset=utf-8", page("/app.js")],
    "/probe.html": ["text/html; charset=utf-8", page("/probe.js")],
    "/listen.js": ["text/javascript", LISTEN_JS],
    "/app.js": ["text/javascript", APP_JS],
    "/probe.js": ["text/javascript", PROBE_JS],
    "/huyen-hoc-tap.js": ["text/javascript", bundle],
    "/thap-muoi-2022.json": ["application/json", readFileSync(repoPath("tests/fixtures/thap-muoi-2022.json"), "utf8")],
    "/custom-pack.json": ["application/json", JSON.stringify(customPack)],
  };
  server = createServer((request, response) => {
    const file = files[request.url ?? ""];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": file[0], "content-security-policy": CSP, "cache-control": "no-store" }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  // The shared launcher starts offline (pages must not reach the network); this test talks to its own local server.
  await browser.context.setOffline(false);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const p = await browser.context.newPage();
  const errors: string[] = [];
  p.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  p.on("pageerror", (error) => errors.push(String(error)));
  await p.goto(`${origin}${path}`);
  return { page: p, errors };
}

describe(`the browser build under Content-Security-Policy: ${CSP}`, () => {
  it("the CSP really blocks eval and new Function in this browser (control)", async () => {
    const { page: p } = await open("/probe.html");
    await p.waitForFunction(() => document.body.dataset["blocked"] !== undefined);
    expect(await p.evaluate(() => document.body.dataset["blocked"])).toBe("EvalError");
    await expect.poll(() => p.evaluate(() => (window as unknown as { violations: string[] }).violations.length)).toBeGreaterThan(0);
  });

  it("evaluates the Tháp Mười report with the bundled pack and loads a custom pack, without a single violation", async () => {
    const { page: p, errors } = await open("/");
    await p.waitForFunction(() => document.body.dataset["done"] === "yes", undefined, { timeout: 30_000 }).catch(() => undefined);
    expect(errors).toEqual([]);
    expect(await p.evaluate(() => document.body.dataset["done"])).toBe("yes");

    const expected = evaluate(thapMuoi()).indicators.map((i) => `${i.id}: ${i.verdict}`);
    const shown = await p.locator("#verdicts li").allInnerTexts();
    expect(shown).toHaveLength(16);
    expect(shown).toEqual(expected);
    expect(await p.locator("#conclusion").innerText()).toBe("Kết luận: Không đạt, do chỉ báo 3.1.1 chưa đạt.");

    // The custom pack lowers the poverty-rate threshold to 0,4 points: 3.1.1 is met with it, under the same CSP.
    const custom = await p.locator("#custom").innerText();
    expect(custom).toMatch(/^met sha256:[0-9a-f]{64}$/);
    expect(custom.split(" ")[1]).toBe(evaluate(thapMuoi(), { pack: customPack }).pack.digest);

    expect(await p.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
});
