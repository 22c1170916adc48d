import { evaluate, validateReport } from "../evaluate.js";
import { isHuyenHocTapError } from "../errors.js";
import type { Issue, IndicatorVerdict, Lang, PackTest, RulePack, Text, Verdict } from "../types.js";
import { preparedOf } from "./prepared-of.js";
import { escapePointer } from "../logic/walk-logic.js";

/** Codes of the problems a pack test can find. */
export type PackTestProblemCode =
  | "VERDICT_MISMATCH"
  | "INDICATOR_MISMATCH"
  | "UNKNOWN_INDICATOR"
  | "EXPECTED_INVALID"
  | "UNEXPECTED_INVALID"
  | "MISSING_ISSUE"
  | "UNEXPECTED_ISSUE"
  | "NO_EXPECTATION"
  | "ERROR";

/** Why a pack test failed. */
export interface PackTestProblem {
  /** Stable code. */
  code: PackTestProblemCode;
  /** The indicator concerned. */
  indicator?: string;
  /** The report path concerned (for issues). */
  path?: string;
  /**
   * Where in the pack the problem lies, a JSON pointer (RFC 6901) into the pack file: the expectation that did not
   * hold (`/tests/1/expect/indicators/9.9.9`, `/tests/1/expect/verdict`, `/tests/1/expect/invalid/0`), the report
   * value of an unexpected issue (`/tests/1/report/indicators/2.1.1/good`), or the case (`/tests/1`).
   */
  packPath: string;
  /** What the test expected. */
  expected?: string;
  /** What happened. */
  actual?: string;
  /** The problem, for people. */
  message: Text;
}

/** The outcome of one test case. */
export interface PackTestResult {
  /** The case's name. */
  name: string;
  /** The case in the pack, a JSON pointer (`/tests/1`). */
  packPath: string;
  /** True when every expectation held. */
  ok: boolean;
  /** What did not hold (empty when `ok`). */
  problems: PackTestProblem[];
}

/** The outcome of {@link runPackTests}. */
export interface PackTestRun {
  /** The pack tested. */
  pack: {
    /** Framework id. */
    id: string;
    /** Version. */
    version: string;
    /** `sha256:` digest. */
    digest: string;
  };
  /** Cases that passed. */
  passed: number;
  /** Cases that failed. */
  failed: number;
  /** One entry per case, in the pack's order. */
  results: PackTestResult[];
}

/**
 * Runs the test cases a pack carries (`pack.tests`), like `opa test`: each case's report is judged with the pack
 * itself (`evaluate(report, { pack })`) and compared with what it expects — the overall `verdict`, verdicts by
 * indicator, or, with `invalid`, exactly the listed report issues (each by path, and by code when given). A case that
 * expects nothing fails, so that a test always checks something. The pack is checked first (`PACK_INVALID`).
 */
export function runPackTests(pack: RulePack | object | string): PackTestRun {
  const entry = preparedOf(pack);
  const indicatorIds = new Set(entry.indicators.map((i) => i.indicator.id));
  const results = (entry.pack.tests ?? []).map((test, index) => runOne(entry.pack, test, `/tests/${index}`, indicatorIds));
  const passed = results.filter((r) => r.ok).length;
  return { pack: { id: entry.info.id, version: entry.info.version, digest: entry.info.digest }, passed, failed: results.length - passed, results };
}

function runOne(pack: RulePack, test: PackTest, at: string, indicatorIds: Set<string>): PackTestResult {
  const problems: PackTestProblem[] = [];
  const { expect } = test;
  const expectsVerdicts = expect.verdict !== undefined || (expect.indicators !== undefined && Object.keys(expect.indicators).length > 0);
  for (const id of Object.keys(expect.indicators ?? {})) {
    if (!indicatorIds.has(id)) problems.push(problem("UNKNOWN_INDICATOR", `${at}/expect/indicators/${escapePointer(id)}`, { indicator: id }));
  }
  try {
    if (expect.invalid !== undefined) {
      checkInvalid(pack, test, at, expect.invalid, problems);
      if (expectsVerdicts) problems.push(problem("NO_EXPECTATION", `${at}/expect`, { expected: "invalid, or verdicts — not both" }));
    } else if (!expectsVerdicts) {
      problems.push(problem("NO_EXPECTATION", `${at}/expect`, {}));
    } else {
      checkVerdicts(pack, test, at, problems);
    }
  } catch (error) {
    problems.push(problem("ERROR", at, { actual: error instanceof Error ? error.message : String(error) }));
  }
  return { name: test.name, packPath: at, ok: problems.length === 0, problems };
}

function checkInvalid(pack: RulePack, test: PackTest, at: string, expected: { path: string; code?: string }[], problems: PackTestProblem[]): void {
  const validation = validateReport(test.report, { pack });
  if (validation.ok) {
    problems.push(problem("EXPECTED_INVALID", `${at}/expect/invalid`, { expected: expected.map(describeExpected).join(", ") }));
    return;
  }
  const matches = (e: { path: string; code?: string }, i: Issue): boolean => e.path === i.path && (e.code === undefined || e.code === i.code);
  expected.forEach((e, index) => {
    if (!validation.issues.some((i) => matches(e, i))) {
      problems.push(problem("MISSING_ISSUE", `${at}/expect/invalid/${index}`, { path: e.path, expected: describeExpected(e), actual: validation.issues.map(describeIssue).join(", ") }));
    }
  });
  for (const i of validation.issues) {
    if (!expected.some((e) => matches(e, i))) problems.push(problem("UNEXPECTED_ISSUE", `${at}/report${i.path}`, { path: i.path, actual: describeIssue(i), detail: i.message }));
  }
}

