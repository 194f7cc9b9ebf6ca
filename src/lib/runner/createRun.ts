import type { EngineDescriptor } from '../engines/types';
import { expandOrders } from '../prompt/expandOrders';
import type { PromptSettings } from '../prompt/types';
import type { RunRecord, RunScope } from '../store/types';
import type { Dataset } from '../survey/types';
import { planItems } from './planItems';
import type { RunnerStore } from './types';

export interface NewRun {
  name: string;
  engine: EngineDescriptor;
  promptSettings: PromptSettings;
  /** From promptTemplateHash(promptSettings). */
  templateHash: string;
  referenceId: string;
  scope: RunScope;
}

function checkScope(scope: RunScope, dataset: Pick<Dataset, 'questions' | 'countries'>): void {
  if (scope.questionIds.length === 0) throw new Error('Choose at least one question for the run.');
  if (scope.countryIds.length === 0) throw new Error('Choose at least one country for the run.');
  const questionIds = new Set(dataset.questions.map((question) => question.id));
  const countryIds = new Set(dataset.countries.map((country) => country.id));
  const unknownQuestion = scope.questionIds.find((id) => !questionIds.has(id));
  if (unknownQuestion) throw new Error(`Question "${unknownQuestion}" is not in the dataset; remove it from the run.`);
  const unknownCountry = scope.countryIds.find((id) => !countryIds.has(id));
  if (unknownCountry) throw new Error(`Country "${unknownCountry}" is not in the dataset; remove it from the run.`);
  for (const ids of [scope.questionIds, scope.countryIds]) {
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate)
      throw new Error(`"${duplicate}" is listed twice in the run's scope; list each question and country once.`);
  }
}

/** Stores a new run (status 'paused' until a runner starts it) and returns its record. */
export async function createRun(
  store: RunnerStore,
  dataset: Pick<Dataset, 'questions' | 'countries' | 'datasetVersion'>,
  input: NewRun,
  id: string = crypto.randomUUID(),
  createdAt: Date = new Date(),
): Promise<RunRecord> {
  checkScope(input.scope, dataset);
  const timestamp = createdAt.toISOString();
  const run: RunRecord = {
    id,
    ...input,
    scope: { questionIds: [...input.scope.questionIds], countryIds: [...input.scope.countryIds] },
    createdAt: timestamp,
    updatedAt: timestamp,
    status: 'paused',
    pauseReason: 'Not started yet.',
    datasetVersion: dataset.datasetVersion,
    totalItems: planItems(input.scope, expandOrders(input.promptSettings.order)).length,
    doneItems: 0,
  };
  await store.putRun(run);
  return run;
}
