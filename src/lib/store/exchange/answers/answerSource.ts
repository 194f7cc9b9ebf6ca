import type { Distribution } from '../../../survey/types';
import type { Dataset } from '../../../survey/types';
import type { ResultItem, RunRecord } from '../../types';
import { BUILT_IN_REFERENCE_ID } from '../../../survey/builtInReference';

/** How the imported answers were obtained; the Manage form asks for it. */
export type AnswerMethod = 'probabilities' | 'single-sample' | 'samples';

/** What the form says about answers made elsewhere. */
export interface AnswerSource {
  modelName: string;
  /** The prompt used, as text (kept with the run so a reader can see what the model was asked). */
  prompt: string;
  method: AnswerMethod;
  /** For 'samples': answers drawn per (question, country). */
  samples?: number;
  /** The file name(s), for the record. */
  fileName: string;
}

/** A row (or entry) that could not be used: `line` is the 1-based line in the file (entry number for JSON). */
export interface AnswerProblem {
  file: string;
  line: number;
  message: string;
}

/** The import was rejected; nothing was written. Every unusable row is in `problems`. */
export class AnswersImportError extends Error {
  override name = 'AnswersImportError';
  constructor(readonly problems: readonly AnswerProblem[]) {
    const shown = problems.slice(0, 20).map((problem) => `${problem.file} line ${problem.line}: ${problem.message}`);
    const more = problems.length > 20 ? `\n… and ${problems.length - 20} more` : '';
    super(`Nothing was imported: ${problems.length} row(s) could not be used.\n${shown.join('\n')}${more}`);
  }
}

/** A (question, country) answer before it becomes a stored item. */
export interface ImportedAnswer {
  questionId: string;
  countryId: string;
  probs: Distribution;
  samples?: number;
}

export type Catalog = Pick<Dataset, 'questions' | 'countries'> & { datasetVersion: string };

/** Country ids by ISO3 code and by name, both case-insensitive. */
export function countryResolver(catalog: Pick<Dataset, 'countries'>): (text: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const country of catalog.countries) {
    byKey.set(country.id.toLowerCase(), country.id);
    byKey.set(country.name.toLowerCase(), country.id);
  }
  return (text) => byKey.get(text.trim().toLowerCase());
}

/** The run that holds imported answers: its scope is every question and country the file answers. */
export function runForAnswers(
  answers: readonly ImportedAnswer[],
  source: AnswerSource,
  catalog: Catalog,
  extraSettings: Record<string, string | number | boolean>,
  id: string,
  now: Date,
): { run: RunRecord; items: ResultItem[] } {
  const at = now.toISOString();
  const questionIds = catalog.questions.map((q) => q.id).filter((q) => answers.some((a) => a.questionId === q));
  const countryIds = catalog.countries.map((c) => c.id).filter((c) => answers.some((a) => a.countryId === c));
  const samples = source.method === 'samples' ? source.samples : undefined;
  const run: RunRecord = {
    id,
    name: `${source.modelName} (imported)`,
    createdAt: at,
    updatedAt: at,
    status: 'completed',
    engine: {
      kind: 'imported',
      modelId: source.modelName,
      version: `imported from ${source.fileName}`,
      settings: {
        answers: source.method,
        ...(samples !== undefined ? { samples } : {}),
        prompt: source.prompt,
        ...extraSettings,
      },
    },
    promptSettings: { persona: 'person-from', language: 'en', order: 'original' },
    templateHash: `imported-prompt:${source.prompt}`,
    datasetVersion: catalog.datasetVersion,
    referenceId: BUILT_IN_REFERENCE_ID,
    scope: { questionIds, countryIds },
    totalItems: questionIds.length * countryIds.length,
    doneItems: answers.length,
  };
  const items: ResultItem[] = answers.map((answer) => ({
    questionId: answer.questionId,
    countryId: answer.countryId,
    order: 'original',
    probs: answer.probs,
    allowedMass: 1,
    method: source.method === 'probabilities' ? 'full-logits' : 'sampling',
    missingLabels: [],
    tokensIn: 0,
    ms: 0,
    at,
    ...(source.method === 'probabilities' ? {} : { samples: answer.samples ?? 1 }),
  }));
  return { run, items };
}
