import type { LogicMessages } from "./messages.js";

const pair = (sign: string) => (a: string[]): string => `${a[0] ?? ""} ${sign} ${a[1] ?? ""}`;
const chain = (sign: string) => (a: string[]): string => a.join(` ${sign} `);

/** The operators written with mathematical signs: the same in every language (`document-messages.*.ts` share them). */
export const SIGN_OPERATORS = {
  "==": pair("="),
  "===": pair("="),
  "!=": pair("≠"),
  "!==": pair("≠"),
  ">": chain(">"),
  ">=": chain("≥"),
  "<": chain("<"),
  "<=": chain("≤"),
  "+": chain("+"),
  "-": (a: string[]): string => (a.length === 1 ? `−${a[0] ?? ""}` : `${a[0] ?? ""} − ${a[1] ?? ""}`),
  "*": chain("×"),
  "/": pair("÷"),
} satisfies Partial<LogicMessages["op"]>;
