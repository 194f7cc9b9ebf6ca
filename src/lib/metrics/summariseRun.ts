import type { CategoryGroup, Country, Dataset, HumanReference } from '../survey/types';
import { BlockArena } from './blockArena';
import type { BootstrapOptions } from './bootstrap';
import { compareItems } from './compareItems';
import { groupMeanOnCross, westernGapOnCross } from './countryGroupsOnCross';
import { comparedColumns, meanQuestionPearsonOnCross, type RunCross } from './crossStatistics';
import { countryScores } from './countryScores';
import type { CountryValue } from './countrySetMean';
import { headline } from './headline';
import { itemScores } from './itemScores';
import { iwPositions } from './iwPositions';
import { questionScores } from './questionScores';
import { questionSetScore } from './questionSetScore';
import { supplementaryCoverage } from './supplementaryCoverage';
import { twoWayBootstrap } from './twoWayBootstrap';
import type {
  CountryBreakdown,
  CountryScore,
  ModelAnswers,
  QuestionScore,
  RunSummary,
  SummaryOptions,
  TwoWayEstimate,
} from './types';
import { westernGap } from './westernGap';
import { zoneMeans } from './zoneMeans';

const DEFAULT_OPTIONS: Required<SummaryOptions> = {
  resamples: 1000,
  seed: 1,
  includeFlagged: false,
  includeItems: true,
  includeQuestionAndCountryRows: true,
  groupAndCategoryIntervals: true,
};

/** The columns and pair buffers of the summary being computed, reused by the next one (see BlockArena). */
const scratch = new BlockArena();

/** The paper's two groups, in the order they are reported. */
const SCORED_GROUPS: CategoryGroup[] = ['socio-cultural-norms', 'social-systems-progress'];

/**
 * Every number the Results and Compare views show for one run against one human reference.
 * Scored questions are the dataset's questions (without flagged ones unless options.includeFlagged) that have at
 * least one country with a model answer and a reference distribution or a supplementary mean (the dataset's
 * TrustBench and Ramezani country means stand in, for the mean-based figures only, where the reference has no
 * distribution); the Inglehart–Welzel positions use the answers whatever their flags. Pure: the same inputs and
 * options give the same summary, intervals included.
 */
