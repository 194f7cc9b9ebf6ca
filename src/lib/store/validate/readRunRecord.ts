import type { EngineDescriptor, EngineKind } from '../../engines/types';
import { readPromptSettings } from './readPromptSettings';
import { readPromptTemplate } from './readPromptTemplate';
import { RUN_STATUSES, type RunRecord, type RunScope } from '../types';
import {
  InvalidInputError,
  readCount,
  readObject,
  readOneOf,
  readOptional,
  readObjectField,
  readScalarMap,
  readString,
  readStringList,
  readTimestamp,
  type RawObject,
} from '../../validate/fields';

const ENGINE_KINDS: readonly EngineKind[] = ['webllm', 'openai-endpoint', 'baseline', 'imported'];

function readEngine(record: RawObject, where: string): EngineDescriptor {
  const engine = readObjectField(record, 'engine', where);
  const inner = `${where} engine`;
  return {
    kind: readOneOf(engine, 'kind', ENGINE_KINDS, inner),
    modelId: readString(engine, 'modelId', inner),
    version: readString(engine, 'version', inner),
    settings: readScalarMap(engine, 'settings', inner),
  };
}

function readScope(record: RawObject, where: string): RunScope {
  const scope = readObjectField(record, 'scope', where);
  return {
    questionIds: readStringList(scope, 'questionIds', `${where} scope`),
    countryIds: readStringList(scope, 'countryIds', `${where} scope`),
  };
}

/** Turns an unknown value (stored or imported) into a RunRecord, or throws naming the bad field. */
export function readRunRecord(value: unknown, where = 'run'): RunRecord {
  const raw = readObject(value, where);
  const id = readString(raw, 'id', where);
  const named = `${where} "${id}"`;
  const run: RunRecord = {
    id,
    name: readString(raw, 'name', named),
    createdAt: readTimestamp(raw, 'createdAt', named),
    updatedAt: readTimestamp(raw, 'updatedAt', named),
    status: readOneOf(raw, 'status', RUN_STATUSES, named),
    engine: readEngine(raw, named),
    promptSettings: readPromptSettings(raw.promptSettings, named),
    templateHash: readString(raw, 'templateHash', named),
    datasetVersion: readString(raw, 'datasetVersion', named),
    referenceId: readString(raw, 'referenceId', named),
    scope: readScope(raw, named),
    totalItems: readCount(raw, 'totalItems', named),
    doneItems: readCount(raw, 'doneItems', named),
  };
  const pauseReason = readOptional(raw, 'pauseReason', named, readString);
  if (pauseReason !== undefined) run.pauseReason = pauseReason;
  if (raw.importedAt !== undefined) run.importedAt = readTimestamp(raw, 'importedAt', named);
  // Optional: runs stored before imports kept their file's template have none.
  if (raw.promptTemplate !== undefined) run.promptTemplate = readPromptTemplate(raw.promptTemplate, named);
  if (run.doneItems > run.totalItems) {
    throw new InvalidInputError(`${named}: "doneItems" (${run.doneItems}) exceeds "totalItems" (${run.totalItems})`);
  }
  return run;
}
