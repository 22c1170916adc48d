import type { Criterion, Indicator, PackInfo, RulePack, Standard, Text, Unit, UsedThreshold } from "../types.js";
import type { SchemaNode } from "../report/schema-node.js";
import type { CompiledLogic } from "../logic/compile-logic.js";
import type { GeneratedRules } from "./generated-code.js";

/** What a field of an indicator's report block is, for people and for formatting. */
export interface FieldInfo {
  /** Label in both languages (the field name when the schema gives none). */
  label: Text;
  /** How its values are shown. */
  unit: SchemaNode["x-unit"];
  /** Declared decimal places. */
  decimals: number | undefined;
}

/** A measure compiled: closures, or functions generated ahead of time for a bundled pack (with `ready` and `inputs`). */
export interface PreparedMeasure {
  applicable: CompiledLogic | null;
  value: CompiledLogic;
  /** Every required field is given (generated code only). */
  ready?: (block: Record<string, unknown>) => boolean;
  /** The figures used, when `ready` (generated code only). */
  inputs?: (block: Record<string, unknown>) => Record<string, unknown>;
}

/** An indicator with everything evaluation needs, computed once per pack. */
export interface PreparedIndicator {
  indicator: Indicator;
  criterion: Criterion;
  standard: Standard;
  /** Schema of its report block. */
  block: SchemaNode;
  /** Its block's fields. */
  fields: Map<string, FieldInfo>;
  /** Its rule compiled into closures, once: the `applicable` and `value` of each measure, and each constraint's check. */
  compiled: { measures: PreparedMeasure[]; constraints: CompiledLogic[] };
  /** For each measure, whether its value is one figure of the block as given (`{ "var": "percent" }`): quoted whole. */
  figureMeasures: boolean[];
  /** Every field any of its measures requires, in order, once each. */
  allRequired: string[];
  /**
   * For each measure, the fields of the block its `applicable` condition reads or tests (null when it has none): the
   * condition is tested as soon as these are given, even when the measure lacks other figures (an empty population).
   */
  applicableFields: (string[] | null)[];
  /** Whether any measure's `applicable` reads fields of the block (else there is no empty population to look for). */
  populationCheck: boolean;
  /**
   * Fields of the block that may hold text and that its rules read (null when none): written in NFC in the engine's
   * private copy as the report is read (fast path and slow path alike), the form the report digest covers, so that a
   * report typed with decomposed accents is checked and judged as the same report composed.
   */
  textFields: string[] | null;
  /** JSON pointer of its block in a report: `/indicators/<id>`. */
  blockPath: string;
  /** Names of its block's fields that hold lists of evidence (`x-unit: "evidence"`). */
  evidenceFields: string[];
  /** The JSON pointer of each of them in a report. */
  evidencePaths: string[];
  /** The threshold it compares with, or null. */
  threshold: { name: string; value: number; unit: Unit; label: Text } | null;
  /** The same, as results show it (frozen, shared by all results). */
  usedThreshold: UsedThreshold | null;
  /** Texts that depend on the pack only, per language, built on first use by explain/reason.ts. */
  texts: Record<"vi" | "en", IndicatorTexts>;
}

/** An indicator's texts that depend on the pack only (see {@link PreparedIndicator.texts}). */
export interface IndicatorTexts {
  /** "yêu cầu tối thiểu 75%". */
  requirement: string | undefined;
  /** "; yêu cầu tối thiểu 75%.": how a reason ends (one string, so that a reason is put together from three). */
  ending: string | undefined;
  /** The threshold in the rule's unit ("75%"), or null when the rule has none. */
  threshold: string | null | undefined;
  /** Each measure's describe template, split and resolved (by measure index). */
  describers: unknown[];
}

/** A pack checked and prepared once, then reused for every report. */
export interface PreparedPack {
  pack: RulePack;
  info: PackInfo;
  indicators: PreparedIndicator[];
  /** The report schema with `$ref`s resolved. */
  reportSchema: SchemaNode;
  /** Threshold values by name, as rules read them. */
  thresholdValues: Record<string, number>;
  /** The date the pack came into force as people write it (12/11/2021), for the evidence flags. */
  effectiveFromText: string;
  /**
   * The fast path for a whole report: checks it (schema, limits, constraints) and copies it in one pass; returns the
   * private copy, or `INVALID` when the slow path must say what is wrong (or decide an unusual case).
   */
  read: (report: unknown) => unknown;
  /** The rules generated ahead of time for this pack (a bundled pack), or null: see src/pack/generated-code.ts. */
  rules: GeneratedRules | null;
  /** Criteria and standards with the positions of their indicators in `indicators`. */
  groups: { criteria: PreparedGroup[]; standards: PreparedGroup[] };
  /** The ids of `indicators`, in their order (frozen). */
  indicatorIds: readonly string[];
}

/** A criterion or a standard, with the positions of its indicators. */
export interface PreparedGroup {
  id: string;
  title: Text;
  indicatorIds: string[];
  positions: number[];
}
