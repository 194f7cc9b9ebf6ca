import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes';

describe('formatBytes', () => {
  it('uses decimal units with two significant digits', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(843_750_000)).toBe('840 MB');
    expect(formatBytes(1_875_000_000)).toBe('1.9 GB');
    expect(formatBytes(12_300)).toBe('12 kB');
  });

  it('says unknown for NaN, infinity and negative sizes', () => {
    expect(formatBytes(Number.NaN)).toBe('unknown');
    expect(formatBytes(Number.POSITIVE_INFINITY)).toBe('unknown');
    expect(formatBytes(-1)).toBe('unknown');
  });
});
