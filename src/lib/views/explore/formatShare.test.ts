import { describe, expect, it } from 'vitest';
import { formatShare } from './formatShare';

describe('formatShare', () => {
  it('shows one decimal', () => {
    // 1163 / 1230 = 0.945528… → 94.6 %
    expect(formatShare(1163 / 1230)).toBe('94.6%');
    expect(formatShare(0)).toBe('0.0%');
    expect(formatShare(1)).toBe('100.0%');
  });

  it('refuses NaN and undefined', () => {
    expect(() => formatShare(Number.NaN)).toThrow('Share is NaN; expected a number between 0 and 1.');
    expect(() => formatShare(undefined as unknown as number)).toThrow('Share is undefined');
  });
});
