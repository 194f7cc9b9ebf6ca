import type { Country, Question } from '../../types.ts';
import type { SurveyImportErrorKind } from '../SurveyImportError.ts';
import type { MicrodataAggregate } from './MicrodataAggregator.ts';
import type { MicrodataProgress } from './importMicrodataStream.ts';

/** Main thread → import worker. One worker handles one file and is then terminated. */
export interface MicrodataWorkerRequest {
  type: 'start';
  file: File;
  questions: Question[];
  countries: Country[];
}

/** Import worker → main thread. */
export type MicrodataWorkerResponse =
  | { type: 'progress'; progress: MicrodataProgress }
  | { type: 'done'; aggregate: MicrodataAggregate }
  | { type: 'error'; kind: SurveyImportErrorKind | 'unexpected'; message: string };
