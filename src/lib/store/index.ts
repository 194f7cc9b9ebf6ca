export type * from './types';
export { RUN_STATUSES } from './types';
export { DATABASE_NAME, type ValueProbeDb, type ValueProbeSchema } from './schema';
export { MIGRATIONS, type Migration } from './migrations';
export { openValueProbeDb, type OpenOptions } from './openValueProbeDb';
export { itemKey, resultRecordOf } from './itemKey';
export { StorageFullError, StoredDataError, RunDeletedError, type DamagedRecord } from './errors';
export { InvalidInputError } from '../validate/fields';
export {
  getRun,
  listRuns,
  findDamagedRuns,
  putRun,
  findResumableRuns,
  appendResults,
  appendToStoredRun,
  updateStoredRun,
  deleteRun,
} from './runs';
export { listResults, listResultKeys, findDamagedResults, deleteDamagedResult, readRunResults } from './results';
export { findDamagedRecords, readRawRecord, deleteDamagedRecord, type DamagedEntry } from './damagedRecords';
export { saveReference, listReferences, findDamagedReferences, getReference, deleteReference } from './references';
export type { RunExportFile, PromptTemplateInfo } from './exchange/runExportFile';
export { RUN_EXPORT_FORMAT, RUN_EXPORT_SCHEMA_VERSION } from './exchange/runExportFile';
export { buildRunExport, exportRunJson } from './exchange/exportRunJson';
export { exportRunCsv, RUN_CSV_HEADER } from './exchange/exportRunCsv';
export { parseRunExport, RunImportError, type ParsedRunExport } from './exchange/parseRunExport';
export { importRun, importParsedRun, type ImportedRun } from './exchange/importRun';
export { findSameRun } from './exchange/findSameRun';
export { appDatabase } from './appDatabase';
export { encodeRunLink, decodeRunLink, MAX_RUN_LINK_CHARS } from './exchange/runLink';
