import { describe, expect, it } from 'vitest';
import { meanDefined } from './meanDefined';

describe('meanDefined', () => {
  it('averages the numbers and skips NaN', () => {
    // (1 + 2 + 6)/3 = 3
    expect(meanDefined([1, NaN, 2, 6])).toBe(3);
  });

  it('is null for an empty list or only NaN, and the value itself for one element', () => {
    expect(meanDefined([])).toBeNull();
    expect(meanDefined([NaN, NaN])).toBeNull();
    expect(meanDefined([0.25])).toBe(0.25);
  });
});
