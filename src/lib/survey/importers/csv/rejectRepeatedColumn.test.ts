import { describe, expect, it } from 'vitest';
import { rejectRepeatedColumn } from './rejectRepeatedColumn.ts';

describe('rejectRepeatedColumn', () => {
  it('accepts distinct names, an empty header and repeated empty cells', () => {
    expect(() => rejectRepeatedColumn(['a', 'b', 'c'])).not.toThrow();
    expect(() => rejectRepeatedColumn([])).not.toThrow();
    expect(() => rejectRepeatedColumn(['a', '', ' '])).not.toThrow();
  });

  it('names a column repeated with other case or spaces', () => {
    expect(() => rejectRepeatedColumn(['Q1', 'W_WEIGHT', ' q1 '])).toThrow('The header names the column "q1" twice');
  });
});
