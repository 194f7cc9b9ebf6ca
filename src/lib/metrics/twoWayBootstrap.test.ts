import { describe, expect, it } from 'vitest';
import { twoWayBootstrap } from './twoWayBootstrap';

// Cell (q, c) of a 2 × 2 cross holds 2q + c, so the mean over a cross is 2·mean(q) + mean(c).
const cell = (q: number, c: number) => 2 * q + c;
const crossMean = (questions: readonly number[], countries: readonly number[]) => {
  let total = 0;
  for (const q of questions) for (const c of countries) total += cell(q, c);
  return total / (questions.length * countries.length);
};

// Every resample of two questions and two countries: 4 question draws × 4 country draws, each 1/16 likely.
const draws = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];
const enumerated = draws.flatMap((questions) => draws.map((countries) => crossMean(questions, countries)));
const tiny = { resamples: 2000, seed: 7, minQuestions: 2, minCountries: 2 };

describe('twoWayBootstrap', () => {
  it('has these 16 equally likely cross means', () => {
    expect([...enumerated].sort((a, b) => a - b)).toEqual([
      0, 0.5, 0.5, 1, 1, 1, 1.5, 1.5, 1.5, 1.5, 2, 2, 2, 2.5, 2.5, 3,
    ]);
  });

  it('draws questions and countries with replacement and recomputes the statistic on each cross', () => {
    const seen: string[] = [];
    const result = twoWayBootstrap(
      2,
      2,
      (questions, countries) => {
        seen.push(`${questions.join('')}|${countries.join('')}`);
        return crossMean(questions, countries);
      },
      tiny,
    );
    // The full sample first, then one cross per resample, every one of the 16 crosses appearing.
    expect(seen[0]).toBe('01|01');
    expect(seen).toHaveLength(2001);
    expect(new Set(seen.slice(1)).size).toBe(16);
    expect(result.estimate).toBe(1.5);
    // The extreme crosses (0 and 3) each have probability 1/16 > 2.5 %, so the 95 % interval spans them.
    expect([result.low, result.high]).toEqual([Math.min(...enumerated), Math.max(...enumerated)]);
    expect(result).toMatchObject({ resamples: 2000, undefinedResamples: 0, withheld: null });
  });

  it('is deterministic for a seed', () => {
    expect(twoWayBootstrap(2, 2, crossMean, tiny)).toEqual(twoWayBootstrap(2, 2, crossMean, tiny));
  });

  it('withholds the interval below 5 questions or 8 countries by default', () => {
    const options = { resamples: 100, seed: 1 };
    expect(twoWayBootstrap(4, 8, () => 0.5, options)).toEqual({
      estimate: 0.5,
      low: null,
      high: null,
      resamples: 0,
      undefinedResamples: 0,
      withheld: 'too-few-questions',
    });
    expect(twoWayBootstrap(5, 7, () => 0.5, options).withheld).toBe('too-few-countries');
    expect(twoWayBootstrap(5, 8, () => 0.5, options)).toMatchObject({ low: 0.5, high: 0.5, withheld: null });
  });

  it('skips and counts resamples whose statistic is undefined', () => {
    // Null whenever country 1 is missing from the cross: 1 in 4 country draws (both 0).
    const result = twoWayBootstrap(2, 2, (_, countries) => (countries.includes(1) ? 1 : null), tiny);
    expect(result.undefinedResamples).toBeGreaterThan(400);
    expect(result.undefinedResamples).toBeLessThan(600);
  });
});
