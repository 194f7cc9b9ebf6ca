import type { AnswerProblem, Catalog, ImportedAnswer } from './answerSource';
import type { AnswerSource } from './answerSource';
import { parseAnswersCsv } from './parseAnswersCsv';
import { parseCultureSpaFiles, type NamedText } from './parseCultureSpaFiles';

/** Chosen files to answers: JSON files are CultureSPA result files (one or many), otherwise one answer CSV. */
export function readAnswerFiles(
  files: readonly NamedText[],
  source: AnswerSource,
  catalog: Catalog,
): { answers: ImportedAnswer[]; problems: AnswerProblem[]; unparseable?: number } {
  if (files.length > 0 && files.every((file) => file.name.toLowerCase().endsWith('.json')))
    return parseCultureSpaFiles(files, catalog);
  const [csv, ...others] = files;
  if (csv === undefined || others.length > 0)
    return {
      answers: [],
      problems: [{ file: csv?.name ?? '(none)', line: 1, message: 'choose one CSV file, or CultureSPA JSON files' }],
    };
  return parseAnswersCsv(csv.text, source, catalog);
}
