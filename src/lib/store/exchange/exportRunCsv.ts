import { formatCsvRows } from '../../survey/csv/formatCsvRows';
import type { ResultRecord } from '../types';

export const RUN_CSV_HEADER = [
  'run_id',
  'question_id',
  'country_id',
  'order',
  'method',
  'allowed_mass',
  'missing_labels',
  'tokens_in',
  'ms',
  'samples',
  'probs',
] as const;

/**
 * One row per item. Questions have between 2 and 11 options, so the probabilities go in ONE column
 * as a ';'-joined list in question option order (p1;p2;…;pK) rather than a ragged set of columns;
 * missing_labels is ';'-joined the same way. Numbers are written in full precision; text that a spreadsheet
 * would run as a formula is written as text (see formatCsvRows).
 */
export function exportRunCsv(results: readonly ResultRecord[]): string {
  const rows = [...results]
    .sort((a, b) => (a.itemKey < b.itemKey ? -1 : a.itemKey > b.itemKey ? 1 : 0))
    .map((result) => [
      result.runId,
      result.questionId,
      result.countryId,
      result.order,
      result.method,
      result.allowedMass,
      result.missingLabels.join(';'),
      result.tokensIn,
      result.ms,
      result.samples,
      result.probs.join(';'),
    ]);
  return formatCsvRows([RUN_CSV_HEADER, ...rows]);
}
