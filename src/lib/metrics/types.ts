/**
 * Inputs and results of the metrics. RunSummary is what the Results and Compare views and every export print,
 * so its shape is part of the app's contract: add fields, never rename or repurpose them.
 * Every number that can be undefined is `null`, never 0 and never NaN, so the summary survives JSON round trips.
 */
import type {
  CategoryGroup,
  CategoryId,
  CountryId,
  Distribution,
  QuestionId,
  ScaleType,
  SupplementaryMeans,
  Weighting,
  Zone,
} from '../survey/types';

/**
 * The model's answers: question id → country id → distribution over the question's options, in the question's
 * option order (not the prompt's label order), already combined over option orders (see combineOrders).
 */
export type ModelAnswers = Record<QuestionId, Record<CountryId, Distribution>>;

/** A figure with its 95 % percentile-bootstrap interval. */
export interface Estimate {
  /** The statistic on the full sample; null when it is undefined (e.g. a correlation with zero variance). */
  estimate: number | null;
  /** Interval bounds; null when the bootstrap was skipped (resamples = 0) or no resample gave a defined value. */
  low: number | null;
  high: number | null;
  /** Resamples drawn. */
  resamples: number;
  /** Resamples whose statistic was undefined; they are skipped, not counted as 0. */
  undefinedResamples: number;
}

/**
 * An estimate over questions and countries with a two-way (question × country) bootstrap interval. `withheld`
 * says why no interval is given although resamples were asked for: too few questions (< 5) or countries (< 8).
 */
export interface TwoWayEstimate extends Estimate {
  withheld: 'too-few-questions' | 'too-few-countries' | null;
}

/**
 * Why a per-question correlation is undefined. A model whose means do not vary where people's do is not
 * undefined: its r is 0 (QuestionScore.sameAnswerForEveryCountry).
 */
export type UndefinedReason = 'nominal' | 'too-few-countries' | 'human-constant';

/** One (question, country) comparison. */
export interface ItemScore {
  questionId: QuestionId;
  countryId: CountryId;
  /** h(q,c) on the question's own scale; null for nominal questions. */
  humanMean: number | null;
  /** m(q,c) on the question's own scale; null for nominal questions or when the model put no mass on the scale. */
  modelMean: number | null;
  /** The same means mapped to [0,1] by (s − min)/(max − min). */
  humanNormalised: number | null;
  modelNormalised: number | null;
  /** 1 − Jensen–Shannon distance (base 2) over all options, in [0,1]; null for a pair compared on a
   * supplementary mean (no human distribution). */
  jsdSimilarity: number | null;
  /** 1 − W1/(K − 1) over the on-scale options; null for nominal questions and supplementary means. */
  wassersteinSimilarity: number | null;
  /** Where humanMean comes from: the reference's distribution, or a supplementary source's country mean. */
  humanSource: 'distribution' | SupplementaryMeans['id'];
}

export interface QuestionScore {
  questionId: QuestionId;
  category: CategoryId;
  scaleType: ScaleType;
  /** Countries compared: a model answer and a human distribution or a supplementary mean. */
  countries: number;
  /** Of those, countries compared on a supplementary mean only: they enter r, ρ and persona sensitivity, not JSD
   * or W1. */
  supplementaryCountries: number;
  /**
   * Pearson r of model vs human means across countries; CI from resampling countries. 0 (not undefined) when
   * people's means vary but the model's do not: a persona-blind answer has no country signal.
   */
  pearson: Estimate;
  /** Spearman ρ (average ranks for ties) across countries; null whenever pearson.estimate is null, 0 where r is
   * 0 by the same-answer rule. */
  spearman: number | null;
  /** Set when pearson.estimate is null. */
  undefinedReason: UndefinedReason | null;
  /** People's means vary across countries but the model's do not (within pearson's tolerance): r counts as 0. */
  sameAnswerForEveryCountry: boolean;
  /** SD of the model's means across countries ÷ SD of people's; 0 for the same answer everywhere; null where r
   * is undefined. */
  personaSensitivity: number | null;
  meanJsdSimilarity: number | null;
  /** null for nominal questions. */
  meanWassersteinSimilarity: number | null;
}

