import { readAtBoundary, readList, readObject, readString } from '../../validate/fields';
import { EndpointError } from './endpointError';

function readModelIds(body: unknown): string[] {
  return readList(readObject(body, 'the body'), 'data', 'the body').map((entry, index) =>
    readString(readObject(entry, `data[${index}]`), 'id', `data[${index}]`),
  );
}

/** Validates a GET /models answer ({"data": [{"id": …}, …]}) into model ids. */
export function parseModelList(body: unknown): string[] {
  return readAtBoundary(
    () => readModelIds(body),
    (error) =>
      new EndpointError(
        'bad-response',
        `The endpoint's model list is not valid: ${error.message}; check that the base URL ends in /v1.`,
      ),
  );
}
