export { batchInputLines, batchInputFile, BATCH_URL, type BatchInputLine } from './batchInputFile';
export { parseBatchOutput, type BatchOutcome, type LineProblem, type ParsedBatchOutput } from './parseBatchOutput';
export { importBatchOutput, BatchImportError, type BatchImportReport, type UnansweredLine } from './importBatchOutput';
export { batchDescriptor, batchModelName, isBatchRun, BATCH_VERSION } from './batchDescriptor';
