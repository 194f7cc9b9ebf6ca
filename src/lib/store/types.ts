import type { EngineDescriptor, OptionScores } from '../engines/types';
import type { OptionOrder, PromptSettings } from '../prompt/types';
import type { CountryId, QuestionId } from '../survey/types';

/** Defined by survey/ (its importers build them); stored by store/. */
export type { StoredReference } from '../survey/types';

export type RunStatus = 'running' | 'paused' | 'completed' | 'cancelled';

export const RUN_STATUSES: readonly RunStatus[] = ['running', 'paused', 'completed', 'cancelled'];

/** The questions and countries a run covers; the runner plans their full cross product per order. */
export interface RunScope {
  questionIds: QuestionId[];
  countryIds: CountryId[];
}

/** One evaluation run: which engine answered which items under which prompt settings. */
export interface RunRecord {
  id: string;
  name: string;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  status: RunStatus;
  /** Why a run is paused (user request, engine error, full storage); absent otherwise. */
  pauseReason?: string;
  engine: EngineDescriptor;
  promptSettings: PromptSettings;
  /** Hash of the prompt template; results are only comparable across runs with equal hashes. */
  templateHash: string;
  datasetVersion: string;
  /** Id of the human reference the run is compared with by default. */
  referenceId: string;
  scope: RunScope;
  totalItems: number;
  doneItems: number;
  /** ISO 8601 time this copy was imported (from a file or a link); absent for runs made in this browser. */
  importedAt?: string;
  /**
   * An imported run's prompt template as its file carried it, written back unchanged on export (this build's
   * wording may differ from the one the run was asked with). Absent for runs made here, and for runs stored
   * before imports kept it: those export this build's wording.
   */
  promptTemplate?: PromptTemplateInfo;
}

/** The prompt a run used, so a reader can see exactly what the model was asked. */
export interface PromptTemplateInfo {
  settings: PromptSettings;
  hash: string;
  /** A sample prompt (or the template) as plain text. */
  text: string;
}

/**
 * The answer to one (question, country, order) of a run, as it is exported: the engine's scores, except that
 * `probs` is in the QUESTION's option order (already mapped back from the prompt's label order).
 */
export interface ResultItem extends OptionScores {
  questionId: QuestionId;
  countryId: CountryId;
  order: OptionOrder;
  /** ISO 8601 time the answer arrived. */
  at: string;
}

/** A result as stored: keyed by [runId, itemKey]. */
export interface ResultRecord extends ResultItem {
  runId: string;
  /** `${questionId}|${countryId}|${order}`, see itemKey(). */
  itemKey: string;
}
