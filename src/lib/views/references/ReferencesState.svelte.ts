import type { StoredReference } from '../../store/index.ts';
import type { Dataset } from '../../survey/types.ts';

/** What an import needs from the dataset. */
type QuestionBank = Pick<Dataset, 'questions' | 'countries'>;
import { SurveyImportError } from '../../survey/importers/SurveyImportError.ts';
import { isoNow } from '../../survey/importers/isoNow.ts';
import type { ReferenceLibrary } from './referenceLibrary.ts';
import { keepBothCopy } from './keepBothCopy.ts';
import type { MicrodataSummary } from '../../survey/importers/microdata/MicrodataAggregator.ts';
import type { MicrodataProgress } from '../../survey/importers/microdata/importMicrodataStream.ts';
import { importMicrodataFile } from '../../survey/importers/microdata/importMicrodataFile.ts';
import { microdataReference } from '../../survey/importers/microdata/microdataReference.ts';
import {
  globalOpinionsReference,
  type GlobalOpinionsSummary,
} from '../../survey/importers/globalOpinions/globalOpinionsReference.ts';

export type ImportStatus<Summary> =
  | { state: 'idle' }
  | { state: 'reading'; fileName: string; progress: MicrodataProgress }
  /** A stored reference has the new one's id (a file of the same name): nothing is written until the person chooses. */
  | {
      state: 'duplicate';
      fileName: string;
      stored: { id: string; label: string; createdAt: string };
      reference: StoredReference;
      summary: Summary;
      seconds: number;
    }
  | { state: 'done'; reference: { id: string; label: string }; summary: Summary; seconds: number }
  | { state: 'failed'; fileName: string; message: string; cancelled: boolean };

/** What to do with an import whose id a stored reference already has. */
export type DuplicateChoice = 'replace' | 'keep-both' | 'cancel';

export interface ReferencesStateOptions {
  library: ReferenceLibrary;
  dataset: () => Promise<QuestionBank>;
  /** ISO timestamp for createdAt; tests pass a fixed one. */
  now?: () => string;
  /** Aggregates a microdata file: the worker in the app; tests run the same stream code in-thread. */
  aggregateFile?: typeof importMicrodataFile;
}

/**
 * Everything the References section does: list, import (microdata, GlobalOpinionQA), cancel and delete.
 * An import is validated and aggregated completely before anything is written, so a failed or cancelled
 * import leaves the stored references as they were.
 */
export class ReferencesState {
  references = $state.raw<StoredReference[]>([]);
  listError = $state<string | null>(null);
  microdata = $state.raw<ImportStatus<MicrodataSummary>>({ state: 'idle' });
  globalOpinions = $state.raw<ImportStatus<GlobalOpinionsSummary>>({ state: 'idle' });
  private controller: AbortController | null = null;

  private readonly library: ReferenceLibrary;
  private readonly dataset: () => Promise<QuestionBank>;
  private readonly now: () => string;
  private readonly aggregateFile: typeof importMicrodataFile;

  constructor(options: ReferencesStateOptions) {
    this.library = options.library;
    this.dataset = options.dataset;
    this.now = options.now ?? isoNow;
    this.aggregateFile = options.aggregateFile ?? importMicrodataFile;
  }

  async refresh(): Promise<void> {
    try {
      this.references = await this.library.list();
      this.listError = null;
    } catch (error) {
      this.listError = `Could not read the stored references: ${messageOf(error)}`;
    }
  }

  async importMicrodata(file: File, userName = ''): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const started = performance.now();
    this.microdata = startedReading(file);
    try {
      const dataset = await this.dataset();
      const aggregate = await this.aggregateFile(file, {
        questions: dataset.questions,
        countries: dataset.countries,
        signal: controller.signal,
        onProgress: (progress) => {
          if (this.controller === controller) this.microdata = { state: 'reading', fileName: file.name, progress };
        },
      });
      const reference = microdataReference(aggregate, file.name, this.now(), userName);
      const seconds = (performance.now() - started) / 1000;
      this.microdata = await this.saveUnlessTaken(file.name, reference, aggregate.summary, seconds);
    } catch (error) {
      this.microdata = {
        state: 'failed',
        fileName: file.name,
        message: messageOf(error),
        cancelled: isCancelled(error),
      };
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  cancelMicrodata(): void {
    this.controller?.abort();
  }

  async importGlobalOpinions(file: File): Promise<void> {
    const started = performance.now();
    this.globalOpinions = startedReading(file);
    try {
      const [dataset, text] = await Promise.all([this.dataset(), file.text()]);
      const { reference, summary } = globalOpinionsReference(text, dataset, file.name, this.now());
      const seconds = (performance.now() - started) / 1000;
      this.globalOpinions = await this.saveUnlessTaken(file.name, reference, summary, seconds);
    } catch (error) {
      this.globalOpinions = { state: 'failed', fileName: file.name, message: messageOf(error), cancelled: false };
    }
  }

  /** Saves an imported reference, or, when a stored one has its id, leaves the choice to the person (resolveDuplicate). */
  private async saveUnlessTaken<Summary>(
    fileName: string,
    reference: StoredReference,
    summary: Summary,
    seconds: number,
  ): Promise<ImportStatus<Summary>> {
    const stored = (await this.library.list()).find((entry) => entry.id === reference.id);
    if (stored) {
      const { id, label, createdAt } = stored;
      return { state: 'duplicate', fileName, stored: { id, label, createdAt }, reference, summary, seconds };
    }
    return this.save(reference, summary, seconds);
  }

  private async save<Summary>(
    reference: StoredReference,
    summary: Summary,
    seconds: number,
  ): Promise<ImportStatus<Summary>> {
    await this.library.save(reference);
    await this.refresh();
    return { state: 'done', reference, summary, seconds };
  }

  /** The person's answer to a microdata import of a name already stored. */
  async resolveMicrodata(choice: DuplicateChoice): Promise<void> {
    if (this.microdata.state === 'duplicate') this.microdata = await this.resolve(this.microdata, choice);
  }

  /** The person's answer to a GlobalOpinionQA import of a name already stored. */
  async resolveGlobalOpinions(choice: DuplicateChoice): Promise<void> {
    if (this.globalOpinions.state === 'duplicate')
      this.globalOpinions = await this.resolve(this.globalOpinions, choice);
  }

  /** Replaces the stored reference, keeps both (the new one numbered, see keepBothCopy), or stores nothing. */
  private async resolve<Summary>(
    { fileName, reference, summary, seconds }: Extract<ImportStatus<Summary>, { state: 'duplicate' }>,
    choice: DuplicateChoice,
  ): Promise<ImportStatus<Summary>> {
    if (choice === 'cancel') return { state: 'idle' };
    try {
      const kept = choice === 'replace' ? reference : keepBothCopy(reference, await this.library.list());
      return await this.save(kept, summary, seconds);
    } catch (error) {
      return { state: 'failed', fileName, message: messageOf(error), cancelled: false };
    }
  }

  async remove(id: string): Promise<void> {
    try {
      await this.library.remove(id);
    } catch (error) {
      this.listError = `Could not delete the reference: ${messageOf(error)}`;
    }
    await this.refresh();
  }
}

/** An import that has just opened its file: nothing read yet. */
function startedReading(file: File): Extract<ImportStatus<never>, { state: 'reading' }> {
  return { state: 'reading', fileName: file.name, progress: { bytesRead: 0, totalBytes: file.size, rows: 0 } };
}

function isCancelled(error: unknown): boolean {
  return error instanceof SurveyImportError && error.kind === 'cancelled';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
