import { describe, expect, it } from 'vitest';
import { sampleResult } from '../testing/fixtures';
import { readResultItem } from './readResultItem';

describe('readResultItem', () => {
  it('reads an allowed mass or probability rounded just above 1 (within the tolerance) as 1', () => {
    const stored = { ...sampleResult('Q2', 'USA', [1.0000000064, 0]), allowedMass: 1.0000000064 };
    const item = readResultItem(stored, 'stored answer');
    expect(item.allowedMass).toBe(1);
    expect(item.probs).toEqual([1, 0]);
  });

  it('rejects an allowed mass beyond the tolerance, naming the item and the limit', () => {
    const stored = { ...sampleResult('Q2', 'USA', [0.5, 0.5]), allowedMass: 1.01 };
    expect(() => readResultItem(stored, 'stored answer')).toThrow(
      'stored answer (Q2|USA|original): "allowedMass" must be a finite number ≥ 0 and ≤ 1.000001, got 1.01',
    );
  });
});
