import type { Country, HumanReference, HumanResponse, QuestionId } from '../../survey/types';

/** One country's answers to the selected question; `response` is null where the reference has none. */
export interface CountryRow {
  country: Country;
  response: HumanResponse | null;
}

/** A row per country, in the dataset's country order. */
export function countryRows(
  countries: readonly Country[],
  reference: HumanReference,
  questionId: QuestionId,
): CountryRow[] {
  const responses = reference.responses[questionId] ?? {};
  return countries.map((country) => ({ country, response: responses[country.id] ?? null }));
}

/** Rows that have answers, narrowed so callers need no null checks. */
export function rowsWithData(rows: readonly CountryRow[]): (CountryRow & { response: HumanResponse })[] {
  return rows.filter((row): row is CountryRow & { response: HumanResponse } => row.response !== null);
}
