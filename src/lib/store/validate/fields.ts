/**
 * Readers for outside input (IndexedDB records from other versions, imported files): each takes
 * the value, the field name and a description of the record, and throws an InvalidRecordError
 * that names all three. Callers add what the user should do.
 */

export class InvalidRecordError extends Error {
  override name = 'InvalidRecordError';
}

export type RawObject = Record<string, unknown>;

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return `a ${typeof value}`;
}

function fail(where: string, field: string, expected: string, value: unknown): never {
  throw new InvalidRecordError(`${where}: "${field}" must be ${expected}, got ${describeValue(value)}`);
}

export function readObject(value: unknown, where: string): RawObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidRecordError(`${where} must be an object, got ${describeValue(value)}`);
  }
  return value as RawObject;
}

export function readString(record: RawObject, field: string, where: string): string {
  const value = record[field];
  if (typeof value !== 'string' || value === '') fail(where, field, 'a non-empty text', value);
  return value;
}

export function readOptionalString(record: RawObject, field: string, where: string): string | undefined {
  return record[field] === undefined ? undefined : readString(record, field, where);
}

export function readNumber(
  record: RawObject,
  field: string,
  where: string,
  range: { min?: number; max?: number } = {},
): number {
  const value = record[field];
  const { min = -Infinity, max = Infinity } = range;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    const bounds = [Number.isFinite(min) ? `≥ ${min}` : '', Number.isFinite(max) ? `≤ ${max}` : '']
      .filter(Boolean)
      .join(' and ');
    fail(where, field, `a finite number${bounds ? ` ${bounds}` : ''}`, value);
  }
  return value;
}

export function readCount(record: RawObject, field: string, where: string): number {
  const value = readNumber(record, field, where, { min: 0 });
  if (!Number.isInteger(value)) fail(where, field, 'a whole number ≥ 0', value);
  return value;
}

export function readOptionalCount(record: RawObject, field: string, where: string): number | undefined {
  return record[field] === undefined ? undefined : readCount(record, field, where);
}

export function readOneOf<T extends string>(record: RawObject, field: string, allowed: readonly T[], where: string): T {
  const value = record[field];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(where, field, `one of ${allowed.join(', ')}`, value);
  }
  return value as T;
}

export function readTimestamp(record: RawObject, field: string, where: string): string {
  const value = readString(record, field, where);
  if (Number.isNaN(Date.parse(value))) fail(where, field, 'an ISO 8601 date-time', value);
  return value;
}

export function readStringList(record: RawObject, field: string, where: string): string[] {
  const value = record[field];
  if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string'))
    fail(where, field, 'a list of texts', value);
  return [...(value as string[])];
}

export function readNumberList(record: RawObject, field: string, where: string): number[] {
  const value = record[field];
  if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'number' || !Number.isFinite(entry))) {
    fail(where, field, 'a list of finite numbers', value);
  }
  return [...(value as number[])];
}

/** Flat record of texts, numbers and booleans (engine settings). */
export function readScalarMap(
  record: RawObject,
  field: string,
  where: string,
): Record<string, string | number | boolean> {
  const map = readObject(record[field], `${where}: "${field}"`);
  for (const [key, value] of Object.entries(map)) {
    if (!['string', 'number', 'boolean'].includes(typeof value))
      fail(where, `${field}.${key}`, 'a text, number or true/false', value);
  }
  return { ...(map as Record<string, string | number | boolean>) };
}
