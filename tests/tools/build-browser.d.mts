/** Where `npm run build` writes the bundle (the `huyen-hoc-tap/browser` export). */
export declare const BROWSER_BUNDLE: string;
/** Builds the browser bundle into `outfile` and returns its source. */
export declare function buildBrowser(outfile?: string): Promise<string>;
