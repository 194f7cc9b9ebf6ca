/** What went wrong with an imported survey file; the UI can branch on `kind`, people read `message`. */
export type SurveyImportErrorKind =
  'not-csv' | 'missing-columns' | 'truncated' | 'malformed-row' | 'non-numeric' | 'no-data' | 'cancelled';

/** An import failure whose message names the line, the column or the value and says what to do. */
export class SurveyImportError extends Error {
  override readonly name = 'SurveyImportError';

  constructor(
    readonly kind: SurveyImportErrorKind,
    message: string,
  ) {
    super(message);
  }
}
