import { describe, expect, it } from 'vitest';
import { layoutOptions } from './layoutOptions';

describe('layoutOptions', () => {
  it('labels options with letters and maps reversed labels back', () => {
    expect(layoutOptions(3, 'original')).toEqual({ labels: ['A', 'B', 'C'], optionIndexByLabel: [0, 1, 2] });
    expect(layoutOptions(3, 'reversed')).toEqual({ labels: ['A', 'B', 'C'], optionIndexByLabel: [2, 1, 0] });
  });

  it('reaches Z at 26 options and refuses more, zero, NaN and fractions', () => {
    expect(layoutOptions(26, 'original').labels.at(-1)).toBe('Z');
    expect(() => layoutOptions(27, 'original')).toThrow('got 27');
    expect(() => layoutOptions(0, 'original')).toThrow('got 0');
    expect(() => layoutOptions(Number.NaN, 'original')).toThrow('got NaN');
    expect(() => layoutOptions(2.5, 'original')).toThrow('got 2.5');
  });
});
