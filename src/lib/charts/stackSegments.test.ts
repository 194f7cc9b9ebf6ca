import { describe, expect, it } from 'vitest';
import { stackSegments } from './stackSegments';

describe('stackSegments', () => {
  it('is empty for no shares', () => {
    expect(stackSegments([])).toEqual([]);
  });

  it('fills the whole bar with a single share of 1', () => {
    expect(stackSegments([1])).toEqual([{ index: 0, share: 1, start: 0, end: 1 }]);
  });

  it('accumulates shares and drops zero ones but keeps their index', () => {
    // 0.25 → [0, 0.25); 0 dropped; 0.5 → [0.25, 0.75); 0.25 → [0.75, 1)
    expect(stackSegments([0.25, 0, 0.5, 0.25])).toEqual([
      { index: 0, share: 0.25, start: 0, end: 0.25 },
      { index: 2, share: 0.5, start: 0.25, end: 0.75 },
      { index: 3, share: 0.25, start: 0.75, end: 1 },
    ]);
  });

  it('rejects NaN, undefined-like and negative shares naming the position', () => {
    expect(() => stackSegments([0.5, Number.NaN])).toThrow('Share 1 is NaN; stacked bars need finite shares ≥ 0');
    expect(() => stackSegments([-0.1])).toThrow('Share 0 is -0.1');
    expect(() => stackSegments([undefined as unknown as number])).toThrow('Share 0 is undefined');
  });
});
