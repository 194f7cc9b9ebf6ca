import { describe, expect, it } from 'vitest';
import type { Question } from '../../types.ts';
import { syntheticCountries } from '../../../../../tests/microdata/syntheticBank.ts';
import { globalOpinionsReference } from './globalOpinionsReference.ts';

function question(id: string, text: string, options: string[]): Question {
  return {
    id,
    text,
    label: id,
    category: 'social-values',
    scaleType: 'ordinal',
    options: options.map((optionText, index) => ({ code: index + 1, text: optionText, value: index + 1 })),
    flags: [],
  };
}

const importance = ['Very important', 'Rather important', 'Not very important', 'Not at all important'];
const bank: Question[] = [
  question('Q1', 'How important is family in your life?', importance),
  question('Q2', 'How important are friends in your life?', importance),
  question(
    'Q45',
    "If there were greater respect for authority, would you think it would be a good thing, a bad thing, or don't you mind?",
    ['Good', "Don't mind", 'Bad'],
  ),
  question(
    'Q177',
    "Claiming government benefits to which you are not entitled: 1 means 'Never justifiable' and 10 means 'Always justifiable'",
    ['1 Never justifiable', ...['2', '3', '4', '5', '6', '7', '8', '9'], '10 Always justifiable'],
  ),
];

// Rows in the real file's layout: Python reprs inside CSV quotes, "" for a literal double quote.
const sample = [
  'question,selections,options,source',
  `"For each of the following, indicate how important it is in your life. Would you say it is very important, rather important, not very important or not important at all? - Family","defaultdict(<class 'list'>, {'Germany': [0.8, 0.15, 0.03, 0.01, 0.01], 'Morocco': [0.9, 0.1, 0.0, 0.0, 0.0], 'Atlantis': [1.0, 0.0, 0.0, 0.0, 0.0]})","['Very important', 'Rather important', 'Not very important', 'Not at all important', ""Don't know""]",WVS`,
  `"If there were greater respect for authority, would it be a good thing, a bad thing, or don't you mind?","defaultdict(<class 'list'>, {'Northern Ireland': [0.5, 0.2, 0.25, 0.05]})","['Good thing', ""Don't mind"", 'Bad thing', 'No answer']",WVS`,
  `"Do you favor or oppose the trade agreement?","defaultdict(<class 'list'>, {'Germany': [0.6, 0.4]})","['Favor', 'Oppose']",GAS`,
  `"How much do you like pineapple on pizza?","defaultdict(<class 'list'>, {'Germany': [0.6, 0.4]})","['A lot', 'Not at all']",WVS`,
].join('\r\n');

describe('globalOpinionsReference', () => {
  const { reference, summary } = globalOpinionsReference(
    sample,
    { questions: bank, countries: syntheticCountries },
    'global_opinions.csv',
    '2026-01-02T03:04:05.000Z',
  );

  it('matches WVS rows to bank questions and reports the rest', () => {
    expect(summary.wvsRows).toBe(3);
    expect(summary.otherRows).toBe(1);
    expect(summary.matched).toEqual([
      { row: 2, questionId: 'Q1' },
      { row: 3, questionId: 'Q45' },
    ]);
    expect(summary.unmatched).toEqual([
      {
        row: 5,
        question: 'How much do you like pineapple on pizza?',
        reason: 'no question in the bank has these answer options',
      },
    ]);
    expect(summary.countries).toEqual(['DEU', 'MAR', 'NIR']);
    expect(summary.unknownCountries).toEqual(['Atlantis']);
  });

  it('drops non-substantive answers and renormalises', () => {
    // Germany: 0.8 + 0.15 + 0.03 + 0.01 = 0.99 substantive → 0.8/0.99, 0.15/0.99, 0.03/0.99, 0.01/0.99.
    const germany = reference.responses.Q1?.DEU;
    [0.8 / 0.99, 0.15 / 0.99, 0.03 / 0.99, 0.01 / 0.99].forEach((share, index) =>
      expect(germany?.distribution[index]).toBeCloseTo(share, 12),
    );
    // Northern Ireland on Q45: "Good thing" → Good, "Don't mind" → Don't mind, "Bad thing" → Bad; 0.05 "No answer" dropped.
    // 0.5 + 0.2 + 0.25 = 0.95 → [0.5/0.95, 0.2/0.95, 0.25/0.95]; mean = (0.5·1 + 0.2·2 + 0.25·3)/0.95 = 1.65/0.95.
    const northernIreland = reference.responses.Q45?.NIR;
    [0.5 / 0.95, 0.2 / 0.95, 0.25 / 0.95].forEach((share, index) =>
      expect(northernIreland?.distribution[index]).toBeCloseTo(share, 12),
    );
    expect(northernIreland?.mean).toBeCloseTo(1.65 / 0.95, 12);
  });

  it('labels the reference with its source and licence', () => {
    expect(reference).toMatchObject({
      id: 'global-opinions:global_opinions.csv',
      label: 'GlobalOpinionQA, WVS items, 3 countries',
      weighting: 'unweighted',
      createdAt: '2026-01-02T03:04:05.000Z',
    });
    expect(reference.source).toContain('CC BY-NC-SA 4.0');
  });

  it('rejects files that are not GlobalOpinionQA or have nothing usable', () => {
    const options = { questions: bank, countries: syntheticCountries };
    expect(() => globalOpinionsReference('a,b\n1,2\n', options, 'x.csv', '2026-01-01T00:00:00.000Z')).toThrow(
      'This file lacks the GlobalOpinionQA columns question, selections, options, source (it has: a, b).',
    );
    expect(() => globalOpinionsReference('', options, 'x.csv', '2026-01-01T00:00:00.000Z')).toThrow(
      'it has: no columns',
    );
    expect(() =>
      globalOpinionsReference(
        'question,selections,options,source\nq,"{}","[]",GAS\n',
        options,
        'x.csv',
        '2026-01-01T00:00:00.000Z',
      ),
    ).toThrow('The file has no rows whose source is "WVS".');
    // {'X': [1] has 9 characters, so the missing } is expected at character 10.
    expect(() =>
      globalOpinionsReference(
        'question,selections,options,source\nq,"{\'X\': [1]","[\'a\']",WVS\n',
        options,
        'x.csv',
        '2026-01-01T00:00:00.000Z',
      ),
    ).toThrow('Row 2, column selections cannot be read (expected "}" at character 10 but found the end of the text)');
    expect(() =>
      globalOpinionsReference(
        'question,selections,options,source\nq,"{\'X\': [1, 0]}","[\'a\']",WVS\n',
        options,
        'x.csv',
        '2026-01-01T00:00:00.000Z',
      ),
    ).toThrow('Row 2, column selections has 2 shares for X but the row has 1 options');
    expect(() =>
      globalOpinionsReference(
        sample.split('\r\n').slice(0, 1).concat(sample.split('\r\n')[4]!).join('\n'),
        options,
        'x.csv',
        '2026-01-01T00:00:00.000Z',
      ),
    ).toThrow('None of the 1 WVS rows matched a question and a country of the dataset');
  });
});
