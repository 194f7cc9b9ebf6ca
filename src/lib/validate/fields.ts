/**
 * The one vocabulary for reading outside input: the dataset file, IndexedDB records from other versions, imported
 * files, endpoint answers and batch output lines. Each reader takes the record, the field name and a description of
 * where the record sits, and throws an InvalidInputError naming all three, what was found and what was expected.
 * Each boundary catches it once and adds what the person should do (rebuild the dataset, delete the record, check the
 * server's base URL).
 */

export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}

export type RawObject = Record<string, unknown>;

/** A reader of one field; readNullable and readOptional wrap any of them. */
export type FieldReader<T> = (record: RawObject, field: string, where: string) => T;

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return `a ${typeof value}`;
}

/** How a field is named in messages and in the `where` of the records nested in it. */
export function fieldPath(where: string, field: string): string {
  return `${where}: "${field}"`;
}

function fail(where: string, field: string, expected: string, value: unknown): never {
  throw new InvalidInputError(`${fieldPath(where, field)} must be ${expected}, got ${describeValue(value)}`);
}

export function isObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readObject(value: unknown, where: string): RawObject {
  if (!isObject(value)) throw new InvalidInputError(`${where} must be an object, got ${describeValue(value)}`);
  return value;
}

/** An object held in a field; the records inside it are described as sitting at fieldPath(where, field). */
export function readObjectField(record: RawObject, field: string, where: string): RawObject {
  return readObject(record[field], fieldPath(where, field));
}

/** A list whose entries the caller reads one by one (records, pairs). */
export function readList(record: RawObject, field: string, where: string): unknown[] {
  const value = record[field];
  if (!Array.isArray(value)) fail(where, field, 'a list', value);
  return value;
}

/** null when the field holds null, otherwise what `read` reads (a missing field is still an error). */
export function readNullable<T>(record: RawObject, field: string, where: string, read: FieldReader<T>): T | null {
  return record[field] === null ? null : read(record, field, where);
}

/** Whether a value is JSON's null or missing altogether: servers write either for "none". */
export function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** null when the field is missing or null, otherwise what `read` reads. */
export function readNullish<T>(record: RawObject, field: string, where: string, read: FieldReader<T>): T | null {
  return isAbsent(record[field]) ? null : read(record, field, where);
}

/** undefined when the field is absent, otherwise what `read` reads. */
export function readOptional<T>(record: RawObject, field: string, where: string, read: FieldReader<T>): T | undefined {
  return record[field] === undefined ? undefined : read(record, field, where);
}

export function readString(record: RawObject, field: string, where: string): string {
  const value = record[field];
  if (typeof value !== 'string' || value === '') fail(where, field, 'a non-empty text', value);
  return value;
}

/** A text that may be empty (a model's reply). */
export function readText(record: RawObject, field: string, where: string): string {
  const value = record[field];
  if (typeof value !== 'string') fail(where, field, 'a text', value);
  return value;
}

export function readBoolean(record: RawObject, field: string, where: string): boolean {
  const value = record[field];
  if (typeof value !== 'boolean') fail(where, field, 'true or false', value);
  return value;
}

export interface NumberRange {
  min?: number;
  max?: number;
}

function rangeText({ min = -Infinity, max = Infinity }: NumberRange): string {
  const bounds = [Number.isFinite(min) ? `≥ ${min}` : '', Number.isFinite(max) ? `≤ ${max}` : ''];
  return bounds.filter(Boolean).join(' and ');
}

function inRange(value: unknown, { min = -Infinity, max = Infinity }: NumberRange): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function readNumberWhere(
  record: RawObject,
  field: string,
  where: string,
  range: NumberRange,
  kind: { name: string; accepts: (value: number) => boolean },
): number {
  const value = record[field];
  if (!inRange(value, range) || !kind.accepts(value)) {
    const bounds = rangeText(range);
    fail(where, field, `${kind.name}${bounds ? ` ${bounds}` : ''}`, value);
  }
  return value;
}

const FINITE = { name: 'a finite number', accepts: () => true };
const WHOLE = { name: 'a whole number', accepts: Number.isInteger };

export function readNumber(record: RawObject, field: string, where: string, range: NumberRange = {}): number {
  return readNumberWhere(record, field, where, range, FINITE);
}

export function readInteger(record: RawObject, field: string, where: string, range: NumberRange = {}): number {
  return readNumberWhere(record, field, where, range, WHOLE);
}

export function readCount(record: RawObject, field: string, where: string): number {
  return readInteger(record, field, where, { min: 0 });
}

export function readOneOf<T extends string>(record: RawObject, field: string, allowed: readonly T[], where: string): T {
  const value = record[field];
  const found = allowed.find((option) => option === value);
  if (found === undefined) fail(where, field, `one of ${allowed.join(', ')}`, value);
  return found;
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

export function readOneOfList<T extends string>(
  record: RawObject,
  field: string,
  allowed: readonly T[],
  where: string,
): T[] {
  const value = record[field];
  if (!Array.isArray(value) || value.some((entry) => !(allowed as readonly unknown[]).includes(entry)))
    fail(where, field, `a list of: ${allowed.join(', ')}`, value);
  return [...(value as T[])];
}

export function readNumberList(record: RawObject, field: string, where: string): number[] {
  const value = record[field];
  if (!Array.isArray(value) || value.some((entry) => !inRange(entry, {}))) {
    fail(where, field, 'a list of finite numbers', value);
  }
  return [...(value as number[])];
}

/** Two finite numbers (a point, a pair of weights). */
export function readNumberPair(record: RawObject, field: string, where: string): [number, number] {
  const [first, second, ...rest] = readNumberList(record, field, where);
  if (first === undefined || second === undefined || rest.length > 0)
    fail(where, field, 'a list of 2 finite numbers', record[field]);
  return [first, second];
}

/** Flat record of texts, numbers and booleans (engine settings). */
export function readScalarMap(
  record: RawObject,
  field: string,
  where: string,
): Record<string, string | number | boolean> {
  const map = readObjectField(record, field, where);
  for (const [key, value] of Object.entries(map)) {
    if (!['string', 'number', 'boolean'].includes(typeof value))
      fail(where, `${field}.${key}`, 'a text, number or true/false', value);
  }
  return { ...(map as Record<string, string | number | boolean>) };
}

/** Runs `read`, turning an InvalidInputError into the boundary's own error, which adds what the person should do. */
export function readAtBoundary<T>(read: () => T, explain: (error: InvalidInputError) => Error): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InvalidInputError) throw explain(error);
    throw error;
  }
}
