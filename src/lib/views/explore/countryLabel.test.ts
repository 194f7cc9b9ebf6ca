import { describe, expect, it } from 'vitest';
import type { Question } from '../../survey/types';
import { countryLabel } from './countryLabel';
import { fixtureCountry, fixtureQuestion, fixtureResponse } from './testFixtures';

const ethiopia = fixtureCountry('ETH', 'Ethiopia', '231');
const question = (scaleType: Question['scaleType']): Question =>
  fixtureQuestion(scaleType, [
    ['Growth', null],
    ['Defence', null],
  ]);

describe('countryLabel', () => {
  it('says when there is no data', () => {
    expect(countryLabel(question('ordinal'), { country: ethiopia, response: null })).toBe(
      'Ethiopia: no data for this question',
    );
  });

  it('gives the mean with two decimals and n', () => {
    // counts 1 + 3 = 4 answers
    expect(countryLabel(question('ordinal'), { country: ethiopia, response: fixtureResponse([1, 3], 9.821138) })).toBe(
      'Ethiopia: mean 9.82, 4 answers',
    );
  });

  it('gives the most common answer and its share for a nominal question', () => {
    // 3 of 4 answers = 75.0 %
    expect(countryLabel(question('nominal'), { country: ethiopia, response: fixtureResponse([1, 3], null) })).toBe(
      'Ethiopia: most common answer “Defence” (75.0%), 4 answers',
    );
  });
});
