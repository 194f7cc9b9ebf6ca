import { describe, expect, it } from 'vitest';
import { legendEnds, optionWithValue } from './legendEnds';
import { fixtureQuestion as question } from './testFixtures';

describe('optionWithValue', () => {
  it('prefixes the value unless the text starts with it or is it', () => {
    expect(optionWithValue({ code: 1, text: 'Very important', value: 1 })).toBe('1 Very important');
    expect(optionWithValue({ code: 10, text: '10 Very important', value: 10 })).toBe('10 Very important');
    expect(optionWithValue({ code: 5, text: '5', value: 5 })).toBe('5');
    expect(optionWithValue({ code: 1, text: '10 times', value: 1 })).toBe('1 10 times');
  });
});

describe('legendEnds', () => {
  it('names both ends of a 1–10 scale as worded in the dataset', () => {
    const godQuestion = question('ordinal', [
      ['1 Not at all important', 1],
      ['2', 2],
      ['10 Very important', 10],
    ]);
    expect(legendEnds(godQuestion)).toEqual({ start: '1 Not at all important', end: '10 Very important' });
  });

  it('orders by value, not by position, and skips off-scale options', () => {
    const recoded = question('ordinal', [
      ['Agree', 3],
      ['Disagree', 1],
      ['Neither', 2],
      ['Other', null],
    ]);
    expect(legendEnds(recoded)).toEqual({ start: '1 Disagree', end: '3 Agree' });
  });

  it('works for a binary and a single-option scale', () => {
    expect(
      legendEnds(
        question('binary', [
          ['Yes', 1],
          ['No', 2],
        ]),
      ),
    ).toEqual({ start: '1 Yes', end: '2 No' });
    expect(legendEnds(question('ordinal', [['Only', 1]]))).toEqual({ start: '1 Only', end: '1 Only' });
  });

  it('is null for nominal questions and questions without on-scale options', () => {
    expect(
      legendEnds(
        question('nominal', [
          ['A', null],
          ['B', null],
        ]),
      ),
    ).toBeNull();
    expect(legendEnds(question('ordinal', []))).toBeNull();
  });
});
