import type { HumanResponse, Weighting } from '../../survey/types';
import type { StoredReference } from '../types';
import {
  InvalidInputError,
  readNumber,
  readNumberList,
  readObject,
  readOneOf,
  readNullable,
  readObjectField,
  readOptional,
  readCount,
  readString,
  readTimestamp,
} from '../../validate/fields';
import { readDistribution } from './readDistribution';

const WEIGHTINGS: readonly Weighting[] = ['weighted', 'unweighted'];

function readResponse(value: unknown, where: string): HumanResponse {
  const raw = readObject(value, where);
  const counts = readNumberList(raw, 'counts', where);
  const distribution = readDistribution(raw, 'distribution', where, counts.length);
  const mean = readNullable(raw, 'mean', where, readNumber);
  // Weighted references hold sums of survey weights in n (not whole numbers) and the respondents in unweightedN.
  const response: HumanResponse = { counts, n: readNumber(raw, 'n', where, { min: 0 }), distribution, mean };
  const unweightedN = readOptional(raw, 'unweightedN', where, readCount);
  if (unweightedN !== undefined) response.unweightedN = unweightedN;
  return response;
}

/** Turns an unknown value into a StoredReference (validating every response), or throws naming the bad field. */
export function readStoredReference(value: unknown, where = 'reference'): StoredReference {
  const raw = readObject(value, where);
  const id = readString(raw, 'id', where);
  const named = `${where} "${id}"`;
  const responses: StoredReference['responses'] = {};
  for (const [questionId, byCountry] of Object.entries(readObjectField(raw, 'responses', named))) {
    const countries: Record<string, HumanResponse> = {};
    for (const [countryId, response] of Object.entries(readObject(byCountry, `${named} responses.${questionId}`))) {
      countries[countryId] = readResponse(response, `${named} responses.${questionId}.${countryId}`);
    }
    responses[questionId] = countries;
  }
  if (Object.keys(responses).length === 0) throw new InvalidInputError(`${named}: "responses" is empty`);
  return {
    id,
    label: readString(raw, 'label', named),
    weighting: readOneOf(raw, 'weighting', WEIGHTINGS, named),
    source: readString(raw, 'source', named),
    createdAt: readTimestamp(raw, 'createdAt', named),
    responses,
  };
}
