import { describe, expect, it } from 'vitest';
import type { Estimate } from '../../metrics';
import { headlineVerdict } from './headlineVerdict';

function figure(estimate: number | null, low: number | null = null, high: number | null = null): Estimate {
  return { estimate, low, high, resamples: low === null ? 0 : 1000, undefinedResamples: 0 };
}

const baselines = [
  { label: 'Uniform answers', estimate: figure(null) },
  { label: 'World average for everyone', estimate: figure(0.58, 0.5, 0.66) },
  { label: 'Everyone like USA', estimate: figure(0.4, 0.3, 0.5) },
];

describe('headlineVerdict', () => {
  it('an oracle (r = 1, interval above every baseline) tracks closely and clearly beats them', () => {
    expect(headlineVerdict('pooledPearson', figure(1, 1, 1), baselines)).toBe(
      'Tracks which answers are high or low, across questions and countries closely: clearly better than every baseline.',
    );
  });

  it('a random answerer (r near 0, interval below the world average) hardly tracks and is worse', () => {
    expect(headlineVerdict('meanQuestionPearson', figure(-0.02, -0.1, 0.06), baselines)).toBe(
      'Tracks how countries differ on a question hardly at all: worse than “World average for everyone” and “Everyone like USA”.',
    );
  });

  it('overlapping intervals read as "about as well as" the best baseline; the level follows the thresholds', () => {
    expect(headlineVerdict('pooledPearson', figure(0.55, 0.45, 0.62), baselines)).toBe(
      'Tracks which answers are high or low, across questions and countries well: about as well as “World average for everyone”, the best baseline.',
    );
    expect(headlineVerdict('pooledPearson', figure(0.3), [])).toContain('moderately: no baseline to compare with');
    expect(headlineVerdict('pooledPearson', figure(0.1), [])).toContain(' weakly:');
    expect(headlineVerdict('pooledPearson', figure(0.7), [])).toContain(' closely:');
  });

  it('similarities have no level word, only the comparison; without intervals the estimates are compared', () => {
    expect(headlineVerdict('meanJsdSimilarity', figure(0.9), [{ label: 'Uniform', estimate: figure(0.8) }])).toBe(
      'Matches the whole spread of answers: clearly better than every baseline.',
    );
  });

  it('an undefined figure says so', () => {
    expect(headlineVerdict('meanQuestionPearson', figure(null), baselines)).toBe(
      'Tracks how countries differ on a question: cannot be said from these answers.',
    );
  });
});
