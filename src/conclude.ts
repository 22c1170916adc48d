import type { ConclusionRule, GroupResult, IndicatorResult, Lang, Summary, Text, Verdict } from "./types.js";
import { defineLazy } from "./explain/define-lazy.js";
import { pad2 } from "./explain/format-number.js";
import { messagesFor } from "./explain/messages-for.js";

/**
 * The verdict of a set of indicators: not met when any is not met (a failure is decisive), otherwise insufficient
 * data when any lacks data, otherwise met. A not-applicable indicator is ignored, or counts as not met when the pack
 * says `notApplicable: "fail"`.
 */
export function conclude(verdicts: IndicatorResult["verdict"][], rule: ConclusionRule): Verdict {
  const failNa = rule.notApplicable === "fail";
  if (verdicts.some((v) => v === "not_met" || (failNa && v === "not_applicable"))) return "not_met";
  if (verdicts.some((v) => v === "insufficient_data")) return "insufficient_data";
  return "met";
}

/** The failing indicators named in the conclusion. */
function failing(results: IndicatorResult[], rule: ConclusionRule): string[] {
  return results.filter((r) => r.verdict === "not_met" || (rule.notApplicable === "fail" && r.verdict === "not_applicable")).map((r) => r.id);
}

/** Counts of verdicts and the summary lines, as the district's report words them. */
export function summarize(results: IndicatorResult[]): Summary {
  const ids = (v: IndicatorResult["verdict"]): string[] => results.filter((r) => r.verdict === v).map((r) => r.id);
  const notMetIds = ids("not_met");
  const insufficientDataIds = ids("insufficient_data");
  const summary = {
    total: results.length,
    met: ids("met").length,
    notMet: notMetIds.length,
    notApplicable: ids("not_applicable").length,
    insufficientData: insufficientDataIds.length,
    notMetIds,
    insufficientDataIds,
  } as Summary;
  const lines = (lang: Lang): string => {
    const m = messagesFor(lang);
    return m
      .summaryLines(
        pad2(summary.met),
        pad2(summary.notMet),
        notMetIds.length ? m.indicatorsWord(notMetIds.join(", ")) : "",
        pad2(summary.notApplicable),
        pad2(summary.insufficientData),
        m.indicatorsWord(insufficientDataIds.join(", ")),
      )
      .join("; ");
  };
  defineLazy(summary, "text", (): Text => ({ vi: lines("vi"), en: lines("en") }));
  return summary;
}

/** The conclusion line: "Kết luận: Không đạt, do chỉ báo … chưa đạt." */
export function conclusionText(verdict: Verdict, results: IndicatorResult[], rule: ConclusionRule, lang: Lang): string {
  const m = messagesFor(lang);
  const ids = verdict === "not_met" ? failing(results, rule) : results.filter((r) => r.verdict === "insufficient_data").map((r) => r.id);
  return m.conclusion[verdict](m.indicatorsWord(ids.join(", ")));
}

/** The label of an overall verdict. */
export function conclusionLabel(verdict: Verdict): Text {
  return { vi: messagesFor("vi").conclusionLabel[verdict], en: messagesFor("en").conclusionLabel[verdict] };
}

/** Verdicts of criteria or standards, reached like the overall one. */
export function groupResults(
  groups: { id: string; title: Text; indicatorIds: string[] }[],
  byId: Map<string, IndicatorResult>,
  rule: ConclusionRule,
): GroupResult[] {
  return groups.map((g) => ({
    id: g.id,
    title: { ...g.title },
    verdict: conclude(g.indicatorIds.map((id) => byId.get(id)?.verdict ?? "insufficient_data"), rule),
    indicators: [...g.indicatorIds],
  }));
}
