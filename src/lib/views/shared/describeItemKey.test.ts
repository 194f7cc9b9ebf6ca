import { describe, expect, it } from 'vitest';
import { makeCountry, makeQuestion } from '../../store/testing/fixtures';
import { describeItemKey } from './describeItemKey';

const dataset = {
  questions: [{ ...makeQuestion('Q164', 10), label: 'Importance of God' }],
  countries: [makeCountry('DEU', 'Germany')],
};

describe('describeItemKey', () => {
  it('names the question, the country and the order', () => {
    expect(describeItemKey('Q164|DEU|original', dataset)).toBe(
      'Q164 (Importance of God), Germany (DEU), original order',
    );
  });

  it('shows ids the dataset does not know as they are, and a key that is not one as it is', () => {
    expect(describeItemKey('Q999|XYZ|reversed', dataset)).toBe('Q999, XYZ, reversed order');
    expect(describeItemKey('garbage', dataset)).toBe('garbage');
    expect(describeItemKey('', dataset)).toBe('');
  });
});
