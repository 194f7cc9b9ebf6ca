import type { Country, Question } from '../../types.ts';
import { SurveyImportError } from '../SurveyImportError.ts';
import type { MicrodataAggregate } from './MicrodataAggregator.ts';
import type { MicrodataProgress } from './importMicrodataStream.ts';
import type { MicrodataWorkerRequest, MicrodataWorkerResponse } from './microdataWorkerMessages.ts';

export interface MicrodataFileOptions {
  questions: readonly Question[];
  countries: readonly Country[];
  onProgress?: (progress: MicrodataProgress) => void;
  /** Aborting terminates the worker at once and rejects with a 'cancelled' SurveyImportError. */
  signal?: AbortSignal;
}

/**
 * Aggregates a WVS-7 microdata file in a Web Worker created for this import only (so the parser never
 * loads until someone imports), and terminates it when done, failed or cancelled.
 */
export function importMicrodataFile(file: File, options: MicrodataFileOptions): Promise<MicrodataAggregate> {
  const { signal, onProgress } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancelled());
      return;
    }
    const worker = new Worker(new URL('./microdataImport.worker.ts', import.meta.url), {
      type: 'module',
      name: 'microdata-import',
    });
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = ({ data }: MessageEvent<MicrodataWorkerResponse>) => {
      if (data.type === 'progress') {
        onProgress?.(data.progress);
        return;
      }
      stop();
      if (data.type === 'done') resolve(data.aggregate);
      else if (data.kind === 'unexpected') reject(new Error(`The import failed unexpectedly: ${data.message}`));
      else reject(new SurveyImportError(data.kind, data.message));
    };
    worker.onerror = (event) => {
      stop();
      reject(
        new Error(
          `The import worker could not run: ${event.message || 'unknown error'}. Reload the page and try again.`,
        ),
      );
    };
    const request: MicrodataWorkerRequest = {
      type: 'start',
      file,
      questions: [...options.questions],
      countries: [...options.countries],
    };
    worker.postMessage(request);
  });
}

function cancelled(): SurveyImportError {
  return new SurveyImportError('cancelled', 'Import cancelled; nothing was saved.');
}
