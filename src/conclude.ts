import type { ConclusionRule, GroupResult, IndicatorResult, IndicatorVerdict, Lang, Summary, Text, Verdict } from "./types.js";
import type { PreparedGroup } from "./pack/prepared-pack.js";
import { pad2 } from "./explain/format-number.js";
import { messagesFor } from "./explain/messages-for.js";
import { defineLazy, plainObjectBase } from "./lazy.js";

/**
 * The verdict of a set of indicators: not met when any is not met (a failure is decisive), otherwise insufficient
 * data when any lacks data, otherwise met. A not-applicable indicator is ignored, or counts as not met when the pack
 * says `notApplicable: "fail"`. `verdicts` are the indicators' verdicts in pack order; `positions` picks some of them
 * (a criterion's or a standard's).
 */
export function conclude(verdicts: readonly IndicatorVerdict[], rule: ConclusionRule, positions?: readonly number[]): Verdict {
  const failNa = rule.notApplicable === "fail";
  let insufficient = false;
  const n = positions ? positions.length : verdicts.length;
  for (let k = 0; k < n; k++) {
    const v = verdicts[positions ? (positions[k] as number) : k] as IndicatorVerdict;
    if (v === "not_met" || (failNa && v === "not_applicable")) return "not_met";
    if (v === "insufficient_data") insufficient = true;
  }
  return insufficient ? "insufficient_data" : "met";
}

/**
 * The ids of the indicators with verdict `v`, joined with ", ". A loop, not `filter`: `ids` is the deep-frozen
 * pack's, and V8's array builtins leave their fast path on frozen arrays (`filter` there took about 600 ns, this loop
 * 35 ns).
 */
function idsWith(ids: readonly string[], verdicts: readonly IndicatorVerdict[], v: IndicatorVerdict): string {
  let out = "";
  for (let i = 0; i < ids.length; i++) if (verdicts[i] === v) out += (out === "" ? "" : ", ") + (ids[i] as string);
  return out;
}

/** Counts of verdicts and the summary lines, as the district's report words them. */
export function summarize<T extends object>(results: IndicatorResult[], owner: T, conclusionOf: (owner: T) => Text): Summary {
  let met = 0;
  let notApplicableIds: string[] | null = null;
  const notMetIds: string[] = [];
  const insufficientDataIds: string[] = [];
  for (const r of results) {
    if (r.verdict === "met") met++;
    else if (r.verdict === "not_met") notMetIds.push(r.id);
    else if (r.verdict === "not_applicable") (notApplicableIds ??= []).push(r.id);
    else insufficientDataIds.push(r.id);
  }
  return new SummaryObject(results.length, met, notApplicableIds ?? NO_IDS, notMetIds, insufficientDataIds, owner, conclusionOf as (owner: object) => Text);
}

const NO_IDS: readonly string[] = Object.freeze([]);

/** Counts of verdicts, with the summary lines computed when first read. */
class SummaryObject extends plainObjectBase() implements Summary {
  declare total: number;
  declare met: number;
  declare notMet: number;
  declare notApplicable: number;
  declare insufficientData: number;
  declare notMetIds: string[];
  declare insufficientDataIds: string[];
  declare text: Text;
  #text: Text | undefined;
  // What the text is written from: the engine's counts and lists, not the fields a caller may change before reading it.
  #met: number;
  #notApplicableIds: readonly string[];
  #notMetIds: readonly string[];
  #insufficientDataIds: readonly string[];
  #owner: object;
  #conclusionOf: (owner: object) => Text;

  /** An own, enumerable getter that computes once and caches. */
  static readonly #TEXT = function (this: SummaryObject): Text {
    return (this.#text ??= { vi: this.#lines("vi"), en: this.#lines("en") });
  };

  constructor(total: number, met: number, notApplicableIds: readonly string[], notMetIds: string[], insufficientDataIds: string[], owner: object, conclusionOf: (owner: object) => Text) {
    super();
    this.#text = undefined;
    this.#met = met;
    // Private (not a field of the summary: its ids are those of the indicators), fresh or the shared empty list.
    this.#notApplicableIds = notApplicableIds;
    // The lists given are fresh: the result holds them, the text its own copies (none when empty, the usual case).
    this.#notMetIds = notMetIds.length === 0 ? NO_IDS : notMetIds.slice();
    this.#insufficientDataIds = insufficientDataIds.length === 0 ? NO_IDS : insufficientDataIds.slice();
    this.#owner = owner;
    this.#conclusionOf = conclusionOf;
    this.total = total;
    this.met = met;
    this.notMet = notMetIds.length;
    this.notApplicable = notApplicableIds.length;
    this.insufficientData = insufficientDataIds.length;
    this.notMetIds = notMetIds;
    this.insufficientDataIds = insufficientDataIds;
    defineLazy(this, "text", SummaryObject.#TEXT);
  }

  #lines(lang: Lang): string {
    const m = messagesFor(lang);
    const notMetIds = this.#notMetIds;
    const insufficientDataIds = this.#insufficientDataIds;
    return m
      .summaryLines(
        pad2(this.#met),
        pad2(notMetIds.length),
        notMetIds.length > 0 ? m.indicatorsWord(notMetIds.join(", ")) : "",
        pad2(this.#notApplicableIds.length),
        m.indicatorsWord(this.#notApplicableIds.join(", ")),
        pad2(insufficientDataIds.length),
        m.indicatorsWord(insufficientDataIds.join(", ")),
      )
      .concat(this.#conclusionOf(this.#owner)[lang])
      .join("; ");
  }
}

/** The conclusion line: "Kết luận: Không đạt, do chỉ báo … chưa đạt." */
export function conclusionText(verdict: Verdict, ids: readonly string[], verdicts: readonly IndicatorVerdict[], rule: ConclusionRule, lang: Lang): string {
  const m = messagesFor(lang);
  if (verdict === "met") return m.conclusion.met("");
  if (verdict === "insufficient_data") return m.conclusion.insufficient_data(m.indicatorsWord(idsWith(ids, verdicts, "insufficient_data")));
  const notMet = idsWith(ids, verdicts, "not_met");
  // Under a pack that counts "not applicable" as failing, those are named apart: the summary counts them as such.
  const notApplicable = rule.notApplicable === "fail" ? idsWith(ids, verdicts, "not_applicable") : "";
  if (notApplicable === "") return m.conclusion.not_met(m.indicatorsWord(notMet));
  return m.conclusionNotApplicableFails(notMet === "" ? "" : m.indicatorsWord(notMet), m.indicatorsWord(notApplicable));
}

/** The label of an overall verdict. */
export function conclusionLabel(verdict: Verdict): Text {
  return { vi: messagesFor("vi").conclusionLabel[verdict], en: messagesFor("en").conclusionLabel[verdict] };
}

/** Verdicts of criteria or standards, reached like the overall one. */
export function groupResults(groups: PreparedGroup[], verdicts: readonly IndicatorVerdict[], rule: ConclusionRule): GroupResult[] {
  const out: GroupResult[] = new Array<GroupResult>(groups.length);
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] as PreparedGroup;
    // Titles and id lists come from the deep-frozen pack and are shared, never copied.
    out[i] = { id: g.id, title: g.title, verdict: conclude(verdicts, rule, g.positions), indicators: g.indicatorIds };
  }
  return out;
}