function checkVerdicts(pack: RulePack, test: PackTest, at: string, problems: PackTestProblem[]): void {
  let result;
  try {
    result = evaluate(test.report, { pack });
  } catch (error) {
    if (isHuyenHocTapError(error) && error.code === "REPORT_INVALID") {
      // What is wrong, in words too (the first three problems), not only codes and paths.
      const said = (lang: Lang): string => error.issues.slice(0, 3).map((i) => `${i.path || "(gốc / root)"}: ${i.message[lang]}`).join("; ");
      problems.push(problem("UNEXPECTED_INVALID", `${at}/report`, { actual: error.issues.map(describeIssue).join(", "), detail: { vi: said("vi"), en: said("en") } }));
      return;
    }
    throw error;
  }
  if (test.expect.verdict !== undefined && result.verdict !== test.expect.verdict) {
    problems.push(problem("VERDICT_MISMATCH", `${at}/expect/verdict`, { expected: test.expect.verdict, actual: result.verdict }));
  }
  for (const [id, verdict] of Object.entries(test.expect.indicators ?? {})) {
    const got = result.indicators.find((r) => r.id === id);
    if (got && got.verdict !== verdict) {
      problems.push(problem("INDICATOR_MISMATCH", `${at}/expect/indicators/${escapePointer(id)}`, { indicator: id, expected: verdict, actual: got.verdict, detail: got.reason }));
    }
  }
}

const describeExpected = (e: { path: string; code?: string }): string => `${e.path || "/"}${e.code !== undefined ? ` [${e.code}]` : ""}`;
const describeIssue = (i: Issue): string => `${i.path || "/"} [${i.code}]`;

interface ProblemArgs {
  indicator?: string;
  path?: string;
  expected?: string;
  actual?: string;
  /** A text to append (an issue's message, an indicator's reason). */
  detail?: Text;
}

function problem(code: PackTestProblemCode, packPath: string, args: ProblemArgs): PackTestProblem {
  const { detail, ...rest } = args;
  const message = (lang: Lang): string => {
    const text = PROBLEM_TEXTS[lang][code](rest);
    return detail ? `${text} — ${detail[lang]}` : text;
  };
  return { code, ...rest, packPath, message: { vi: message("vi"), en: message("en") } };
}

type ProblemTexts = Record<PackTestProblemCode, (a: Omit<ProblemArgs, "detail">) => string>;

const VERDICT_VI: Record<Verdict | IndicatorVerdict, string> = { met: "đạt", not_met: "chưa đạt", not_applicable: "không áp dụng", insufficient_data: "chưa đủ số liệu" };
const vv = (v: string | undefined): string => (v !== undefined && v in VERDICT_VI ? VERDICT_VI[v as Verdict] : String(v));
const ve = (v: string | undefined): string => String(v).replaceAll("_", " ");

/** Texts of the problems, in both languages (a missing translation is a build error). */
const PROBLEM_TEXTS: Record<Lang, ProblemTexts> = {
  vi: {
    VERDICT_MISMATCH: (a) => `kết luận chung: cần “${vv(a.expected)}”, nhận được “${vv(a.actual)}”`,
    INDICATOR_MISMATCH: (a) => `chỉ báo ${a.indicator}: cần “${vv(a.expected)}”, nhận được “${vv(a.actual)}”`,
    UNKNOWN_INDICATOR: (a) => `chỉ báo ${a.indicator} không có trong bộ quy tắc`,
    EXPECTED_INVALID: (a) => `báo cáo được chấp nhận, nhưng ca kiểm thử cần báo cáo không hợp lệ (${a.expected})`,
    UNEXPECTED_INVALID: (a) => `báo cáo không hợp lệ: ${a.actual}`,
    MISSING_ISSUE: (a) => `thiếu lỗi ${a.expected}; các lỗi nhận được: ${a.actual}`,
    UNEXPECTED_ISSUE: (a) => `lỗi không nằm trong dự kiến: ${a.actual}`,
    NO_EXPECTATION: (a) => (a.expected ? `ca kiểm thử phải cần “invalid” hoặc kết luận, không cả hai` : "ca kiểm thử không nêu kết quả nào cần có (verdict, indicators hoặc invalid)"),
    ERROR: (a) => `lỗi khi chạy: ${a.actual}`,
  },
  en: {
    VERDICT_MISMATCH: (a) => `overall verdict: expected “${ve(a.expected)}”, got “${ve(a.actual)}”`,
    INDICATOR_MISMATCH: (a) => `indicator ${a.indicator}: expected “${ve(a.expected)}”, got “${ve(a.actual)}”`,
    UNKNOWN_INDICATOR: (a) => `indicator ${a.indicator} is not in the pack`,
    EXPECTED_INVALID: (a) => `the report was accepted, but the case expects it to be invalid (${a.expected})`,
    UNEXPECTED_INVALID: (a) => `the report is invalid: ${a.actual}`,
    MISSING_ISSUE: (a) => `missing issue ${a.expected}; issues found: ${a.actual}`,
    UNEXPECTED_ISSUE: (a) => `issue not expected: ${a.actual}`,
    NO_EXPECTATION: (a) => (a.expected ? "a case expects either “invalid” or verdicts, not both" : "the case expects nothing (give verdict, indicators or invalid)"),
    ERROR: (a) => `error while running: ${a.actual}`,
  },
};
