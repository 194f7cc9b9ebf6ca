import { expandOrders } from '../../prompt/expandOrders';
import type { Dataset } from '../../survey/types';
import { itemKey } from '../itemKey';
import type { ResultItem, RunRecord } from '../types';
import {
  InvalidInputError,
  readAtBoundary,
  readList,
  readObject,
  readObjectField,
  readString,
  readTimestamp,
  type RawObject,
} from '../../validate/fields';
import { readPromptTemplate } from '../validate/readPromptTemplate';
import { readResultItem } from '../validate/readResultItem';
import { readRunRecord } from '../validate/readRunRecord';
import { checkRunScope } from './checkRunScope';
import { RUN_EXPORT_FORMAT, RUN_EXPORT_SCHEMA_VERSION, type PromptTemplateInfo } from './runExportFile';

/** An import file was rejected; nothing was written. */
export class RunImportError extends Error {
  override name = 'RunImportError';
}

/** What an import writes: the run and its items, all validated. */
export interface ParsedRunExport {
  run: RunRecord;
  promptTemplate: PromptTemplateInfo;
  items: ResultItem[];
}

type Catalog = Pick<Dataset, 'questions' | 'countries'>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RunImportError(`The file is not complete JSON (was it cut off while downloading?): ${detail}`);
  }
}

function readHeader(file: RawObject): void {
  if (file.format !== RUN_EXPORT_FORMAT) {
    throw new RunImportError(
      `"format" is ${JSON.stringify(file.format)}, expected "${RUN_EXPORT_FORMAT}": choose a run file exported by ValueProbe`,
    );
  }
  if (file.schemaVersion !== RUN_EXPORT_SCHEMA_VERSION) {
    throw new RunImportError(
      `"schemaVersion" is ${JSON.stringify(file.schemaVersion)}; this version of ValueProbe reads version ${RUN_EXPORT_SCHEMA_VERSION}. ` +
        'Open the file with the ValueProbe version that wrote it and export again.',
    );
  }
  readTimestamp(file, 'exportedAt', 'file');
  readString(file, 'datasetVersion', 'file');
  readObjectField(file, 'summary', 'file');
}

function readItems(file: RawObject, run: RunRecord, catalog: Catalog): ResultItem[] {
  const optionCounts = new Map(catalog.questions.map((question) => [question.id, question.options.length]));
  const countryIds = new Set(catalog.countries.map((country) => country.id));
  const scopeQuestions = new Set(run.scope.questionIds);
  const scopeCountries = new Set(run.scope.countryIds);
  const orders: readonly string[] = expandOrders(run.promptSettings.order);
  const firstIndexByKey = new Map<string, number>();
  return readList(file, 'items', 'file').map((raw: unknown, index) => {
    const where = `item ${index + 1}`;
    const rawObject = readObject(raw, where);
    const questionId = readString(rawObject, 'questionId', where);
    const optionCount = optionCounts.get(questionId);
    if (optionCount === undefined) {
      throw new InvalidInputError(
        `${where}: unknown question id "${questionId}"; the file may come from another dataset version`,
      );
    }
    const item = readResultItem(rawObject, where, () => optionCount);
    const key = itemKey(item.questionId, item.countryId, item.order);
    const named = `${where} (${key})`;
    if (!countryIds.has(item.countryId)) {
      throw new InvalidInputError(
        `${named}: unknown country id "${item.countryId}"; the file may come from another dataset version`,
      );
    }
    if (!scopeQuestions.has(item.questionId) || !scopeCountries.has(item.countryId)) {
      throw new InvalidInputError(`${named}: outside the run's scope (its questions and countries)`);
    }
    if (!orders.includes(item.order)) {
      throw new InvalidInputError(`${named}: order "${item.order}" but the run asks in ${orders.join(' and ')} order`);
    }
    const earlier = firstIndexByKey.get(key);
    if (earlier !== undefined) throw new InvalidInputError(`${named}: duplicates item ${earlier + 1}`);
    firstIndexByKey.set(key, index);
    return item;
  });
}

function readRunExport(file: unknown, catalog: Catalog): ParsedRunExport {
  const header = readObject(file, 'file');
  readHeader(header);
  const run = readRunRecord(header.run, 'run');
  checkRunScope(run, catalog);
  const promptTemplate = readPromptTemplate(header.promptTemplate, 'file');
  const items = readItems(header, run, catalog);
  if (items.length !== run.doneItems) {
    throw new InvalidInputError(
      `run "${run.id}": "doneItems" is ${run.doneItems} but the file has ${items.length} items`,
    );
  }
  return { run, promptTemplate, items };
}

/**
 * Validates a run export completely against the dataset before anything is written. Every problem
 * is reported as a RunImportError naming the field or item.
 */
export function parseRunExport(text: string, catalog: Catalog): ParsedRunExport {
  const file = parseJson(text);
  return readAtBoundary(
    () => readRunExport(file, catalog),
    (error) => new RunImportError(`${error.message}. Nothing was imported.`, { cause: error }),
  );
}
