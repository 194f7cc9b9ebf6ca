import type { CountryId, Distribution, HumanResponse, Question, QuestionId } from '../../src/lib/survey/types.ts';
import type { CultureSpaShares } from './sources.ts';
import { responseFromCounts } from '../../src/lib/survey/importers/responseFromCounts.ts';
import { round12 } from './round.ts';

/** A share × N further than this from an integer means the share is not count/N and the data are not what PROVENANCE §1 says. */
const COUNT_TOLERANCE = 1e-6;

/**
 * One (question, country) response from CultureSPA shares of the full sample (missing codes absent)
 * and that country's number of respondents; null when the question was not asked (empty dict).
 */
export function responseFromShares(
  question: Question,
  country: CountryId,
  shares: Record<string, number>,
  respondents: number,
): HumanResponse | null {
  const where = `${question.id} ${country}`;
  const known = new Set(question.options.map((option) => String(option.code)));
  for (const code of Object.keys(shares)) {
    if (!known.has(code))
      throw new Error(
        `${where}: CultureSPA has code ${code}, which is not an option of ${question.id} (${[...known].join(', ')}).`,
      );
  }
  if (Object.keys(shares).length === 0) return null;
  const counts = question.options.map((option) => {
    const share = shares[String(option.code)] ?? 0;
    const count = share * respondents;
    const rounded = Math.round(count);
    if (!(Math.abs(count - rounded) <= COUNT_TOLERANCE)) {
      throw new Error(
        `${where}: share ${share} of code ${option.code} × ${respondents} respondents = ${count}, not within ${COUNT_TOLERANCE} of an integer; check N_respondents for ${country}.`,
      );
    }
    return rounded;
  });
  const response = responseFromCounts(question, counts);
  if (response === null) throw new Error(`${where}: every share rounds to 0 respondents.`);
  return {
    ...response,
    distribution: response.distribution.map(round12) as readonly number[] as Distribution,
    mean: response.mean === null ? null : round12(response.mean),
  };
}

/** Every non-empty (question, country) response, in question order then country order. */
export function buildResponses(
  questions: readonly Question[],
  countries: readonly CountryId[],
  shares: CultureSpaShares,
  respondentsByCountry: ReadonlyMap<CountryId, number>,
): Record<QuestionId, Record<CountryId, HumanResponse>> {
  const responses: Record<QuestionId, Record<CountryId, HumanResponse>> = {};
  for (const question of questions) {
    const byCountry: Record<CountryId, HumanResponse> = {};
    for (const country of countries) {
      const respondents = respondentsByCountry.get(country);
      if (respondents === undefined)
        throw new Error(`Country ${country} has CultureSPA shares but no N_respondents in the TrustBench file.`);
      const response = responseFromShares(question, country, shares[country]?.[question.id] ?? {}, respondents);
      if (response !== null) byCountry[country] = response;
    }
    if (Object.keys(byCountry).length > 0) responses[question.id] = byCountry;
  }
  return responses;
}
