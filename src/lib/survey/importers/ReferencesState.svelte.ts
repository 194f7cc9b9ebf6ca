import type { StoredReference } from '../../store/index.ts';
import type { Dataset } from '../types.ts';
import { SurveyImportError } from './SurveyImportError.ts';
import type { ReferenceLibrary } from './referenceLibrary.ts';
import type { MicrodataSummary } from './microdata/MicrodataAggregator.ts';
import type { MicrodataProgress } from './microdata/importMicrodataStream.ts';
import { importMicrodataFile } from './microdata/importMicrodataFile.ts';
import { microdataReference } from './microdata/microdataReference.ts';
import { globalOpinionsReference, type GlobalOpinionsSummary } from './globalOpinions/globalOpinionsReference.ts';

export type ImportStatus<Summary> =
  | { state: 'idle' }
  | { state: 'reading'; fileName: string; progress: MicrodataProgress }
  | { state: 'done'; reference: { id: string; label: string }; summary: Summary; seconds: number }
  | { state: 'failed'; fileName: string; message: string; cancelled: boolean };

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

  constructor(
    private readonly library: ReferenceLibrary,
    private readonly dataset: () => Promise<Dataset>,
  ) {}

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
    this.microdata = { state: 'reading', fileName: file.name, progress: { bytesRead: 0, totalBytes: file.size, rows: 0 } };
    try {
      const dataset = await this.dataset();
      const aggregate = await importMicrodataFile(file, {
        questions: dataset.questions,
        countries: dataset.countries,
        signal: controller.signal,
        onProgress: (progress) => {
          if (this.controller === controller) this.microdata = { state: 'reading', fileName: file.name, progress };
        },
      });
      const reference = microdataReference(aggregate, file.name, new Date(), userName);
      await this.library.save(reference);
      this.microdata = { state: 'done', reference, summary: aggregate.summary, seconds: (performance.now() - started) / 1000 };
      await this.refresh();
    } catch (error) {
      this.microdata = { state: 'failed', fileName: file.name, message: messageOf(error), cancelled: isCancelled(error) };
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  cancelMicrodata(): void {
    this.controller?.abort();
  }

  async importGlobalOpinions(file: File): Promise<void> {
    const started = performance.now();
    this.globalOpinions = { state: 'reading', fileName: file.name, progress: { bytesRead: 0, totalBytes: file.size, rows: 0 } };
    try {
      const [dataset, text] = await Promise.all([this.dataset(), file.text()]);
      const { reference, summary } = globalOpinionsReference(text, dataset, file.name, new Date());
      await this.library.save(reference);
      this.globalOpinions = { state: 'done', reference, summary, seconds: (performance.now() - started) / 1000 };
      await this.refresh();
    } catch (error) {
      this.globalOpinions = { state: 'failed', fileName: file.name, message: messageOf(error), cancelled: false };
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

function isCancelled(error: unknown): boolean {
  return error instanceof SurveyImportError && error.kind === 'cancelled';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