export interface CountryScore {
  countryId: CountryId;
  name: string;
  zone: Zone;
  western: boolean;
  /** Questions with both normalised means (used for pearson). */
  questions: number;
  /** Questions compared on a supplementary human mean only (in the correlations, not in JSD or W1). */
  supplementaryQuestions: number;
  /**
   * The paper's per-country r: Pearson r across questions on normalised means; CI from resampling questions. It
   * mostly reflects which questions get high or low answers: an answer that is the same for every country scores
   * high on it.
   */
  pearson: Estimate;
  /**
   * Country-specific r: Pearson r across questions on centred means (each question's mean over its compared
   * countries subtracted, model and people apart); CI from resampling questions. 0 when the model's centred
   * means do not vary (a persona-blind answer), null with fewer than 3 questions or people's constant.
   */
  centredPearson: Estimate;
  /** Mean over all questions compared on distributions, nominal included; null for a country compared on
   * supplementary means only. */
  meanJsdSimilarity: number | null;
  /** Mean over ordinal and binary questions compared on distributions. */
  meanWassersteinSimilarity: number | null;
}

/** Mean of per-question r over a set of questions (a category or one of the paper's two groups). */
export interface QuestionSetScore {
  /** Mean of the defined per-question r; two-way (question × country) bootstrap interval. */
  meanPearson: TwoWayEstimate;
  /** Fisher-z mean of the same r (see fisherMean). */
  fisherMeanPearson: number | null;
  /** Questions whose r was defined and entered the mean. */
  questionsUsed: number;
  /** Ordinal/binary questions whose r was undefined (left out of the mean, never counted as 0); nominal questions
   * have no r and are counted in neither field. */
  questionsUndefined: number;
  meanJsdSimilarity: number | null;
  meanWassersteinSimilarity: number | null;
}

export interface CategoryScore extends QuestionSetScore {
  categoryId: CategoryId;
  name: string;
  group: CategoryGroup;
}

export interface GroupScore extends QuestionSetScore {
  group: CategoryGroup;
}

/** Mean of a per-country score over a set of countries. */
export interface CountrySetMean {
  /** null when no member has a defined score. */
  mean: number | null;
  /** Countries whose score was defined and entered the mean. */
  members: CountryId[];
  /** Countries of the set whose score was undefined. */
  undefinedMembers: CountryId[];
}

export interface WesternGap {
  western: CountrySetMean;
  nonWestern: CountrySetMean;
  /** western.mean − nonWestern.mean; null if either is null. */
  gap: number | null;
  /** The gap with its two-way bootstrap interval, for the per-country correlations; null for other scores. */
  gapInterval: TwoWayEstimate | null;
}

export interface ZoneMean extends CountrySetMean {
  zone: Zone;
  /** The mean with its two-way bootstrap interval, for the per-country correlations; null for other scores. */
  interval: TwoWayEstimate | null;
}

/** A per-country score broken down by the Western flag and by cultural zone. */
export interface CountryBreakdown {
  westernGap: WesternGap;
  /** Zones in alphabetical order; zones without any compared country are left out. */
  zones: ZoneMean[];
}

/** [RC1 survival → self-expression, RC2 traditional → secular]. */
export type IwPoint = [number, number];

export interface IwPosition {
  countryId: CountryId;
  /** Projected from the reference's answers; null if an item is missing (see missingHuman). */
  human: IwPoint | null;
  model: IwPoint | null;
  /** IW items that could not be computed, e.g. "y002 (Q154, Q155)". */
  missingHuman: string[];
  missingModel: string[];
}

export interface Coverage {
  /** Questions compared (at least one country with both answers). */
  questions: number;
  /** Of those, nominal questions (distribution metrics only). */
  nominalQuestions: number;
  countries: number;
  /** (question, country) pairs compared. */
  comparedPairs: number;
  /** Pairs the reference has but the model answers lack (not compared). */
  pairsWithoutModelAnswer: number;
  /** Pairs the model answered but neither the reference nor a supplementary source has (not compared). */
  pairsWithoutReference: number;
  /** Countries with at least one pair compared on distributions: the countries of JSD and W1. */
  distributionCountries: CountryId[];
  /** Countries compared on supplementary means only: they enter the mean-based figures (r, pooled r, per-country
   * r, Western gap), not JSD or W1. */
  supplementaryOnlyCountries: CountryId[];
  /** Per supplementary source that entered the figures: its pairs and countries. */
  supplementary: SupplementaryCoverage[];
  /** Ordinal/binary questions whose per-question r is undefined. */
  questionsWithUndefinedPearson: number;
  /** Questions where people vary but the model gives every country the same answer (r counted as 0). */
  sameAnswerForEveryCountry: QuestionId[];
  countriesWithUndefinedPearson: number;
}

