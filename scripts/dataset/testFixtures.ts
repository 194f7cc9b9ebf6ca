/**
 * Tiny excerpts of the real source files (codebook, CultureSPA texts, answer adjustments), copied by hand
 * (some question texts shortened) so that unit tests run without ../shared.
 */
import type { QuestionSources } from './buildQuestions.ts';

const MISSING = { '-1': "Don't know", '-2': 'No answer', '-4': 'Not asked', '-5': 'Missing; Not available' };
const DEMOCRACY_SCALE = {
  '0': 'It is against democracy (spontaneous)',
  '1': 'Not an essential characteristic of democracy',
  ...Object.fromEntries([2, 3, 4, 5, 6, 7, 8, 9].map((n) => [String(n), String(n)])),
  '10': 'An essential characteristic of democracy',
};

export const FIXTURE_SOURCES: QuestionSources = {
  codebook: {
    Q1: {
      question: 'Important in life: Family',
      choices: {
        '1': 'Very important',
        '2': 'Rather important',
        '3': 'Not very important',
        '4': 'Not at all important',
        ...MISSING,
      },
    },
    Q56: {
      question: 'Standard of living comparing with your parents',
      choices: { '1': 'Better off', '2': 'Worse off', '3': 'Or about the same', ...MISSING },
    },
    Q57: {
      question: 'Most people can be trusted',
      choices: { '1': 'Most people can be trusted', '2': 'Need to be very careful', ...MISSING },
    },
    Q119: {
      question: 'Degree of agreement: On the whole, women are less corrupt than men',
      choices: {
        '0': 'Hard to say',
        '1': 'Strongly agree',
        '2': 'Agree',
        '3': 'Disagree',
        '4': 'Strongly disagree',
        ...MISSING,
      },
    },
    Q152: {
      question: 'Aims of country: first choice',
      choices: {
        '1': 'A high level of economic growth',
        '2': 'Strong defence forces',
        '3': 'People have more say about how things are done',
        '4': 'Trying to make our cities and countryside more beautiful',
        ...MISSING,
      },
    },
    Q164: {
      question: 'Importance of God',
      choices: {
        '1': 'Not at all important',
        ...Object.fromEntries([2, 3, 4, 5, 6, 7, 8, 9].map((n) => [String(n), String(n)])),
        '10': 'Very important',
        ...MISSING,
      },
    },
    Q241: {
      question: 'Democracy: Governments tax the rich and subsidize the poor',
      choices: { ...DEMOCRACY_SCALE, ...MISSING },
    },
    Q254: {
      question: 'National pride',
      choices: {
        '1': 'Very proud',
        '2': 'Quite proud',
        '3': 'Not very proud',
        '4': 'Not at all proud',
        '5': 'I am not [nationality]',
        ...MISSING,
      },
    },
  },
  metadata: {
    Q1: { category: 'Social Values, Norms, Stereotypes' },
    Q56: { category: 'Happiness and Wellbeing' },
    Q57: { category: 'Social Capital, Trust and Organizational Membership' },
    Q119: { category: 'Political Culture and Political Regimes' },
    Q164: { category: 'Religious Values' },
    Q241: { category: 'Political Culture and Political Regimes' },
    Q254: { category: 'Social Values, Norms, Stereotypes' },
  },
  cultureSpaQuestions: [
    {
      Q_id: 'Q1',
      question: 'How important is family in your life?',
      option_lst: ['Very important', 'Rather important', 'Not very important', 'Not at all important'],
    },
    {
      Q_id: 'Q56',
      question: 'Comparing your standard of living with your parents...',
      option_lst: ['Better off', 'Worse off', 'About the same'],
    },
    {
      Q_id: 'Q57',
      question: 'Generally speaking, would you say that most people can be trusted?',
      option_lst: ['Most people can be trusted', 'Need to be very careful'],
    },
    {
      Q_id: 'Q119',
      question: 'On the whole, women are less corrupt than men.',
      option_lst: ['Hard to say', 'Strongly agree', 'Agree', 'Disagree', 'Strongly disagree'],
    },
    {
      Q_id: 'Q152',
      question: 'Which of the following do you consider the most important?',
      option_lst: [
        'A high level of economic growth',
        'Making sure this country has strong defense forces',
        'Seeing that people have more say',
        'Trying to make our cities and countryside more beautiful',
      ],
    },
    {
      Q_id: 'Q164',
      question: 'How important is God in your life?',
      option_lst: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    },
    {
      Q_id: 'Q241',
      question: 'How essential is it for democracy that governments tax the rich?',
      option_lst: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    },
    {
      Q_id: 'Q254',
      question: 'How proud are you of your nationality?',
      option_lst: ['Very proud', 'Quite proud', 'Not very proud', 'Not at all proud', 'I am not of this nationality'],
    },
  ],
  adjustments: {
    Q56: { '2': '3', '3': '2' },
    Q119: { '0': '3', '3': '4', '4': '5' },
    Q241: { '0': '1' },
    Q254: { '5': '' },
  },
};

/** A United States row of countries.csv with the columns buildCountries reads; `fields` changes or adds columns. */
export function countriesCsvRow(fields: Partial<Record<string, string>> = {}): Record<string, string> {
  return {
    b_country: '840',
    iso_numeric: '840',
    atlas_id: '840',
    iso3: 'USA',
    name: 'United States',
    wvs_alpha: 'USA',
    iw_zone: 'English-Speaking',
    s003_name: 'United States',
    in_atlas_110m: '1',
    ...fields,
  };
}

/** Northern Ireland's columns: no ISO code of its own, and world-atlas geometry 826, which Great Britain also uses. */
export const NORTHERN_IRELAND_ROW = {
  b_country: '909',
  iso_numeric: '',
  atlas_id: '826',
  iso3: '',
  name: 'Northern Ireland',
  wvs_alpha: 'NIR',
  s003_name: 'North Ireland',
};
