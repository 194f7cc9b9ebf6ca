import { describe, expect, it } from 'vitest';
import { tinyReference } from '../../prompt/fixtures/tinySurvey';
import type { HumanReference } from '../../survey/types';
import { baselineDistribution } from './baselineDistribution';

describe('baselineDistribution', () => {
  it('uniform spreads over every option', () => {
    expect(baselineDistribution('uniform', tinyReference, 'Q1', 'NZL')).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(baselineDistribution('uniform', tinyReference, 'Q33', 'USA')).toEqual([0.5, 0.5]);
  });

  it('world-average is the mean of the countries that have the question, the same for every persona', () => {
    // Q1: USA [0.1, 0.2, 0.3, 0.4], NZL [0, 0.5, 0, 0.5] → [0.05, 0.35, 0.15, 0.45].
    const q1 = baselineDistribution('world-average', tinyReference, 'Q1', 'DEU');
    [0.05, 0.35, 0.15, 0.45].forEach((expected, index) => expect(q1?.[index]).toBeCloseTo(expected, 12));
    expect(baselineDistribution('world-average', tinyReference, 'Q1', 'USA')).toEqual(q1);
    // Q33: USA [0.25, 0.75], DEU [0.5, 0.5] → [0.375, 0.625].
    expect(baselineDistribution('world-average', tinyReference, 'Q33', 'NZL')).toEqual([0.375, 0.625]);
  });

  it('country gives USA by default, or the chosen country, to every persona', () => {
    expect(baselineDistribution('country', tinyReference, 'Q33', 'DEU')).toEqual([0.25, 0.75]);
    expect(baselineDistribution('country', tinyReference, 'Q33', 'USA', 'DEU')).toEqual([0.5, 0.5]);
  });

  it('returns null for unanswerable items instead of substituting another distribution', () => {
    expect(baselineDistribution('country', tinyReference, 'Q1', 'USA', 'DEU')).toBeNull();
    expect(baselineDistribution('uniform', tinyReference, 'Q999', 'USA')).toBeNull();
    expect(baselineDistribution('world-average', tinyReference, 'Q999', 'USA')).toBeNull();
    const empty: HumanReference = { ...tinyReference, responses: { Q1: {} } };
    expect(baselineDistribution('world-average', empty, 'Q1', 'USA')).toBeNull();
  });

  it('world-average of a single country is that country', () => {
    const single: HumanReference = {
      ...tinyReference,
      responses: { Q1: { NZL: tinyReference.responses['Q1']!['NZL']! } },
    };
    expect(baselineDistribution('world-average', single, 'Q1', 'USA')).toEqual([0, 0.5, 0, 0.5]);
  });

  it('rejects a reference whose countries disagree on the number of options', () => {
    const q1 = tinyReference.responses['Q1']!;
    const broken: HumanReference = {
      ...tinyReference,
      responses: { Q1: { USA: q1['USA']!, XXX: tinyReference.responses['Q33']!['USA']! } },
    };
    expect(() => baselineDistribution('world-average', broken, 'Q1', 'USA')).toThrow(
      'Human distributions for Q1 have 4 and 2 options; the reference is inconsistent.',
    );
  });
});
