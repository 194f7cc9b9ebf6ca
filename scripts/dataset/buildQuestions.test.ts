import { describe, expect, it } from 'vitest';
import { buildQuestions } from './buildQuestions.ts';
import { FIXTURE_SOURCES } from './testFixtures.ts';

function only(id: string) {
  const [question] = buildQuestions([id], FIXTURE_SOURCES);
  if (question === undefined) throw new Error('no question built');
  return question;
}

const codesAndValues = (id: string) => only(id).options.map((o) => [o.code, o.value]);

describe('buildQuestions', () => {
  it('returns nothing for no ids', () => {
    expect(buildQuestions([], FIXTURE_SOURCES)).toEqual([]);
  });

  it('builds Q1 with texts, label, category and codes as values', () => {
    const q1 = only('Q1');
    expect(q1).toMatchObject({
      id: 'Q1',
      text: 'How important is family in your life?',
      label: 'Important in life: Family',
      category: 'social-values',
      scaleType: 'ordinal',
      flags: [],
    });
    expect(q1.options).toEqual([
      { code: 1, text: 'Very important', value: 1 },
      { code: 2, text: 'Rather important', value: 2 },
      { code: 3, text: 'Not very important', value: 3 },
      { code: 4, text: 'Not at all important', value: 4 },
    ]);
  });

  it('Q56: swaps codes 2 and 3, so "about the same" (code 3) sits between better and worse', () => {
    expect(codesAndValues('Q56')).toEqual([
      [1, 1],
      [3, 2],
      [2, 3],
    ]);
    expect(only('Q56').options.map((o) => o.text)).toEqual(['Better off', 'About the same', 'Worse off']);
  });

  it('Q119: code 0 "Hard to say" becomes the middle value 3, disagree moves to 4 and 5', () => {
    expect(codesAndValues('Q119')).toEqual([
      [1, 1],
      [2, 2],
      [0, 3],
      [3, 4],
      [4, 5],
    ]);
    expect(only('Q119').options[2]?.text).toBe('Hard to say');
  });

  it('Q241: code 0 "against democracy" joins code 1 at value 1 (a tie, kept in code order), 2…10 unchanged', () => {
    const q = only('Q241');
    expect(codesAndValues('Q241')).toEqual([
      [0, 1],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
      [6, 6],
      [7, 7],
      [8, 8],
      [9, 9],
      [10, 10],
    ]);
    expect(q.scaleType).toBe('ordinal');
    expect(q.options[0]?.text).toBe('0 It is against democracy (spontaneous)');
    expect(q.options[10]?.text).toBe('10 An essential characteristic of democracy');
  });

  it('Q254: code 5 "not of this nationality" is substantive but off the scale and comes last', () => {
    expect(codesAndValues('Q254')).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, null],
    ]);
    expect(only('Q254').scaleType).toBe('ordinal');
  });

  it('names the endpoints of bare 1–10 scales from the codebook and leaves the middle numbers bare', () => {
    const texts = only('Q164').options.map((o) => o.text);
    expect(texts[0]).toBe('1 Not at all important');
    expect(texts[4]).toBe('5');
    expect(texts[9]).toBe('10 Very important');
  });

  it('marks two-option questions binary', () => {
    expect(only('Q57').scaleType).toBe('binary');
  });

  it('assigns Q152 to the postmaterialist index by section, flagged and nominal', () => {
    expect(only('Q152')).toMatchObject({
      category: 'postmaterialist-index',
      scaleType: 'nominal',
      flags: ['postmaterialist'],
    });
  });

  it('fails when a question has no text in CultureSPA', () => {
    expect(() => buildQuestions(['Q999'], FIXTURE_SOURCES)).toThrow(
      'Question Q999 is in proportions_group_by_country.json but not in wvs_questions.json.',
    );
  });

  it('fails when the codebook and CultureSPA disagree on the number of options', () => {
    const sources = {
      ...FIXTURE_SOURCES,
      cultureSpaQuestions: [{ Q_id: 'Q1', question: 'x', option_lst: ['a', 'b'] }],
    };
    expect(() => buildQuestions(['Q1'], sources)).toThrow(
      'Question Q1: codebook has 4 non-negative codes (1, 2, 3, 4) but CultureSPA lists 2 options.',
    );
  });

  it('fails on a category the app does not know', () => {
    const sources = { ...FIXTURE_SOURCES, metadata: { Q1: { category: 'Astrology' } } };
    expect(() => buildQuestions(['Q1'], sources)).toThrow('Question Q1 has unknown category "Astrology"');
  });

  it('fails when a question has neither metadata nor a section assignment', () => {
    const sources = { ...FIXTURE_SOURCES, metadata: {} };
    expect(() => buildQuestions(['Q1'], sources)).toThrow('Question Q1 has no category');
  });

  it('fails on an adjustment that is neither a number nor ""', () => {
    const sources = { ...FIXTURE_SOURCES, adjustments: { Q1: { '2': 'two' } } };
    expect(() => buildQuestions(['Q1'], sources)).toThrow(
      'answer_adjustment.json maps Q1 code 2 to "two", expected a number or "".',
    );
  });
});
