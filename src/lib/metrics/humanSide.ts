import type { Country, Distribution, HumanReference, Question } from '../survey/types';
import { questionScale, type QuestionScale } from './questionScale';
import { normaliseMean, scaleMean } from './scaleMean';
import { scaleCumulative } from './wasserstein';

/**
 * The human half of one question's comparisons, aligned with the countries array it was built for: entry i
 * belongs to countries[i]. NaN marks an undefined mean (no reference, nominal question, no mass on the scale).
 */
export interface HumanSide {
  scale: QuestionScale | null;
  /** The reference distribution per country, undefined where the reference has none. */
  distributions: (Distribution | undefined)[];
  mean: number[];
  normalised: number[];
  /** Per country its scaleCumulative (for W1), null for nominal questions or without on-scale mass. */
  cumulative: (number[] | null)[];
}

/**
 * Reference → countries array → question → its human side. A run is compared with one reference many times
 * (the Compare view summarises every run against it, the Results view adds baselines), and the human side does
 * not depend on the run. Weak keys, so a dropped reference or dataset takes its entries with it.
 * References and datasets are treated as immutable: edit a copy, never the object in place.
 */
const cache = new WeakMap<HumanReference, WeakMap<readonly Country[], WeakMap<Question, HumanSide>>>();

/** The question's human side for these countries, computed on first use for this reference and then reused. */
export function humanSide(reference: HumanReference, countries: readonly Country[], question: Question): HumanSide {
  let byCountries = cache.get(reference);
  if (byCountries === undefined) {
    byCountries = new WeakMap();
    cache.set(reference, byCountries);
  }
  let byQuestion = byCountries.get(countries);
  if (byQuestion === undefined) {
    byQuestion = new WeakMap();
    byCountries.set(countries, byQuestion);
  }
  let side = byQuestion.get(question);
  if (side === undefined) {
    side = computeHumanSide(reference, countries, question);
    byQuestion.set(question, side);
  }
  return side;
}

function computeHumanSide(reference: HumanReference, countries: readonly Country[], question: Question): HumanSide {
  const scale = questionScale(question);
  const byCountry = reference.responses[question.id] ?? {};
  const side: HumanSide = { scale, distributions: [], mean: [], normalised: [], cumulative: [] };
  for (const country of countries) {
    const distribution = byCountry[country.id]?.distribution;
    // A distribution of the wrong length is kept unscored: compareItems refuses it, naming the pair, if it is used.
    const scored = scale !== null && distribution !== undefined && distribution.length === question.options.length;
    const mean = scored ? (scaleMean(scale, distribution) ?? NaN) : NaN;
    side.distributions.push(distribution);
    side.mean.push(mean);
    side.normalised.push(scale === null ? NaN : (normaliseMean(scale, mean) as number));
    side.cumulative.push(scored ? scaleCumulative(scale, distribution) : null);
  }
  return side;
}
