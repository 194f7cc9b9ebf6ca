import type { Country, Distribution, HumanReference, Question, SupplementaryMeans } from '../survey/types';
import { questionScale, type QuestionScale } from './questionScale';
import { BlockArena } from './blockArena';
import { meanOfSums, normaliseMean, onScaleSums } from './scaleMean';
import { writeScaleCumulative } from './wasserstein';

/**
 * The human half of one question's comparisons, aligned with the countries array it was built for: entry i, or
 * row i of a block, belongs to countries[i]. NaN marks an undefined value (no reference, nominal question, no
 * mass on the scale). The numbers sit in typed blocks so the per-pair loops read flat memory.
 */
export interface HumanSide {
  scale: QuestionScale | null;
  /** The question's option count: the length of a row of distributionCells. */
  optionCount: number;
  /** The reference distribution per country, undefined where the reference has none (it may have the wrong length). */
  distributions: (Distribution | undefined)[];
  /**
   * Per country the supplementary source whose mean stands in where the reference has no distribution (status
   * meanOnly), else null.
   */
  meanSources: (SupplementaryMeans | null)[];
  /**
   * Per country whether the reference has a distribution of the right length: ReferenceStatus values. The
   * per-pair loop reads this small block instead of every distribution's length.
   */
  status: Uint8Array;
  /** Row i (cells i·optionCount …) holds country i's distribution; zeros where it has none of the right length. */
  distributionCells: Float64Array;
  mean: Float64Array;
  normalised: Float64Array;
  /** Row i (cells i·cumulativeLength …) holds country i's cumulative on-scale distribution (for W1) where its mean is defined. */
  cumulativeCells: Float64Array;
  /** On-scale options − 1; 0 for nominal questions. */
  cumulativeLength: number;
}

/** HumanSide.status values. */
export const ReferenceStatus = { missing: 0, fits: 1, wrongLength: 2, meanOnly: 3 } as const;

/** No supplementary means: one shared empty list, so the per-reference cache finds it again. */
export const NO_SUPPLEMENTARY: readonly SupplementaryMeans[] = [];

/**
 * Reference → supplementary means → countries array → question → its human side. A run is compared with one
 * reference many times (the Compare view summarises every run against it, the Results view adds baselines), and
 * the human side does not depend on the run. Weak keys, so a dropped reference or dataset takes its entries with it.
 * References and datasets are treated as immutable: edit a copy, never the object in place.
 */
const cache = new WeakMap<
  HumanReference,
  WeakMap<readonly SupplementaryMeans[], WeakMap<readonly Country[], HumanSideTable>>
>();

/** The human sides of one reference and countries array, with the arena their blocks come from (never reset). */
interface HumanSideTable {
  byQuestion: WeakMap<Question, HumanSide>;
  arena: BlockArena;
}

/**
 * The question's human side for these countries, computed on first use for this reference and then reused. Where
 * the reference has no distribution for a country, the first of `supplementary` with a mean for the pair gives the
 * mean (status meanOnly): mean-based metrics use it, distribution metrics do not.
 */
export function humanSide(
  reference: HumanReference,
  countries: readonly Country[],
  question: Question,
  supplementary: readonly SupplementaryMeans[] = NO_SUPPLEMENTARY,
): HumanSide {
  let bySupplementary = cache.get(reference);
  if (bySupplementary === undefined) {
    bySupplementary = new WeakMap();
    cache.set(reference, bySupplementary);
  }
  let byCountries = bySupplementary.get(supplementary);
  if (byCountries === undefined) {
    byCountries = new WeakMap();
    bySupplementary.set(supplementary, byCountries);
  }
  let table = byCountries.get(countries);
  if (table === undefined) {
    table = { byQuestion: new WeakMap(), arena: new BlockArena() };
    byCountries.set(countries, table);
  }
  let side = table.byQuestion.get(question);
  if (side === undefined) {
    side = computeHumanSide(reference, countries, question, supplementary, table.arena);
    table.byQuestion.set(question, side);
  }
  return side;
}

function computeHumanSide(
  reference: HumanReference,
  countries: readonly Country[],
  question: Question,
  supplementary: readonly SupplementaryMeans[],
  arena: BlockArena,
): HumanSide {
  const scale = questionScale(question);
  const byCountry = reference.responses[question.id] ?? {};
  const optionCount = question.options.length;
  const cumulativeLength = scale === null ? 0 : scale.optionIndices.length - 1;
  const side: HumanSide = {
    scale,
    optionCount,
    distributions: countries.map((country) => byCountry[country.id]?.distribution),
    meanSources: countries.map(() => null),
    status: new Uint8Array(countries.length),
    distributionCells: arena.take(countries.length * optionCount).fill(0),
    mean: arena.take(countries.length).fill(NaN),
    normalised: arena.take(countries.length).fill(NaN),
    cumulativeCells: arena.take(countries.length * cumulativeLength).fill(NaN),
    cumulativeLength,
  };
  side.distributions.forEach((distribution, countryIndex) => {
    if (distribution === undefined) {
      if (scale !== null) useSupplementaryMean(side, scale, supplementary, question, countries, countryIndex);
      return;
    }
    // A distribution of the wrong length is kept unscored: compareItems refuses it, naming the pair, if it is used.
    if (distribution.length !== optionCount) {
      side.status[countryIndex] = ReferenceStatus.wrongLength;
      return;
    }
    side.status[countryIndex] = ReferenceStatus.fits;
    side.distributionCells.set(distribution, countryIndex * optionCount);
    if (scale === null) return;
    const sums = onScaleSums(scale, distribution);
    const mean = meanOfSums(sums);
    if (mean === null) return;
    side.mean[countryIndex] = mean;
    side.normalised[countryIndex] = normaliseMean(scale, mean) as number;
    writeScaleCumulative(scale, distribution, side.cumulativeCells, countryIndex * cumulativeLength, sums.mass);
  });
  return side;
}

/** Fills a country's mean from the first supplementary source that has one for the question (see humanSide). */
function useSupplementaryMean(
  side: HumanSide,
  scale: QuestionScale,
  supplementary: readonly SupplementaryMeans[],
  question: Question,
  countries: readonly Country[],
  countryIndex: number,
): void {
  const countryId = (countries[countryIndex] as Country).id;
  for (const source of supplementary) {
    const mean = source.means[question.id]?.[countryId];
    if (mean === undefined) continue;
    side.status[countryIndex] = ReferenceStatus.meanOnly;
    side.meanSources[countryIndex] = source;
    side.mean[countryIndex] = mean;
    side.normalised[countryIndex] = normaliseMean(scale, mean) as number;
    return;
  }
}
