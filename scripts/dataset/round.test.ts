import { describe, expect, it } from 'vitest';
import { round12 } from './round.ts';

describe('round12', () => {
  it('keeps 12 decimal places', () => {
    expect(round12(2316 / 2593)).toBe(0.893173929811); // 0.89317392981103…
    expect(round12(1 / 3)).toBe(0.333333333333);
    expect(round12(2)).toBe(2);
  });

  it('passes NaN through so validation downstream can name it', () => {
    expect(round12(Number.NaN)).toBeNaN();
  });
});
