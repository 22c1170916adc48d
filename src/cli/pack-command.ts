import { lstat, mkdir, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readJson } from "../node/read-bytes.js";
import { HuyenHocTapError, isHuyenHocTapError } from "../errors.js";
import { listPacks } from "../pack/list-packs.js";
import { loadPackFile } from "../node/index.js";
import { diffPacks } from "../pack/diff-packs.js";
import type { PackDiff } from "../pack/diff-packs.js";
import { digestOf } from "../pack/canonical-json.js";
import { runPackTests } from "../pack/run-pack-tests.js";
import type { PackTestRun } from "../pack/run-pack-tests.js";
import { generateKeyPair } from "../signature/generate-key-pair.js";
import { parseJwk } from "../signature/jwk.js";
import type { PrivateJwk, PublicJwk } from "../signature/jwk.js";
import type { Issue } from "../types.js";
import { makePackIssue } from "../pack/make-pack-issue.js";
import { signPack } from "../signature/sign-pack.js";
import type { PackSignature } from "../signature/sign-pack.js";
import { verifyPack } from "../signature/verify-pack.js";
import type { Lang } from "../types.js";
import { formatDate, formatNumber } from "../explain/format-number.js";
import { displayLine } from "../explain/display-text.js";
import { loadPackOption } from "./load-pack-option.js";
import { asksForHelp, EXIT } from "./usage.js";
import type { CliIo } from "./usage.js";
import { usageProblem } from "./usage-problem.js";
import { overlappingVersions } from "../pack/overlapping-versions.js";
import type { DatedPack } from "../pack/overlapping-versions.js";
import { viPack } from "../explain/pack-messages.vi.js";
import { enPack } from "../explain/pack-messages.en.js";

/** Help for `huyen-hoc-tap pack`. */
export const PACK_USAGE = `Cách dùng / Usage:
  huyen-hoc-tap pack list
  huyen-hoc-tap pack validate <pack.json> [--expected-digest sha256:…]
  huyen-hoc-tap pack diff <old.json> <new.json> [--lang vi|en] [--format text|json]
  huyen-hoc-tap pack test <pack.json> [--lang vi|en] [--format text|json]
  huyen-hoc-tap pack keygen [--kid <id>] [--out-dir <dir>] [--print-private]
  huyen-hoc-tap pack sign <pack.json> --key <private.jwk.json> [--out <file>] [--force]   (mặc định / default <pack.json>.sig.json;
      không ghi đè chữ ký cũ nếu thiếu --force / an earlier signature is overwritten only with --force)
  huyen-hoc-tap pack verify <pack.json> --public-key <public.jwk.json> [--public-key …] [--signature <sig.json>]
      [--expected-digest sha256:…]

Mã thoát / Exit codes: 0 thành công / success, 1 kiểm tra không đạt (một ca kiểm thử hỏng, chữ ký không khớp) /
  check failed (a pack test failed, a signature did not verify), 2 dữ liệu hoặc cách gọi không hợp lệ / invalid input
  or usage.
`;

/** A mistake in how the command was called: printed with the help, exit code 2. */
class UsageError extends Error {}

