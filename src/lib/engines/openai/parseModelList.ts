import { EndpointError } from './endpointError';

/** Validates a GET /models answer ({"data": [{"id": …}, …]}) into model ids. */
export function parseModelList(body: unknown): string[] {
  const data = typeof body === 'object' && body !== null && 'data' in body ? body.data : undefined;
  if (!Array.isArray(data)) {
    throw new EndpointError(
      'bad-response',
      'The endpoint\'s model list has no "data" array; check that the base URL ends in /v1.',
    );
  }
  return data.map((entry: unknown, index) => {
    const id = typeof entry === 'object' && entry !== null && 'id' in entry ? entry.id : undefined;
    if (typeof id !== 'string') {
      throw new EndpointError(
        'bad-response',
        `The endpoint's model list has data[${index}].id = ${String(id)}; expected a string.`,
      );
    }
    return id;
  });
}
