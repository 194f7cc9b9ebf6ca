import { describe, expect, it } from 'vitest';
import { formatDuration, secondsPerItem } from './estimateDuration';

describe('duration estimate', () => {
  it('scales WebLLM time with model size', () => {
    // 0.05 s overhead + 0.1 s per billion parameters: 1.5B → 0.2 s, 7B → 0.75 s.
    expect(secondsPerItem('webllm', { parametersBillion: 1.5 })).toBeCloseTo(0.2, 10);
    expect(secondsPerItem('webllm', { parametersBillion: 7 })).toBeCloseTo(0.75, 10);
  });

  it('makes a software adapter 100 times slower than a GPU: seconds per prompt, hours for a Quick look', () => {
    // 0.5B on a GPU: 0.05 + 0.05 = 0.1 s; on SwiftShader 10 s; 760 prompts → 7,600 s ≈ 2 h 7 min.
    const perItem = secondsPerItem('webllm', { parametersBillion: 0.5, softwareAdapter: true });
    expect(perItem).toBeCloseTo(10, 10);
    expect(formatDuration(760 * perItem)).toBe('about 2 h 7 min');
    expect(secondsPerItem('webllm', { parametersBillion: 0.5, softwareAdapter: false })).toBeCloseTo(0.1, 10);
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
