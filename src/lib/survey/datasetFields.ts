/**
 * Field readers for parseDataset: each returns the typed value or throws an error naming the path,
 * what was found and what to do. The dataset is built by `npm run build:data`, so the advice is to rebuild.
 */
const ADVICE = 'rebuild it with `npm run build:data`, or reload the page if the app was just updated';

export class DatasetFormatError extends Error {
  constructor(path: string, problem: string) {
    super(`The dataset file is not valid: ${path} ${problem}; ${ADVICE}.`);
    this.name = 'DatasetFormatError';
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value.slice(0, 40)}"`;
  const shown = typeof value === 'object' ? JSON.stringify(value) : (value as number | boolean | bigint).toString();
  return `${typeof value} ${shown.slice(0, 40)}`;
}

export type Json = Record<string, unknown>;

export function asRecord(value: unknown, path: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new DatasetFormatError(path, `is ${describe(value)}, expected an object`);
  return value as Json;
}

export function asArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new DatasetFormatError(path, `is ${describe(value)}, expected an array`);
  return value;
}

export function asString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new DatasetFormatError(path, `is ${describe(value)}, expected a string`);
  return value;
}

export function asNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new DatasetFormatError(path, `is ${describe(value)}, expected a finite number`);
  return value;
}

export function asNumberOrNull(value: unknown, path: string): number | null {
  return value === null ? null : asNumber(value, path);
}

export function asNumbers(value: unknown, path: string): number[] {
  return asArray(value, path).map((item, i) => asNumber(item, `${path}[${i}]`));
}

export function asOneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  const found = allowed.find((option) => option === value);
  if (found === undefined)
    throw new DatasetFormatError(path, `is ${describe(value)}, expected one of ${allowed.join(', ')}`);
  return found;
}

export function asStringOrNull(value: unknown, path: string): string | null {
  return value === null ? null : asString(value, path);
}

export function asBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new DatasetFormatError(path, `is ${describe(value)}, expected true or false`);
  return value;
}
