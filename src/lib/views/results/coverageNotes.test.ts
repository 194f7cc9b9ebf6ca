import { describe, expect, it } from 'vitest';
import type { Coverage } from '../../metrics';
import { coverageNotes } from './coverageNotes';

const coverage: Coverage = {
  questions: 36,
  nominalQuestions: 2,
  countries: 19,
  distributionCountries: [],
  supplementaryOnlyCountries: [],
  supplementary: [],
  comparedPairs: 640,
  pairsWithoutModelAnswer: 4240,
  pairsWithoutReference: 3,
  questionsWithUndefinedPearson: 0,
  sameAnswerForEveryCountry: [],
  countriesWithUndefinedPearson: 1,
};

describe('coverageNotes', () => {
  it('calls the pairs a finished run did not ask outside its scope, not missing answers', () => {
    const notAsked = coverageNotes(coverage, true).find((note) => note.key === 'not-asked');
    expect(notAsked?.label).toBe('Survey pairs outside this run');
    expect(notAsked?.value).toBe(4240);
    expect(notAsked?.note).toContain('not failures');
    expect(notAsked?.label).not.toContain('without a model answer');
  });

  it('says an unfinished run may still ask them', () => {
    const notAsked = coverageNotes(coverage, false).find((note) => note.key === 'not-asked');
    expect(notAsked?.label).toBe('Survey pairs not asked (yet)');
    expect(notAsked?.note).toContain('has not asked yet');
  });

  it('explains only counts above 0', () => {
    const notes = coverageNotes(coverage, true);
    expect(notes.map((note) => [note.key, note.value, note.note !== null])).toEqual([
      ['undefined-questions', 0, false],
      ['undefined-countries', 1, true],
      ['not-asked', 4240, true],
      ['no-human-data', 3, true],
    ]);
  });
});
