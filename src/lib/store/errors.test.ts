import { describe, expect, it } from 'vitest';
import { guardQuota, readStored, StorageFullError, StoredDataError } from './errors';
import { readObject } from '../validate/fields';

describe('guardQuota', () => {
  it('turns a QuotaExceededError into a StorageFullError that says what to do', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const failure = guardQuota(Promise.reject(quota));
    await expect(failure).rejects.toBeInstanceOf(StorageFullError);
    await expect(failure).rejects.toThrow('Browser storage is full');
    await expect(failure).rejects.toThrow('then resume the run');
  });

  it('passes other errors and values through', async () => {
    await expect(guardQuota(Promise.reject(new Error('disk on fire')))).rejects.toThrow('disk on fire');
    await expect(guardQuota(Promise.resolve(7))).resolves.toBe(7);
  });
});

describe('readStored', () => {
  it('adds the remedy to validation failures', () => {
    expect(() => readStored(readObject, 3, 'stored thing', 'Delete it')).toThrow(
      new StoredDataError('stored thing must be an object, got 3. Delete it'),
    );
  });

  it('lets other errors through unchanged', () => {
    const boom = () => {
      throw new TypeError('boom');
    };
    expect(() => readStored(boom, {}, 'x', 'y')).toThrow(TypeError);
  });
});
