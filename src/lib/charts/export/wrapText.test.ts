import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText';

// At font size 10 a character is estimated at 6 px.
describe('wrapText', () => {
  it('keeps words on a line while it fits: "aa bb" is 30 px, "aa bb cc" 48 px > 30', () => {
    expect(wrapText('aa bb cc', 30, 10)).toEqual(['aa bb', 'cc']);
  });

  it('keeps a word longer than the line whole', () => {
    expect(wrapText('abcdefgh ij', 10, 10)).toEqual(['abcdefgh', 'ij']);
  });

  it('collapses runs of spaces and returns no line for empty text', () => {
    expect(wrapText('  a   b ', 100, 10)).toEqual(['a b']);
    expect(wrapText('', 100, 10)).toEqual([]);
  });
});
