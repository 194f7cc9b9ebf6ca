import { describe, expect, it } from 'vitest';
import { humanSide } from './humanSide';
import { summariseRun } from './summariseRun';
import { answersCopyingCountry, makeCountry, makeDataset, makeQuestion, makeReference } from './testing/fixtures';

const countries = [makeCountry('USA'), makeCountry('DEU'), makeCountry('NGA')];
const ordinal = makeQuestion('Q1', [1, 2, 3, null]);
const nominal = makeQuestion('Q2', [null, null]);
const questions = [ordinal, nominal];
const probabilities = {
  Q1: { USA: [0.5, 0.5, 0, 0], DEU: [0, 0.4, 0.4, 0.2] },
  Q2: { USA: [0.5, 0.5], DEU: [1, 0], NGA: [0, 1] },
};

describe('humanSide', () => {
  it('aligns means, normalised means and cumulative distributions with the countries', () => {
    const side = humanSide(makeReference(questions, probabilities), countries, ordinal);
    // USA: (0.5·1 + 0.5·2)/1 = 1.5 → (1.5 − 1)/(3 − 1) = 0.25; F = [0.5, 1]
    // DEU: on-scale mass 0.8, (0.4·2 + 0.4·3)/0.8 = 2.5 → 0.75; F = [0/0.8, 0.4/0.8] = [0, 0.5]
    // NGA: no reference → NaN, no distribution, no cumulative
    expect(Array.from(side.mean)).toEqual([1.5, 2.5, NaN]);
    expect(Array.from(side.normalised)).toEqual([0.25, 0.75, NaN]);
    // One row of cumulativeLength = 2 per country; NGA's row stays NaN.
    expect(side.cumulativeLength).toBe(2);
    expect(Array.from(side.cumulativeCells)).toEqual([0.5, 1, 0, 0.5, NaN, NaN]);
    // The distributions in one block of optionCount = 4 per country, zeros where there is none.
    expect(Array.from(side.distributionCells)).toEqual([0.5, 0.5, 0, 0, 0, 0.4, 0.4, 0.2, 0, 0, 0, 0]);
    expect(side.distributions[2]).toBeUndefined();
  });

  it('has no means for a nominal question', () => {
    const side = humanSide(makeReference(questions, probabilities), countries, nominal);
    expect(side.scale).toBeNull();
    expect(Array.from(side.mean)).toEqual([NaN, NaN, NaN]);
    expect(side.cumulativeLength).toBe(0);
    expect(side.cumulativeCells).toHaveLength(0);
  });

  it('is computed once per reference object and recomputed for another one', () => {
    const reference = makeReference(questions, probabilities);
    const first = humanSide(reference, countries, ordinal);
    expect(humanSide(reference, countries, ordinal)).toBe(first);
    // Same id, other numbers: the cache is keyed by the object, not the id. USA all on option 3 → mean 3.
    const edited = makeReference(questions, { ...probabilities, Q1: { USA: [0, 0, 1, 0] } });
    expect(Array.from(humanSide(edited, countries, ordinal).mean)).toEqual([3, NaN, NaN]);
    expect(Array.from(humanSide(reference, countries, ordinal).mean)).toEqual([1.5, 2.5, NaN]);
  });

  it('is recomputed for another countries array', () => {
    const reference = makeReference(questions, probabilities);
    expect(Array.from(humanSide(reference, countries, ordinal).mean)).toEqual([1.5, 2.5, NaN]);
    expect(Array.from(humanSide(reference, [countries[1]!], ordinal).mean)).toEqual([2.5]);
  });
});

describe('summariseRun with the human side cached', () => {
  it('refuses a reference distribution of the wrong length only where a pair uses it', () => {
    const dataset = makeDataset([ordinal], countries);
    const reference = makeReference([ordinal], { Q1: { USA: [0.5, 0.5, 0, 0], DEU: [0.5, 0.5, 0, 0] } });
    const response = reference.responses.Q1!.DEU!;
    reference.responses.Q1!.DEU = { ...response, distribution: [1] as unknown as typeof response.distribution };
    const onlyUsa = { Q1: { USA: reference.responses.Q1!.USA!.distribution } };
    // DEU has a reference but no model answer: counted, not scored, no error.
    expect(summariseRun(dataset, reference, onlyUsa, { resamples: 0 }).coverage.pairsWithoutModelAnswer).toBe(1);
    const both = { Q1: { ...onlyUsa.Q1, DEU: reference.responses.Q1!.USA!.distribution } };
    expect(() => summariseRun(dataset, reference, both, { resamples: 0 })).toThrow(
      'reference test-reference for Q1/DEU has 1 probabilities but Q1 has 4 options',
    );
  });

  it('returns the same summary from the cache as from a fresh copy of the reference', () => {
    const dataset = makeDataset(questions, countries);
    const reference = makeReference(questions, probabilities);
    const answers = answersCopyingCountry(reference, 'DEU');
    const options = { resamples: 50, seed: 3 };
    const uncached = summariseRun(dataset, structuredClone(reference), answers, options);
    summariseRun(dataset, reference, answers, options);
    expect(summariseRun(dataset, reference, answers, options)).toStrictEqual(uncached);
  });
});
