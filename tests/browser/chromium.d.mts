import type { BrowserContext, Page } from "playwright-core";

/** Where Debian installs Chromium; `CHROMIUM_PATH` overrides it. */
export declare const CHROMIUM_PATH: string;
/** Flags for a quiet, offline, headless run in a container. */
export declare const CHROMIUM_ARGS: string[];
/** True when the Chromium binary is there. */
export declare function hasChromium(): boolean;
/** Starts Chromium with a fresh temporary profile; `close` also deletes the profile. */
export declare function launchChromium(options?: {
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  locale?: string;
}): Promise<{ context: BrowserContext; close(): Promise<void> }>;
/** Opens an HTML document in a new page, recording every request the page makes. */
export declare function openHtml(context: BrowserContext, html: string): Promise<{ page: Page; requests: string[] }>;
