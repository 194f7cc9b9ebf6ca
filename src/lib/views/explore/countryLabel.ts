import { formatValue } from '../../charts/formatEstimate';
import type { Question } from '../../survey/types';
import type { CountryRow } from './countryRows';
import { formatShare } from './formatShare';
import { modalOption } from './questionColors';

/** The accessible name of a country's mark: its mean (or most common answer for nominal questions) and n. */
export function countryLabel(question: Question, row: CountryRow): string {
  const response = row.response;
  if (!response) return `${row.country.name}: no data for this question`;
  if (response.mean !== null) return `${row.country.name}: mean ${formatValue(response.mean)}, ${response.n} answers`;
  const modal = modalOption(response);
  return `${row.country.name}: most common answer “${question.options[modal]?.text ?? '?'}” (${formatShare(response.distribution[modal] ?? 0)}), ${response.n} answers`;
}
