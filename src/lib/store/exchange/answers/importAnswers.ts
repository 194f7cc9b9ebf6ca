import { appendResults } from '../../runs';
import type { ValueProbeDb } from '../../schema';
import { resultRecordOf } from '../../itemKey';
import {
  AnswersImportError,
  runForAnswers,
  type AnswerProblem,
  type AnswerSource,
  type Catalog,
  type ImportedAnswer,
} from './answerSource';

/**
 * Stores answers made elsewhere as one new run, in ONE transaction, only when every row was usable: otherwise
 * it throws AnswersImportError listing each unusable row, and the store is left as it was.
 */
export async function importAnswers(
  db: ValueProbeDb,
  parsed: { answers: ImportedAnswer[]; problems: AnswerProblem[]; unparseable?: number },
  source: AnswerSource,
  catalog: Catalog,
  now: Date = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<{ runId: string; itemCount: number }> {
  if (parsed.problems.length > 0) throw new AnswersImportError(parsed.problems);
  if (parsed.answers.length === 0)
    throw new AnswersImportError([{ file: source.fileName, line: 1, message: 'the file holds no answers' }]);
  const extra: Record<string, number> =
    parsed.unparseable === undefined ? {} : { unparseableReplies: parsed.unparseable };
  const { run, items } = runForAnswers(parsed.answers, source, catalog, extra, newId(), now);
  await appendResults(
    db,
    run,
    items.map((item) => resultRecordOf(item, run.id)),
  );
  return { runId: run.id, itemCount: items.length };
}
