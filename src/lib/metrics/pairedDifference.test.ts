import { describe, expect, it } from 'vitest';
import { pairedDifference } from './pairedDifference';

const meanOver =
  (cell: (q: number, c: number) => number) => (questions: readonly number[], countries: readonly number[]) => {
    let total = 0;
    for (const q of questions) for (const c of countries) total += cell(q, c);
    return total / (questions.length * countries.length);
  };
// Run A scores 2q + c on cell (q, c), run B q + c: country c helps both equally, so A − B = mean of the drawn q.
const runA = meanOver((q, c) => 2 * q + c);
const runB = meanOver((q, c) => q + c);
const tiny = { resamples: 2000, seed: 3, minQuestions: 2, minCountries: 2 };

describe('pairedDifference', () => {
  it('recomputes both runs on the same cross in every resample', () => {
    const seen: string[] = [];
    const record = (run: string) => (questions: readonly number[], countries: readonly number[]) => {
      seen.push(`${run}:${questions.join('')}|${countries.join('')}`);
      return 0;
    };
    pairedDifference(2, 2, record('A'), record('B'), { ...tiny, resamples: 50 });
    for (let call = 0; call < seen.length; call += 2) {
      expect(seen[call]?.slice(2)).toBe(seen[call + 1]?.slice(2));
    }
    expect(seen).toHaveLength(2 * 51);
  });

  it('has the percentile interval of the 16 enumerated cross differences', () => {
    // Question draws [0,0], [0,1], [1,0], [1,1] give mean q 0, ½, ½, 1, whatever the 4 country draws: the 16
    // equally likely differences are 0 (4 of them), ½ (8) and 1 (4). Each extreme has probability ¼ > 2.5 %.
    const result = pairedDifference(2, 2, runA, runB, tiny);
    expect(result).toMatchObject({ estimate: 0.5, low: 0, high: 1, undefinedResamples: 0, withheld: null });
  });

  it('cancels what both runs share: equal runs differ by exactly 0 in every resample', () => {
    const result = pairedDifference(2, 2, runA, runA, tiny);
    expect(result).toMatchObject({ estimate: 0, low: 0, high: 0 });
  });

  it('is null where either run is, and withholds the interval below 5 questions by default', () => {
    expect(pairedDifference(2, 2, runA, () => null, tiny).estimate).toBeNull();
    expect(pairedDifference(4, 8, runA, runB, { resamples: 100, seed: 1 })).toMatchObject({
      low: null,
      high: null,
      withheld: 'too-few-questions',
    });
  });
});
