import { createHash } from 'node:crypto';
import type { CountryId, Dataset } from '../../src/lib/survey/types.ts';
import { CATEGORIES } from '../../src/lib/survey/categoryGroups.ts';
import type { Sources } from './sources.ts';
import { buildQuestions } from './buildQuestions.ts';
import { buildCountries, countryIdOf } from './buildCountries.ts';
import { buildResponses } from './buildResponses.ts';
import { trustBenchMeans } from './trustBenchMeans.ts';
import { ramezaniMeans } from './ramezaniMeans.ts';
import { inglehartWelzelParameters } from './inglehartWelzel.ts';
import { CITATIONS } from './citations.ts';
import { compareQuestionIds } from './questionOrder.ts';
import { serializeDataset } from './serializeDataset.ts';

/** "wvs7-" + the first 12 hex digits of the SHA-256 of the serialized content without the version. */
export function datasetVersionOf(content: Omit<Dataset, 'datasetVersion'>): string {
  return `wvs7-${createHash('sha256')
    .update(serializeDataset({ ...content }))
    .digest('hex')
    .slice(0, 12)}`;
}

function respondentsByCountry(
  sources: Sources,
  countryByWvsCode: ReadonlyMap<number, CountryId>,
): Map<CountryId, number> {
  return new Map(
    sources.trustBenchCsv.map((row) => {
      const country = countryByWvsCode.get(Number(row['B_COUNTRY']));
      const respondents = Number(row['N_respondents']);
      if (country === undefined || !Number.isInteger(respondents) || respondents <= 0) {
        throw new Error(
          `TrustBench row B_COUNTRY=${row['B_COUNTRY']}: needs a known country and a positive integer N_respondents, got "${row['N_respondents']}".`,
        );
      }
      return [country, respondents];
    }),
  );
}

/** The whole dataset from parsed sources (pure apart from hashing). */
export function assembleDataset(sources: Sources): Dataset {
  const shares = sources.cultureSpaShares;
  const cultureSpaCountries = Object.keys(shares).sort();
  const questionIds = [...new Set(cultureSpaCountries.flatMap((country) => Object.keys(shares[country] ?? {})))].sort(
    compareQuestionIds,
  );
  const questions = buildQuestions(questionIds, sources);
  const countries = buildCountries({ ...sources, cultureSpaCountries: new Set(cultureSpaCountries) });
  const countryByWvsCode = new Map(countries.map((country) => [country.wvsCode, country.id]));
  const countryByRamezaniName = new Map(
    sources.countriesCsv.flatMap((row, index) => {
      const name = row['ramezani_name'] ?? '';
      return name === '' ? [] : [[name, countryIdOf(row, index + 2)] as const];
    }),
  );
  const unknown = cultureSpaCountries.filter((id) => !countries.some((country) => country.id === id));
  if (unknown.length > 0) throw new Error(`CultureSPA countries ${unknown.join(', ')} are not in countries.csv.`);
  const questionIdSet = new Set(questionIds);
  const isPlainQuestion = (id: string) => questionIdSet.has(id) && sources.adjustments[id] === undefined;
  const content: Omit<Dataset, 'datasetVersion'> = {
    schemaVersion: 1,
    categories: [...CATEGORIES],
    questions,
    countries,
    responses: buildResponses(
      questions,
      countries.filter((country) => country.hasDistributions).map((country) => country.id),
      shares,
      respondentsByCountry(sources, countryByWvsCode),
    ),
    supplementary: [
      trustBenchMeans({ rows: sources.trustBenchCsv, countryByWvsCode, isPlainQuestion }),
      ramezaniMeans({ rows: sources.ramezaniCsv, countryByRamezaniName, isPlainQuestion }),
    ],
    inglehartWelzel: inglehartWelzelParameters(sources.iwProjection),
    citations: [...CITATIONS],
  };
  const { schemaVersion, ...rest } = content;
  return { schemaVersion, datasetVersion: datasetVersionOf(content), ...rest };
}
