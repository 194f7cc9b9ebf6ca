/** Importers of user-supplied survey files: WVS-7 microdata and GlobalOpinionQA. */
export { SurveyImportError, type SurveyImportErrorKind } from './SurveyImportError.ts';
export { CsvStreamParser, type CsvRecordHandler } from './csv/CsvStreamParser.ts';
export {
  importMicrodataStream,
  type MicrodataProgress,
  type MicrodataStreamOptions,
} from './microdata/importMicrodataStream.ts';
export { importMicrodataFile, type MicrodataFileOptions } from './microdata/importMicrodataFile.ts';
export {
  MicrodataAggregator,
  type MicrodataAggregate,
  type MicrodataSummary,
  type ExcludedCode,
  type UnknownCountry,
} from './microdata/MicrodataAggregator.ts';
export { planMicrodataColumns, type MicrodataColumns } from './microdata/planMicrodataColumns.ts';
export { microdataReference, microdataReferenceLabel, versionFromFileName } from './microdata/microdataReference.ts';
export {
  globalOpinionsReference,
  GLOBAL_OPINIONS_CITATION,
  type GlobalOpinionsSummary,
} from './globalOpinions/globalOpinionsReference.ts';
export { parseGlobalOpinionsCsv, type GlobalOpinionsRow } from './globalOpinions/parseGlobalOpinionsCsv.ts';
export { responseFromCounts } from './responseFromCounts.ts';
