import { createReadStream } from "node:fs";
import { REPORT_LIMITS } from "../pack/check-limits.js";
import { cannotRead, maxBytesOf } from "./read-bytes.js";

/** A line's longest length in bytes: a longer one holds more characters than a report may (see `maxBytesOf`). */
const MAX_LINE_BYTES = maxBytesOf(REPORT_LIMITS);

/**
 * The lines of a file as bytes (without the "\n", nor a "\r" before it), and how many bytes each took; a line longer
 * than MAX_LINE_BYTES is given as null, without being kept in memory. Each line is decoded alone, so one that is not
 * UTF-8 is refused on its own, located by its number.
 *
 * @throws HuyenHocTapError `INVALID_ARGUMENT` when the file cannot be read (`name`: how it is named to people).
 */
export async function* byteLines(path: string, name: string): AsyncGenerator<{ value: Uint8Array | null; bytes: number }> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  const take = (last: Uint8Array, newline: number): { value: Uint8Array | null; bytes: number } => {
    const bytes = length + last.length + newline;
    let value: Uint8Array | null = null;
    if (!tooLong && length + last.length <= MAX_LINE_BYTES) {
      value = parts.length === 0 ? last : Buffer.concat([...parts, last]);
      if (value.length > 0 && value[value.length - 1] === 13) value = value.subarray(0, value.length - 1);
    }
    parts = [];
    length = 0;
    tooLong = false;
    return { value, bytes };
  };
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      let start = 0;
      for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
        yield take(chunk.subarray(start, nl), 1);
        start = nl + 1;
      }
      const rest = chunk.subarray(start);
      if (rest.length === 0) continue;
      length += rest.length;
      if (tooLong || length > MAX_LINE_BYTES) tooLong = true;
      else parts.push(rest);
    }
  } catch (error) {
    throw cannotRead(name, error);
  }
  if (length > 0) yield take(new Uint8Array(0), 0);
}
