import { describe, expect, it } from 'vitest';
import { cultureSpaReplyCode, oneHotOnCode, readCultureSpaEntries } from './cultureSpaReply';

describe('cultureSpaReplyCode', () => {
  it('takes the first number when it is a code of the question', () => {
    expect(cultureSpaReplyCode('2', [1, 2, 3, 4])).toBe(2);
    expect(cultureSpaReplyCode("I'd say... 6.", [1, 2, 3, 4, 5, 6])).toBe(6);
    expect(cultureSpaReplyCode('9.9', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(9);
    expect(cultureSpaReplyCode('0', [1, 2, 0, 3, 4])).toBe(0);
  });

  it('never guesses: no number, or a first number that is not a code, is unparseable', () => {
    expect(cultureSpaReplyCode('I cannot answer this question.', [1, 2])).toBeNull();
    expect(cultureSpaReplyCode('5', [1, 2, 3, 4])).toBeNull();
    expect(cultureSpaReplyCode('0 or 2', [1, 2, 3, 4])).toBeNull();
    expect(cultureSpaReplyCode('I cannot answer this. Call 1-800-273-8255.', [1, 2, 3, 4])).toBeNull();
  });
});

describe('oneHotOnCode', () => {
  it('puts all mass on the option with that code, in option order', () => {
    expect(oneHotOnCode(0, [1, 2, 0, 3, 4])).toEqual([0, 0, 1, 0, 0]);
  });
});

describe('readCultureSpaEntries', () => {
  it('reads Q_id and answer, and names a bad entry', () => {
    expect(readCultureSpaEntries([{ Q_id: 'Q1', question: 'x', option_lst: [], answer: '1' }])).toEqual([
      { questionId: 'Q1', reply: '1' },
    ]);
    expect(() => readCultureSpaEntries([{ Q_id: 'Q1', answer: '1' }, { Q_id: 'Q2' }])).toThrow(/entry 2/);
    expect(() => readCultureSpaEntries({})).toThrow(/JSON list/);
  });
});
