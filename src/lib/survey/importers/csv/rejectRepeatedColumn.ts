import { SurveyImportError } from '../SurveyImportError.ts';

/**
 * Throws when two header cells name the same column (compared trimmed and case-blind, as the importers look
 * columns up): which of the two holds the data would be a guess. Empty header cells are not names.
 */
export function rejectRepeatedColumn(header: readonly string[]): void {
  const seen = new Set<string>();
  for (const cell of header) {
    const name = cell.trim().toUpperCase();
    if (name === '') continue;
    if (seen.has(name)) {
      throw new SurveyImportError(
        'malformed-row',
        `The header names the column "${cell.trim()}" twice, so it is unclear which one holds the data. ` +
          'Remove or rename one of them, or export the file again.',
      );
    }
    seen.add(name);
  }
}