/** The pairs a supplementary source of country means filled in where the reference has no distribution. */
export interface SupplementaryCoverage {
  id: SupplementaryMeans['id'];
  label: string;
  weighting: Weighting;
  /** (question, country) pairs compared on this source's means. */
  pairs: number;
  questions: QuestionId[];
  countries: CountryId[];
}

export interface SummaryOptions {
  /** Bootstrap resamples per interval; 0 skips the bootstrap (fast pass). Default 1000. */
  resamples?: number;
  /** Seed of the bootstrap PRNG (d3.randomLcg). Default 1. */
  seed?: number;
  /** Include questions flagged 'postmaterialist' or 'knowledge' in the scored set. Default false. */
  includeFlagged?: boolean;
  /**
   * Fill RunSummary.items (one row per compared pair). Default true. Views that compare many runs and never show
   * single pairs pass false: building the rows costs more than all the statistics together.
   */
  includeItems?: boolean;
  /**
   * Fill RunSummary.questions and RunSummary.countries. Default true. Views that show only the aggregates (the
   * Compare view, the baselines next to a run's headline) pass false: the rows are computed either way, since
   * the aggregates are built from them, but copying them from a worker to the page took longer than computing
   * them.
   */
  includeQuestionAndCountryRows?: boolean;
  /**
   * Intervals for the group and category means. Default true. The baselines beside a run show only their headline
   * and Western gaps, so their group and category intervals (a third of a summary's bootstrap) are skipped.
   */
  groupAndCategoryIntervals?: boolean;
}

/** Persona sensitivity (QuestionScore.personaSensitivity) over a run's questions. */
export interface PersonaSensitivitySummary {
  /** Median over the questions with a defined sensitivity; null if none. */
  median: number | null;
  /** Share of those questions at 0 (the same answer for every country); null if none. */
  shareAtZero: number | null;
  /** Questions with a defined sensitivity. */
  questions: number;
}

export interface Headline {
  /** Pearson r pooled over all (question, country) pairs on normalised means; two-way bootstrap interval. */
  pooledPearson: TwoWayEstimate;
  /** Mean of the defined per-question r (0 for the same answer everywhere); two-way bootstrap interval. The
   * paper's headline. */
  meanQuestionPearson: TwoWayEstimate;
  /** Fisher-z mean of the same per-question r (see fisherMean); reported beside the plain mean, no interval. */
  fisherMeanQuestionPearson: number | null;
  /** Mean over questions of each question's mean JSD similarity; two-way bootstrap interval. */
  meanJsdSimilarity: TwoWayEstimate;
  /** Same for the Wasserstein similarity, ordinal and binary questions only. */
  meanWassersteinSimilarity: TwoWayEstimate;
  /** How much the answers move with the persona, relative to people's differences between countries. */
  personaSensitivity: PersonaSensitivitySummary;
}

/** The Headline fields that are estimates (shown as a value with its interval). */
export type HeadlineEstimateKey = Exclude<keyof Headline, 'personaSensitivity' | 'fisherMeanQuestionPearson'>;

export interface RunSummary {
  schemaVersion: 1;
  datasetVersion: string;
  referenceId: string;
  referenceLabel: string;
  /** The options actually used, defaults filled in. */
  options: Required<SummaryOptions>;
  headline: Headline;
  /** The paper's two groups (socio-cultural norms, social systems and progress); 'not-scored' is left out. */
  groups: GroupScore[];
  /** In dataset category order; categories without compared questions are left out. */
  categories: CategoryScore[];
  /** In dataset country order; only countries with at least one compared pair. Empty when
   * options.includeQuestionAndCountryRows is false. */
  countries: CountryScore[];
  /** In dataset question order; only questions with at least one compared pair. Empty when
   * options.includeQuestionAndCountryRows is false. */
  questions: QuestionScore[];
  /** Every compared pair, question-major in dataset order; empty when options.includeItems is false. */
  items: ItemScore[];
  /** The paper's per-country Pearson r broken down by Western flag and zone. */
  pearsonByCountryGroup: CountryBreakdown;
  /** Country-specific (centred) r broken down by Western flag and zone. */
  centredPearsonByCountryGroup: CountryBreakdown;
  /** Per-country mean JSD similarity broken down by Western flag and zone. */
  jsdSimilarityByCountryGroup: CountryBreakdown;
  /** Every dataset country with a defined human or model position. */
  inglehartWelzel: IwPosition[];
  coverage: Coverage;
}
