import { SurveyImportError } from '../SurveyImportError.ts';
import { importMicrodataStream } from './importMicrodataStream.ts';
import type { MicrodataWorkerRequest, MicrodataWorkerResponse } from './microdataWorkerMessages.ts';

/** Worker entry: reads the file as a stream and posts progress, then the aggregate or an error. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: MicrodataWorkerResponse) => scope.postMessage(message);

scope.onmessage = async ({ data }: MessageEvent<MicrodataWorkerRequest>) => {
  try {
    const aggregate = await importMicrodataStream(data.file.stream(), {
      questions: data.questions,
      countries: data.countries,
      totalBytes: data.file.size,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    post({ type: 'done', aggregate });
  } catch (error) {
    if (error instanceof SurveyImportError) post({ type: 'error', kind: error.kind, message: error.message });
    else
      post({
        type: 'error',
        kind: 'unexpected',
        message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
  }
};
