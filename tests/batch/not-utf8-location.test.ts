import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPackFile, readReportFile } from "../../src/node/index.js";
import { rejection } from "../helpers.js";

describe("a file that is not UTF-8 is refused with where its first bad byte is", () => {
  const dir = mkdtempSync(join(tmpdir(), "hht-utf8-"));
  // Two lines of JSON text, then bytes FF FE (never UTF-8) at offset 100, on line 3.
  const head = Buffer.from(`{\n  "district": "${"a".repeat(60)}",\n  "x`, "utf8");
  const bytes = Buffer.concat([head, Buffer.alloc(100 - head.length, 0x61), Buffer.from([0xff, 0xfe]), Buffer.from('"}', "utf8")]);
  const lineStart = head.lastIndexOf(0x0a) + 1;

  it("a report file: INVALID_JSON with line, column and offset, said in both languages", async () => {
    const path = join(dir, "report.json");
    writeFileSync(path, bytes);
    const error = await rejection(readReportFile(path));
    const issue = error.issues[0];
    expect(issue?.code).toBe("INVALID_JSON");
    expect(issue?.params).toMatchObject({ problem: "notUtf8", line: 3, column: 100 - lineStart + 1, offset: 100 });
    expect(issue?.message.vi).toContain(`dòng 3, cột ${100 - lineStart + 1}`);
    expect(issue?.message.en).toContain(`line 3, column ${100 - lineStart + 1}`);
  });

  it("a pack file too", async () => {
    const path = join(dir, "pack.json");
    writeFileSync(path, bytes);
    const error = await rejection(loadPackFile(path));
    expect(error.code).toBe("PACK_INVALID");
    expect(error.issues[0]?.params).toMatchObject({ problem: "notUtf8", line: 3, offset: 100 });
  });
});
