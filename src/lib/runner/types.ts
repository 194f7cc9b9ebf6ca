import type { ResultItem, ResultRecord, RunRecord, RunStatus } from '../store/types';
import type { PlannedItem } from './planItems';

/** What the Run view shows while a run goes on. */
export interface RunProgress {
  /** Items answered and stored or queued for storing, including those from earlier sessions. */
  done: number;
  total: number;
  /**
   * Items without an answer (a baseline without human data, or a model that gave no label any
   * probability); not stored, asked again on resume.
   */
  skipped: number;
  /** The skipped items a model gave no label any probability: asking again may get an answer. */
  unanswered: number;
  /** This session's rate; 0 before the first item. */
  itemsPerSecond: number;
  /** null until a rate is known. */
  etaSeconds: number | null;
  /** The item being asked now; null before the first and after the last. */
  current: PlannedItem | null;
  /** The answer recorded last in this session (probabilities in option order); null before the first. */
  latest: ResultItem | null;
  tokensIn: number;
  /** Answers with allowedMass below LOW_ALLOWED_MASS, plus no-label-mass items: the model did not follow the answer format. */
  lowAllowedMassCount: number;
  /** Something the user should know that does not stop the run, e.g. the server's version changed. */
  warning?: string;
}

/** How a session ended. status is never 'running'. */
export interface RunOutcome {
  status: Exclude<RunStatus, 'running'>;
  pauseReason?: string;
  /**
   * Set when every item was asked but the model gave `unanswered` of them no answer: the run is 'paused' (it is
   * not complete), and resuming asks those again.
   */
  unanswered?: number;
  progress: RunProgress;
}

/** The store operations the runner needs; the app passes runnerStoreFor(db). */
export interface RunnerStore {
  getRun(runId: string): Promise<RunRecord | undefined>;
  putRun(run: RunRecord): Promise<void>;
  listResults(runId: string): Promise<ResultRecord[]>;
  /** Stores results and the run's progress in one transaction. */
  appendResults(run: RunRecord, results: readonly ResultRecord[]): Promise<void>;
  /**
   * Writes the state of a run that is still stored (RunDeletedError otherwise) and resolves with it as stored:
   * doneItems counted from the store, "completed" only with every planned item stored (see updateStoredRun).
   */
  updateRun(run: RunRecord): Promise<RunRecord>;
}
