import type { ScoringMethod } from '../../engines/types';
import type { OptionOrder } from '../../prompt/types';
import type { ResultItem, ResultRecord } from '../types';
import { itemKey } from '../itemKey';
import {
  InvalidInputError,
  readNumber,
  readObject,
  readOneOf,
  readOptional,
  readString,
  readStringList,
  readTimestamp,
  readCount,
} from '../../validate/fields';
import { readDistribution, readProbability } from './readDistribution';

const ORDERS: readonly OptionOrder[] = ['original', 'reversed'];
const METHODS: readonly ScoringMethod[] = ['full-logits', 'top-logprobs', 'sampling', 'baseline'];

/**
 * Reads one answer. `optionCount` (from the dataset) checks that probs has one entry per option;
 * without it only the sum is checked.
 */
export function readResultItem(
  value: unknown,
  where: string,
  optionCount?: (questionId: string) => number,
): ResultItem {
  const raw = readObject(value, where);
  const questionId = readString(raw, 'questionId', where);
  const countryId = readString(raw, 'countryId', where);
  const order = readOneOf(raw, 'order', ORDERS, where);
  const named = `${where} (${itemKey(questionId, countryId, order)})`;
  const item: ResultItem = {
    questionId,
    countryId,
    order,
    probs: readDistribution(raw, 'probs', named, optionCount?.(questionId)),
    allowedMass: readProbability(raw, 'allowedMass', named),
    method: readOneOf(raw, 'method', METHODS, named),
    missingLabels: readStringList(raw, 'missingLabels', named),
    tokensIn: readCount(raw, 'tokensIn', named),
    ms: readNumber(raw, 'ms', named, { min: 0 }),
    at: readTimestamp(raw, 'at', named),
  };
  const samples = readOptional(raw, 'samples', named, readCount);
  if (samples !== undefined) item.samples = samples;
  const engineVersion = readOptional(raw, 'engineVersion', named, readString);
  if (engineVersion !== undefined) item.engineVersion = engineVersion;
  return item;
}

/** Reads a stored result and checks that its key matches its content. */
export function readResultRecord(value: unknown, where = 'stored result'): ResultRecord {
  const raw = readObject(value, where);
  const item = readResultItem(raw, where);
  const runId = readString(raw, 'runId', where);
  const key = readString(raw, 'itemKey', where);
  const expected = itemKey(item.questionId, item.countryId, item.order);
  if (key !== expected)
    throw new InvalidInputError(`${where}: "itemKey" is "${key}" but its content says "${expected}"`);
  return { runId, itemKey: key, ...item };
}
