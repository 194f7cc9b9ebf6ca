import { describe, expect, it } from 'vitest';
import { formatDuration, secondsPerItem } from './estimateDuration';

describe('duration estimate', () => {
  it('scales WebLLM time with model size', () => {
    // 0.05 s overhead + 0.1 s per billion parameters: 1.5B → 0.2 s, 7B → 0.75 s.
    expect(secondsPerItem('webllm', { parametersBillion: 1.5 })).toBeCloseTo(0.2, 10);
    expect(secondsPerItem('webllm', { parametersBillion: 7 })).toBeCloseTo(0.75, 10);
  });

  it('multiplies endpoint time by the samples drawn when there are no log-probabilities', () => {
    expect(secondsPerItem('openai-endpoint', { samplesPerItem: 20 })).toBeCloseTo(6, 10);
    expect(secondsPerItem('openai-endpoint')).toBeCloseTo(0.3, 10);
  });

  it('formats durations in words', () => {
    expect(formatDuration(12)).toBe('under a minute');
    expect(formatDuration(150)).toBe('about 3 min');
    expect(formatDuration(7800)).toBe('about 2 h 10 min');
    expect(formatDuration(7200)).toBe('about 2 h');
    expect(formatDuration(Number.NaN)).toBe('unknown');
  });
});
