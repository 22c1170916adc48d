// Launches Debian's Chromium (`apt-get install chromium`) through playwright-core: never a downloaded browser.
// Shared by the browser tests and by tests/tools/screenshot-appendix.mjs, so that both see the page the same way.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

/** Where Debian installs Chromium; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a quiet, offline, headless run in a container (no sandbox, no GPU, no background traffic). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** True when the Chromium binary is there. */
export function hasChromium() {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Starts Chromium with a fresh temporary profile (`--user-data-dir`) and returns its browser context and a `close`
 * that also deletes the profile. Throws a clear error when Chromium is not installed.
 */
export async function launchChromium(options = {}) {
  if (!hasChromium()) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get update && apt-get install -y --no-install-recommends chromium`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), "hht-chromium-"));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      chromiumSandbox: false,
      args: CHROMIUM_ARGS,
      offline: true,
      viewport: options.viewport ?? { width: 794, height: 1123 },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      locale: options.locale ?? "vi-VN",
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens an HTML document in a new page, recording every request the page makes (a self-contained page makes none).
 * Returns the page and the list of requested URLs.
 */
export async function openHtml(context, html) {
  const page = await context.newPage();
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.setContent(html, { waitUntil: "load" });
  return { page, requests };
}
