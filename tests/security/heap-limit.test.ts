import { getHeapStatistics } from "node:v8";
import { describe, expect, it } from "vitest";

describe("the security tests run in a modest heap", () => {
  it("this worker's heap is limited to about 256 MB (--max-old-space-size=256)", () => {
    const limit = getHeapStatistics().heap_size_limit / 2 ** 20;
    // The old space is 256 MB; V8 adds the young generation (a few tens of MB) on top.
    expect(limit).toBeGreaterThanOrEqual(256);
    expect(limit).toBeLessThan(320);
  });
});
