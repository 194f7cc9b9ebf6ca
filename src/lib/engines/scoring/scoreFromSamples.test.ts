import { describe, expect, it } from 'vitest';
import { parseAnswerLabel, scoreFromSamples } from './scoreFromSamples';

const labels = ['A', 'B', 'C', 'D'];

describe('scoreFromSamples', () => {
  it('counts parsable answers and reports their share as allowedMass', () => {
    // Parsable: A, B, A, C (4 of 6). probs = [2/4, 1/4, 1/4, 0]; allowedMass = 4/6.
    const scores = scoreFromSamples(['A', 'B.', ' A', '(C)', 'Because', 'a'], labels);
    expect(scores.probs).toEqual([0.5, 0.25, 0.25, 0]);
    expect(scores.allowedMass).toBeCloseTo(4 / 6, 12);
    expect(scores.samples).toBe(6);
    expect(scores.missingLabels).toEqual([]);
  });

  it('handles a single sample', () => {
    const scores = scoreFromSamples(['D) Very important'], labels);
    expect(scores.probs).toEqual([0, 0, 0, 1]);
    expect(scores.allowedMass).toBe(1);
    expect(scores.samples).toBe(1);
  });

  it('fails clearly with no samples or no parsable sample', () => {
    expect(() => scoreFromSamples([], labels)).toThrow('No sampled answers to count');
    expect(() => scoreFromSamples(['I think', 'E'], labels)).toThrow(
      'The model gave no probability to any answer label (A, B, C, D)',
    );
  });
});

describe('parseAnswerLabel', () => {
  it('accepts label forms and rejects words and unknown letters', () => {
    expect(parseAnswerLabel('B', labels)).toBe('B');
    expect(parseAnswerLabel(' C: Disagree', labels)).toBe('C');
    expect(parseAnswerLabel('(A)', labels)).toBe('A');
    expect(parseAnswerLabel('Answer: A', labels)).toBeNull();
    expect(parseAnswerLabel('E', labels)).toBeNull();
    expect(parseAnswerLabel('', labels)).toBeNull();
  });
});
