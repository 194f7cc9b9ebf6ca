/**
 * The data model of the bundled WVS-7 dataset (public/data/wvs7-dataset.json).
 * Everything downstream (prompts, engines, metrics, charts) speaks these types.
 */

import type { Zone } from './zones.ts';

export type { Zone };

/** WVS question id as in the questionnaire: "Q1" … "Q259", "Q234A". */
export type QuestionId = string;

/** ISO 3166-1 alpha-3 code, or the WVS alpha code where ISO has none ("NIR" for Northern Ireland). */
export type CountryId = string;

/** The 12 WorldValuesBench value categories plus the flagged extra sections. */
export type CategoryId =
  | 'social-values'
  | 'happiness-wellbeing'
  | 'social-capital-trust'
  | 'economic-values'
  | 'corruption'
  | 'migration'
  | 'security'
  | 'science-technology'
  | 'religious-values'
  | 'ethical-values'
  | 'political-interest-participation'
  | 'political-culture-regimes'
  | 'postmaterialist-index';

/** The paper's (arXiv 2412.08846) two groups of categories. */
export type CategoryGroup = 'socio-cultural-norms' | 'social-systems-progress' | 'not-scored';

export interface Category {
  id: CategoryId;
  /** Name as in WorldValuesBench's question metadata, e.g. "Ethical Values". */
  name: string;
  group: CategoryGroup;
}

/** ordinal: ≥3 ordered options; binary: 2 ordered options; nominal: unordered choices (distribution metrics only). */
export type ScaleType = 'ordinal' | 'binary' | 'nominal';

export interface AnswerOption {
  /** WVS answer code as in the microdata (before any recode). */
  code: number;
  text: string;
  /** Position on the answer scale after WorldValuesBench's adjustments; null = substantive but off the scale. */
  value: number | null;
}

/** Why a question is kept but excluded from the default value-question set. */
export type QuestionFlag = 'postmaterialist' | 'knowledge';

export interface Question {
  id: QuestionId;
  /** Full question as asked (CultureSPA wording). */
  text: string;
  /** Short label (codebook variable label). */
  label: string;
  category: CategoryId;
  scaleType: ScaleType;
  /** Options in scale order (ascending value, off-scale options last). */
  options: AnswerOption[];
  flags: QuestionFlag[];
}

export interface Country {
  id: CountryId;
  name: string;
  /** ISO 3166-1 numeric as a 3-digit string; null for Northern Ireland. */
  isoNumeric: string | null;
  /** world-atlas geometry id (zero-padded string); several countries may share one (GBR and NIR → "826"). */
  atlasId: string;
  /** WVS B_COUNTRY code. */
  wvsCode: number;
  /** WVS B_COUNTRY_ALPHA code. */
  wvsAlpha: string;
  zone: Zone;
  /** 'tao2024' when taken from Tao et al.'s table, 'assigned' where ValueProbe had to choose (see zoneNote). */
  zoneSource: 'tao2024' | 'assigned';
  zoneNote: string | null;
  western: boolean;
  /** Whether the bundled CultureSPA data has full answer distributions for this country. */
  hasDistributions: boolean;
  /** Inglehart–Welzel human coordinates [RC1 survival→self-expression, RC2 traditional→secular], null if none. */
  iwCoords: [number, number] | null;
  /** Whether the country has its own polygon in the map; if false, mapNote says why and how it is shown. */
  ownPolygon: boolean;
  mapNote: string | null;
}

/**
 * Probabilities over a question's options, in the question's option order; sums to 1.
 * Branded so that a plain number[] cannot be passed where a validated distribution is expected.
 */
export type Distribution = readonly number[] & { readonly __brand: 'Distribution' };

export interface HumanResponse {
  /** Respondent counts per option (question option order). */
  counts: number[];
  /** Number of substantive answers (missing codes excluded). */
  n: number;
  distribution: Distribution;
  /** Σ p_k s_k over on-scale options, renormalised over them; null for nominal questions. */
  mean: number | null;
  /**
   * Imported weighted references only: respondents behind the answers. Then `counts` and `n` hold sums of
   * survey weights (W_WEIGHT), and this is the plain respondent count. Absent for unweighted data, where n is it.
   */
  unweightedN?: number;
}

export type Weighting = 'weighted' | 'unweighted';

/** Country means from a source without full distributions, on the question's own scale (after adjustments). */
export interface SupplementaryMeans {
  id: 'trustbench' | 'ramezani';
  label: string;
  weighting: Weighting;
  citationId: string;
  /** question id → country id → mean on the WVS scale. */
  means: Record<QuestionId, Record<CountryId, number>>;
}

export interface InglehartWelzelParameters {
  /** IVS item codes in projection order. */
  items: string[];
  center: number[];
  scale: number[];
  /** 10×2 loadings. */
  weights: [number, number][];
  rc1: [number, number];
  rc2: [number, number];
  groundtruth: { input: number[]; output: [number, number] }[];
}

export interface Citation {
  id: string;
  text: string;
  terms: string;
  url: string | null;
}

export interface Dataset {
  schemaVersion: 1;
  /** Changes whenever content changes; goes into run exports. */
  datasetVersion: string;
  categories: Category[];
  questions: Question[];
  countries: Country[];
  /** Built-in human reference: question id → country id → response (CultureSPA, unweighted). */
  responses: Record<QuestionId, Record<CountryId, HumanResponse>>;
  supplementary: SupplementaryMeans[];
  inglehartWelzel: InglehartWelzelParameters;
  citations: Citation[];
}

/**
 * A set of human answers that model answers are compared with: the built-in CultureSPA data,
 * or a reference the user imported (official WVS-7 microdata, GlobalOpinionQA).
 */
export interface HumanReference {
  id: string;
  /** Shown on every chart and export, e.g. "Built-in (CultureSPA, 19 countries, unweighted)". */
  label: string;
  weighting: Weighting;
  responses: Record<QuestionId, Record<CountryId, HumanResponse>>;
}

/** A human reference the user imported (e.g. aggregated WVS-7 microdata). */
export interface StoredReference extends HumanReference {
  /** Where the data came from, e.g. "WVS_Cross-National_Wave_7_csv_v6_0.csv". */
  source: string;
  createdAt: string;
}