export function summariseRun(
  dataset: Dataset,
  reference: HumanReference,
  answers: ModelAnswers,
  options: SummaryOptions = {},
): RunSummary {
  const settings: Required<SummaryOptions> = { ...DEFAULT_OPTIONS, ...options };
  const bootstrap: BootstrapOptions = { resamples: settings.resamples, seed: settings.seed };
  const scored = dataset.questions.filter((question) => settings.includeFlagged || question.flags.length === 0);
  // Every block taken below is read only while this summary is computed, so the arena can start over.
  scratch.reset();
  const run = compareItems(scored, dataset.countries, reference, answers, scratch, dataset.supplementary);
  // Rows left out of the summary need no intervals of their own: the aggregates read only their estimates.
  const rowBootstrap = settings.includeQuestionAndCountryRows ? bootstrap : { ...bootstrap, resamples: 0 };
  const questions = questionScores(run, rowBootstrap, scratch, settings.includeQuestionAndCountryRows);
  const countries = countryScores(dataset.countries, run, rowBootstrap, scratch);

  const cross: RunCross = { run, columns: comparedColumns(run) };
  // Averages over questions and countries get two-way intervals: both vary, all questions share the countries.
  const meanPearsonOver = (keep: (score: QuestionScore) => boolean, options: BootstrapOptions = bootstrap) => {
    const rows = questions.flatMap((score, row) => (keep(score) && score.undefinedReason !== 'nominal' ? [row] : []));
    const statistic = meanQuestionPearsonOnCross(cross, rows);
    return twoWayBootstrap(rows.length, cross.columns.length, statistic, options);
  };
  const setBootstrap = settings.groupAndCategoryIntervals ? bootstrap : { ...bootstrap, resamples: 0 };
  const setScore = (keep: (score: QuestionScore) => boolean) =>
    questionSetScore(questions.filter(keep), meanPearsonOver(keep, setBootstrap));
  const western = Array.from(cross.columns, (column) => (dataset.countries[column] as Country).western);
  const gapInterval = (centred: boolean) =>
    twoWayBootstrap(run.questions.length, cross.columns.length, westernGapOnCross(cross, western, centred), bootstrap);
  const zoneOfColumn = Array.from(cross.columns, (column) => (dataset.countries[column] as Country).zone);
  const zoneInterval = (centred: boolean) => (zone: Country['zone']) => {
    const member = zoneOfColumn.map((of) => of === zone);
    return twoWayBootstrap(run.questions.length, cross.columns.length, groupMeanOnCross(cross, member, centred), {
      ...bootstrap,
      groupCountries: member.filter(Boolean).length,
    });
  };
  const groupOf = new Map(dataset.categories.map((category) => [category.id, category.group]));
  const byCountry = (value: (score: CountryScore) => number | null): CountryValue[] =>
    countries.map((score) => ({ countryId: score.countryId, value: value(score) }));

  return {
    schemaVersion: 1,
    datasetVersion: dataset.datasetVersion,
    referenceId: reference.id,
    referenceLabel: reference.label,
    options: settings,
    headline: headline(
      cross,
      questions,
      meanPearsonOver(() => true),
      bootstrap,
    ),
    groups: SCORED_GROUPS.filter((group) => questions.some((score) => groupOf.get(score.category) === group)).map(
      (group) => ({ group, ...setScore((score) => groupOf.get(score.category) === group) }),
    ),
    categories: dataset.categories
      .filter((category) => questions.some((score) => score.category === category.id))
      .map((category) => ({
        categoryId: category.id,
        name: category.name,
        group: category.group,
        ...setScore((score) => score.category === category.id),
      })),
    countries: settings.includeQuestionAndCountryRows ? countries : [],
    questions: settings.includeQuestionAndCountryRows ? questions : [],
    items: settings.includeItems ? itemScores(run, dataset.countries) : [],
    pearsonByCountryGroup: breakdown(
      dataset.countries,
      byCountry((score) => score.pearson.estimate),
      gapInterval(false),
      zoneInterval(false),
    ),
    centredPearsonByCountryGroup: breakdown(
      dataset.countries,
      byCountry((score) => score.centredPearson.estimate),
      gapInterval(true),
      zoneInterval(true),
    ),
    jsdSimilarityByCountryGroup: breakdown(
      dataset.countries,
      byCountry((score) => score.meanJsdSimilarity),
    ),
    inglehartWelzel: iwPositions(dataset.inglehartWelzel, dataset.questions, dataset.countries, reference, answers),
    coverage: {
      questions: questions.length,
      nominalQuestions: questions.filter((score) => score.scaleType === 'nominal').length,
      countries: countries.length,
      comparedPairs: questions.reduce((total, score) => total + score.countries, 0),
      pairsWithoutModelAnswer: run.pairsWithoutModelAnswer,
      pairsWithoutReference: run.pairsWithoutReference,
      ...supplementaryCoverage(run, dataset.countries),
      questionsWithUndefinedPearson: questions.filter(
        (score) => score.pearson.estimate === null && score.undefinedReason !== 'nominal',
      ).length,
      sameAnswerForEveryCountry: questions
        .filter((score) => score.sameAnswerForEveryCountry)
        .map((score) => score.questionId),
      countriesWithUndefinedPearson: countries.filter((score) => score.pearson.estimate === null).length,
    },
  };
}

function breakdown(
  countries: readonly Country[],
  values: readonly CountryValue[],
  gapInterval: TwoWayEstimate | null = null,
  zoneInterval?: (zone: Country['zone']) => TwoWayEstimate | null,
): CountryBreakdown {
  return {
    westernGap: { ...westernGap(countries, values), gapInterval },
    zones: zoneMeans(countries, values, zoneInterval),
  };
}
