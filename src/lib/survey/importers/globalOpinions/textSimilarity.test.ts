import { describe, expect, it } from 'vitest';
import { normaliseText, textSimilarity } from './textSimilarity.ts';

describe('normaliseText', () => {
  it('folds case, accents, punctuation and spaces', () => {
    expect(normaliseText('  Don’t  KNOW!  Türkiye ')).toBe('don t know turkiye');
    expect(normaliseText('')).toBe('');
  });
});

describe('textSimilarity', () => {
  it('is 1 for texts equal after normalisation and 0 for disjoint ones', () => {
    expect(textSimilarity('Very important', 'very  IMPORTANT.')).toBe(1);
    expect(textSimilarity('Agree', 'Disagree')).toBe(0);
  });

  it('counts shared words as a multiset', () => {
    // {how, important, is, family} vs {how, important, is, work}: 3 shared, 2·3/(4+4) = 0.75.
    expect(textSimilarity('How important is family', 'How important is work')).toBe(0.75);
    // "very very good" vs "very good": shared very, good → 2·2/(3+2) = 0.8.
    expect(textSimilarity('very very good', 'very good')).toBe(0.8);
  });

  it('handles empty texts', () => {
    expect(textSimilarity('', '')).toBe(1);
    expect(textSimilarity('', 'x')).toBe(0);
    expect(textSimilarity('?!', 'x')).toBe(0);
  });
});