/** `huyen-hoc-tap pack <subcommand> …`: tools for the people who write, test, sign and publish rule packs. */
export async function runPackCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  // `pack validate --help`: the tools' help (each subcommand has its line there).
  if (asksForHelp(rest)) {
    io.stdout.write(PACK_USAGE);
    return 0;
  }
  try {
    switch (sub) {
      case "list":
        return packList(rest, io);
      case "validate":
        return await packValidate(rest, io);
      case "diff":
        return await packDiff(rest, io);
      case "test":
        return await packTest(rest, io);
      case "keygen":
        return await packKeygen(rest, io);
      case "sign":
        return await packSign(rest, io);
      case "verify":
        return await packVerify(rest, io);
      case "--help":
      case "-h":
      case "help":
        io.stdout.write(PACK_USAGE);
        return 0;
      default:
        throw new UsageError(sub === undefined ? "" : `Lệnh không rõ / Unknown command: pack ${sub}`);
    }
  } catch (error) {
    if (isHuyenHocTapError(error)) throw error;
    // parseArgs throws TypeError for unknown or malformed options.
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error)) {
      io.stderr.write(`${error.message ? `${usageProblem(error)}\n` : ""}${PACK_USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}

function packList(args: string[], io: CliIo): number {
  if (args.length > 0) throw new UsageError("pack list: không nhận tham số / takes no arguments");
  for (const p of listPacks()) {
    // Dates as people write them (12/11/2021), not ISO: this is text for people; the API gives the ISO dates.
    const to = p.effectiveTo === undefined ? "…" : formatDate(p.effectiveTo);
    io.stdout.write(`${p.id}\t${p.version}\t${formatDate(p.effectiveFrom)} → ${to}\t${p.years}\t${p.digest}\n`);
  }
  return 0;
}

async function packValidate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { "expected-digest": { type: "string" } } });
  const path = onePositional(positionals, "pack validate <pack.json>");
  const digest = values["expected-digest"];
  const pack = await loadPackFile(path, digest !== undefined ? { expectedDigest: digest } : {});
  const tests = pack.tests?.length ?? 0;
  io.stdout.write(`${displayLine(`OK: ${pack.id} ${pack.version} ${digestOf(pack)} (${formatNumber(tests, "vi", 0)} ca kiểm thử / test cases)`)}\n`);
  // A new version of a bundled framework must not share a day with a bundled version: warned, not refused (the pack
  // itself is valid; the registry it would join is what the overlap breaks).
  const period = (p: DatedPack): string => `${formatDate(p.effectiveFrom)} – ${p.effectiveTo === undefined ? "…" : formatDate(p.effectiveTo)}`;
  for (const other of overlappingVersions(pack, listPacks().map((p) => p.pack))) {
    for (const messages of [viPack, enPack]) io.stderr.write(`${displayLine(messages.versionOverlaps(pack.id, pack.version, period(pack), other.version, period(other)))}\n`);
  }
  return 0;
}

/** The options of `pack diff` and `pack test`: `--lang vi|en`, `--format text|json`, and the file arguments. */
function langAndFormat(args: string[]): { lang: Lang; format: ReturnType<typeof formatOf>; positionals: string[] } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { lang: { type: "string", default: "vi" }, format: { type: "string", default: "text" } },
  });
  return { lang: langOf(values.lang), format: formatOf(values.format), positionals };
}

async function packDiff(args: string[], io: CliIo): Promise<number> {
  const { lang, format, positionals } = langAndFormat(args);
  if (positionals.length !== 2) throw new UsageError("pack diff <old.json> <new.json>");
  // Each refusal names its file: `/foo [UNKNOWN_FIELD]` alone would not say which side is wrong.
  const [oldPack, newPack] = await Promise.all(positionals.map((p) => loadPackOption(p)));
  const diff = diffPacks(oldPack as object, newPack as object);
  io.stdout.write(format === "json" ? `${JSON.stringify(diff, null, 2)}\n` : renderDiff(diff, lang));
  return 0;
}

/**
 * The diff as text: which versions, their identity changes (not counted), then one line per rule change; each line
 * through {@link displayLine} (ids, versions and changed texts come from the packs).
 */
export function renderDiff(diff: PackDiff, lang: Lang): string {
  const name = (p: PackDiff["from"]): string => `${p.id} ${p.version}`;
  const lines = [`${name(diff.from)} → ${name(diff.to)}`];
  if (diff.header.length > 0) {
    lines.push(lang === "vi" ? "Phiên bản và hiệu lực (không tính là thay đổi quy tắc):" : "Identity (not counted as rule changes):");
    for (const h of diff.header) lines.push(`  · ${h.text[lang]}`);
  }
  const n = diff.changes.length;
  if (n === 0) lines.push(lang === "vi" ? "Không có thay đổi quy tắc." : "No rule changes.");
  else lines.push(lang === "vi" ? `${formatNumber(n, lang, 0)} thay đổi quy tắc:` : `${formatNumber(n, lang, 0)} rule change${n === 1 ? "" : "s"}:`);
  for (const c of diff.changes) lines.push(`  - ${c.text[lang]}`);
  return `${lines.map(displayLine).join("\n")}\n`;
}

async function packTest(args: string[], io: CliIo): Promise<number> {
  const { lang, format, positionals } = langAndFormat(args);
  const pack = await loadPackOption(onePositional(positionals, "pack test <pack.json>"));
  const run = runPackTests(pack);
  io.stdout.write(format === "json" ? `${JSON.stringify(run, null, 2)}\n` : renderTestRun(run, lang));
  if (run.results.length === 0) {
    io.stderr.write(lang === "vi" ? "Cảnh báo: bộ quy tắc không có ca kiểm thử nào.\n" : "Warning: the pack has no test cases.\n");
  }
  return run.failed > 0 ? EXIT.notMet : 0;
}

/** The test run as text: a line per case, its problems, and the counts; each line through {@link displayLine}. */
export function renderTestRun(run: PackTestRun, lang: Lang): string {
  const lines = [`${run.pack.id} ${run.pack.version} ${run.pack.digest}`];
  for (const r of run.results) {
    lines.push(`${r.ok ? "✓" : "✗"} ${r.name}`);
    // Each problem with where it is in the pack, as pack issues are printed: `/tests/1/expect/indicators/9.9.9: …`.
    for (const p of r.problems) lines.push(`    - ${p.packPath}: ${p.message[lang]}`);
  }
  const count = (n: number): string => formatNumber(n, lang, 0); // 1.210 ca in Vietnamese, 1,210 in English
  lines.push(lang === "vi" ? `${count(run.passed)} ca kiểm thử đúng như mong đợi, ${count(run.failed)} ca sai.` : `${count(run.passed)} passed, ${count(run.failed)} failed.`);
  return `${lines.map(displayLine).join("\n")}\n`;
}

async function packKeygen(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { kid: { type: "string" }, "out-dir": { type: "string", default: "." }, "print-private": { type: "boolean", default: false } },
  });
  if (positionals.length > 0) throw new UsageError("pack keygen [--kid <id>] [--out-dir <dir>] [--print-private]");
  const pair = await generateKeyPair(values.kid);
  if (values["print-private"]) {
    // Asked for explicitly: both keys on stdout, nothing written.
    io.stdout.write(`${JSON.stringify(pair, null, 2)}\n`);
    return 0;
  }
  const dir = values["out-dir"];
  // A file name from the kid: letters, digits, `.`, `_`, `-`; a name of dots only would hide the file (`..private…`).
  const safe = pair.publicKey.kid.replace(/[^A-Za-z0-9._-]/g, "_");
  const base = /^\.*$/.test(safe) ? safe.replace(/\./g, "_") : safe;
  const privatePath = join(dir, `${base}.private.jwk.json`);
  const publicPath = join(dir, `${base}.public.jwk.json`);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    // A file where the folder should be (EEXIST), or under a file (ENOTDIR): no --force can help.
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === "EEXIST" || code === "ENOTDIR") {
      throw new HuyenHocTapError("INVALID_ARGUMENT", { vi: `Không ghi được vào ${dir}: đây không phải một thư mục`, en: `Cannot write into ${dir}: it is not a folder` });
    }
    throw cannotWrite(dir, error, false);
  }
  // Neither key may exist already: a new private key beside an old public one would not match it.
  for (const existing of [privatePath, publicPath]) if (await exists(existing)) throw cannotWrite(existing, new Error("EEXIST: file already exists"), true);
  // `wx`: never overwrite a key; the private key is readable by its owner only.
  await writeNew(privatePath, `${JSON.stringify(pair.privateKey, null, 2)}\n`, 0o600, true);
  try {
    await writeNew(publicPath, `${JSON.stringify(pair.publicKey, null, 2)}\n`, 0o644, true);
  } catch (error) {
    // No private key is left without its public key.
    await rm(privatePath, { force: true });
    throw error;
  }
  io.stdout.write(`${JSON.stringify(pair.publicKey, null, 2)}\n`);
  io.stderr.write(
    `Khóa công khai / Public key: ${publicPath}\n` +
      `Khóa bí mật / Private key: ${privatePath} — giữ ngoại tuyến, không công bố / keep it offline, never publish it\n`,
  );
  return 0;
}

async function packSign(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { key: { type: "string" }, out: { type: "string" }, force: { type: "boolean", default: false } } });
  const path = onePositional(positionals, "pack sign <pack.json> --key <private.jwk.json>");
  if (values.key === undefined) throw new UsageError("pack sign: thiếu / missing --key <private.jwk.json>");
  const key = (await readJsonFile(values.key)) as PrivateJwk;
  const pack = await loadPackOption(path);
  const signature = await signPack(pack, key);
  const out = values.out ?? `${path}.sig.json`;
  // Never over the pack or the key, even with --force; over an earlier signature only with --force.
  if ((await sameFile(out, path)) || (await sameFile(out, values.key))) {
    throw new HuyenHocTapError("INVALID_ARGUMENT", {
      vi: `--out ${out} là chính bộ quy tắc hoặc khóa: không ghi chữ ký đè lên nó`,
      en: `--out ${out} is the pack or the key itself: the signature is not written over it`,
    });
  }
  if (values.force) {
    try {
      await writeFile(out, `${JSON.stringify(signature, null, 2)}\n`, "utf8");
    } catch (error) {
      throw cannotWrite(out, error, false);
    }
  } else {
    await writeNew(out, `${JSON.stringify(signature, null, 2)}\n`, 0o644, false);
  }
  io.stdout.write(`${displayLine(`Đã ký / Signed: ${pack.id} ${pack.version} ${digestOf(pack)} — khóa / key ${signature.keyId} → ${out}`)}\n`);
  return 0;
}

async function packVerify(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { signature: { type: "string" }, "public-key": { type: "string", multiple: true }, "expected-digest": { type: "string" } },
  });
  const path = onePositional(positionals, "pack verify <pack.json> --public-key <public.jwk.json>");
  const keyFiles = values["public-key"] ?? [];
  if (keyFiles.length === 0) throw new UsageError("pack verify: cần ít nhất một / needs at least one --public-key <public.jwk.json>");
  const keys: PublicJwk[] = [];
  for (const file of keyFiles) {
    const doc = await readJsonFile(file);
    // A file holds one JWK or a JWK Set `{ "keys": [...] }`. Each is checked here, so that a problem is located in its
    // file (`/keys/1/d` of set.jwks), not in the list of every file's keys that verifyPack would see.
    const isSet = doc !== null && typeof doc === "object" && !Array.isArray(doc) && "keys" in doc && Array.isArray(doc.keys);
    const found = isSet ? (doc.keys as unknown[]) : [doc];
    const issues: Issue[] = [];
    if (found.length === 0) issues.push(makePackIssue("TOO_FEW_ITEMS", "/keys", { min: 1 }));
    found.forEach((key, i) => parseJwk(key, "public", isSet ? `/keys/${i}` : "", issues));
    if (issues.length > 0) {
      throw new HuyenHocTapError("INVALID_ARGUMENT", { vi: `Tệp khóa công khai ${file} không hợp lệ: ${issues.length} lỗi.`, en: `Public key file ${file} is invalid: ${issues.length} problem${issues.length === 1 ? "" : "s"}.` }, issues);
    }
    keys.push(...(found as PublicJwk[]));
  }
  const signature = (await readJsonFile(values.signature ?? `${path}.sig.json`)) as PackSignature;
  const digest = values["expected-digest"];
  const pack = await loadPackOption(path, digest !== undefined ? { expectedDigest: digest } : {});
  try {
    const verified = await verifyPack(pack, signature, keys);
    io.stdout.write(`${displayLine(`Đã xác minh / Verified: ${pack.id} ${pack.version} ${verified.digest} — khóa / key ${verified.keyId}`)}\n`);
    return 0;
  } catch (error) {
    if (!isHuyenHocTapError(error) || error.code !== "SIGNATURE_INVALID") throw error;
    // The signature's key id and the pack's texts can reach the message: shown without their controls.
    io.stderr.write(`${displayLine(`${error.code}: ${error.text.vi}`)}\n${displayLine(`${error.code}: ${error.text.en}`)}\n`);
    return EXIT.notMet;
  }
}

const JSON_FILE_LIMITS = { maxDepth: 8, maxNodes: 10_000, maxStringLength: 10_000, maxKeys: 1_000, maxSize: 1_000_000 };

/**
 * Reads a small JSON file (a key, a key set, a signature); `INVALID_ARGUMENT` with the file's path otherwise (a file
 * over 1 000 000 characters: `TOO_LARGE`, without reading it whole).
 */
async function readJsonFile(path: string): Promise<unknown> {
  const parsed = await readJson(path, JSON_FILE_LIMITS);
  if (!parsed.ok) throw new HuyenHocTapError("INVALID_ARGUMENT", { vi: `Tệp ${path} không phải JSON hợp lệ.`, en: `File ${path} is not valid JSON.` }, parsed.issues);
  return parsed.value;
}

/** Writes a new file (`wx`: an existing one is never overwritten); INVALID_ARGUMENT saying why it cannot. */
async function writeNew(path: string, text: string, mode: number, key: boolean): Promise<void> {
  try {
    await writeFile(path, text, { encoding: "utf8", flag: "wx", mode });
  } catch (error) {
    throw cannotWrite(path, error, key);
  }
}

/** INVALID_ARGUMENT for a file or folder that cannot be written, in both languages, with the system's reason. */
function cannotWrite(path: string, error: unknown, key: boolean): HuyenHocTapError {
  const detail = error instanceof Error ? error.message : String(error);
  const exists = (error as NodeJS.ErrnoException | null)?.code === "EEXIST" || detail.startsWith("EEXIST");
  const why = exists
    ? key
      ? { vi: "tệp đã có (không bao giờ ghi đè một khóa)", en: "the file exists (a key is never overwritten)" }
      : { vi: "tệp đã có (dùng --force để ghi đè chữ ký cũ)", en: "the file exists (use --force to overwrite an earlier signature)" }
    : { vi: detail, en: detail };
  return new HuyenHocTapError("INVALID_ARGUMENT", { vi: `Không ghi được ${path}: ${why.vi}`, en: `Cannot write ${path}: ${why.en}` });
}

/** Whether a path exists (a broken link counts: it would be written through). */
async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Whether two paths name one existing file (after links), so that writing one would replace the other. */
async function sameFile(a: string, b: string | undefined): Promise<boolean> {
  if (b === undefined) return false;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function onePositional(positionals: string[], usage: string): string {
  if (positionals.length !== 1) throw new UsageError(usage);
  return positionals[0] as string;
}

function langOf(value: string): Lang {
  if (value !== "vi" && value !== "en") throw new UsageError(`--lang: vi | en (nhận được / got ${value})`);
  return value;
}

function formatOf(value: string): "text" | "json" {
  if (value !== "text" && value !== "json") throw new UsageError(`--format: text | json (nhận được / got ${value})`);
  return value;
}
