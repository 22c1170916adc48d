import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate, listPacks } from "../../src/index.js";
import { generateReports } from "../bench/generate-reports.js";

// V8's array builtins leave their fast path on frozen arrays (`filter` over the pack's 16 indicator ids: about 600 ns
// frozen, 35 ns as a loop; see docs/performance.md). The pack is deep-frozen, so judging a report and writing its
// texts must not call them on the pack's lists: this probe wraps every such builtin and records calls on a frozen,
// non-empty array.
const NAMES = ["filter", "map", "slice", "join", "some", "every", "forEach", "find", "findIndex", "concat", "reduce", "flatMap", "includes", "indexOf"] as const;
type Name = (typeof NAMES)[number];

describe("judging a report calls no array builtin on the pack's frozen lists", () => {
  const originals = new Map<Name, (...args: unknown[]) => unknown>();
  const calls: string[] = [];
  let probing = false;

  beforeAll(() => {
    listPacks(); // the bundled packs are prepared (and frozen) before probing
    for (const name of NAMES) {
      const original = Array.prototype[name] as (...args: unknown[]) => unknown;
      originals.set(name, original);
      Object.defineProperty(Array.prototype, name, {
        configurable: true,
        writable: true,
        value: function (this: unknown[], ...args: unknown[]) {
          if (probing && Object.isFrozen(this) && this.length > 0) calls.push(`${name} on [${String(this[0])}, …]`);
          return original.apply(this, args);
        },
      });
    }
  });

  afterAll(() => {
    for (const [name, original] of originals) Object.defineProperty(Array.prototype, name, { configurable: true, writable: true, value: original });
  });

  it("on 300 generated reports, reading every reason, flag message, the conclusion and the summary in both languages", () => {
    const reports = generateReports(300, { seed: 20211112 });
    // Warm-up outside the probe: texts that depend on the pack only are made once, on first use.
    for (const report of reports.slice(0, 20)) evaluate(report).summary.text.en;
    let texts = 0;
    probing = true;
    try {
      for (const report of reports) {
        const result = evaluate(report);
        for (const indicator of result.indicators) {
          texts += indicator.reason.vi.length + indicator.reason.en.length;
          for (const flag of indicator.flags) texts += flag.message.vi.length + flag.message.en.length;
        }
        texts += result.conclusion.vi.length + result.conclusion.en.length + result.summary.text.vi.length + result.summary.text.en.length;
      }
    } finally {
      probing = false;
    }
    expect(texts).toBeGreaterThan(0);
    expect(calls).toEqual([]);
  });
});
