declare const __HHT_VERSION__: string;

/** This library's name and version, recorded in every result. */
export const ENGINE: {
  /** `huyen-hoc-tap`. */
  readonly name: string;
  /** The version from package.json, set at build time. */
  readonly version: string;
} = { name: "huyen-hoc-tap", version: typeof __HHT_VERSION__ === "string" ? __HHT_VERSION__ : "0.0.0-dev" };
