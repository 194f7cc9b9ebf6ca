import { describe, expect, it } from 'vitest';
import { buildResponses, responseFromShares } from './buildResponses.ts';
import { buildQuestions } from './buildQuestions.ts';
import { FIXTURE_SOURCES } from './testFixtures.ts';

const [q1, q56, q119, q152, q254] = buildQuestions(['Q1', 'Q56', 'Q119', 'Q152', 'Q254'], FIXTURE_SOURCES);
if (!q1 || !q56 || !q119 || !q152 || !q254) throw new Error('fixture questions missing');

describe('responseFromShares', () => {
  it('USA Q1: shares of the full sample × 2596 respondents give counts, renormalised over substantive answers', () => {
    // CultureSPA USA Q1 shares; TrustBench USA N_respondents = 2596.
    const shares = {
      '1': 0.8921417565485362,
      '2': 0.08513097072419107,
      '3': 0.01848998459167951,
      '4': 0.0030816640986132513,
    };
    const response = responseFromShares(q1, 'USA', shares, 2596);
    // 0.89214…×2596 = 2316, 0.08513…×2596 = 221, 0.01849…×2596 = 48, 0.00308…×2596 = 8; 3 respondents gave no answer.
    expect(response?.counts).toEqual([2316, 221, 48, 8]);
    // n = 2316 + 221 + 48 + 8 = 2593
    expect(response?.n).toBe(2593);
    const expected = [2316 / 2593, 221 / 2593, 48 / 2593, 8 / 2593]; // 0.893174…, 0.085229…, 0.018511…, 0.003085…
    response?.distribution.forEach((p, k) => expect(p).toBeCloseTo(expected[k] ?? Number.NaN, 11));
    // mean = (2316·1 + 221·2 + 48·3 + 8·4) / 2593 = (2316 + 442 + 144 + 32) / 2593 = 2934 / 2593 ≈ 1.131508
    expect(response?.mean).toBeCloseTo(2934 / 2593, 11);
  });

  it('DEU Q56: counts follow the adjusted option order (code 1, code 3, code 2)', () => {
    const shares = { '1': 0.5988219895287958, '3': 0.2650523560209424, '2': 0.1106020942408377 };
    const response = responseFromShares(q56, 'DEU', shares, 1528);
    // ×1528: code 1 → 915, code 3 → 405, code 2 → 169
    expect(response?.counts).toEqual([915, 405, 169]);
    // mean = (915·1 + 405·2 + 169·3) / (915 + 405 + 169) = (915 + 810 + 507) / 1489 = 2232 / 1489
    expect(response?.mean).toBeCloseTo(2232 / 1489, 11);
  });

  it('NLD Q119: "Hard to say" (code 0) counts at value 3', () => {
    const shares = {
      '0': 0.3072261072261072,
      '3': 0.23682983682983683,
      '2': 0.17016317016317017,
      '4': 0.07086247086247087,
      '1': 0.008857808857808859,
    };
    const response = responseFromShares(q119, 'NLD', shares, 2145);
    // ×2145: code 1 → 19, code 2 → 365, code 0 → 659, code 3 → 508, code 4 → 152 (option order)
    expect(response?.counts).toEqual([19, 365, 659, 508, 152]);
    // mean = (19·1 + 365·2 + 659·3 + 508·4 + 152·5) / 1703 = (19 + 730 + 1977 + 2032 + 760) / 1703 = 5518 / 1703
    expect(response?.mean).toBeCloseTo(5518 / 1703, 11);
  });

  it('USA Q254: code 5 stays in the distribution but not in the mean', () => {
    const shares = {
      '1': 0.413713405238829,
      '2': 0.3420647149460709,
      '3': 0.16640986132511557,
      '4': 0.04815100154083205,
      '5': 0.017719568567026195,
    };
    const response = responseFromShares(q254, 'USA', shares, 2596);
    // ×2596: 1074, 888, 432, 125, 46; n = 2565
    expect(response?.counts).toEqual([1074, 888, 432, 125, 46]);
    expect(response?.n).toBe(2565);
    expect(response?.distribution[4]).toBeCloseTo(46 / 2565, 11);
    // mean over on-scale answers only: (1074 + 888·2 + 432·3 + 125·4) / (2565 − 46) = 4646 / 2519 ≈ 1.844383
    expect(response?.mean).toBeCloseTo(4646 / 2519, 11);
  });

  it('gives nominal questions a distribution but no mean', () => {
    const response = responseFromShares(q152, 'USA', { '1': 0.5, '2': 0.25 }, 4);
    expect(response).toMatchObject({ counts: [2, 1, 0, 0], n: 3, mean: null });
  });

  it('treats an empty dict as "not asked"', () => {
    expect(responseFromShares(q1, 'CHN', {}, 3036)).toBeNull();
  });

  it('fails when a share × N is not a whole number of respondents', () => {
    expect(() => responseFromShares(q1, 'USA', { '1': 0.5 }, 2595)).toThrow(
      'Q1 USA: share 0.5 of code 1 × 2595 respondents = 1297.5, not within 0.000001 of an integer; check N_respondents for USA.',
    );
  });

  it('fails when every share is zero', () => {
    expect(() => responseFromShares(q1, 'USA', { '1': 0 }, 10)).toThrow('Q1 USA: every share rounds to 0 respondents.');
  });

  it('fails on a share that is not a number', () => {
    expect(() => responseFromShares(q1, 'USA', { '1': Number.NaN }, 10)).toThrow(
      'Q1 USA: share NaN of code 1 × 10 respondents = NaN',
    );
  });

  it('fails on a code the question does not have', () => {
    expect(() => responseFromShares(q1, 'USA', { '7': 0.1 }, 10)).toThrow(
      'Q1 USA: CultureSPA has code 7, which is not an option of Q1 (1, 2, 3, 4).',
    );
  });
});

describe('buildResponses', () => {
  it('keeps only asked (question, country) pairs and drops questions nobody was asked', () => {
    const shares = { USA: { Q1: { '1': 0.5, '2': 0.5 }, Q56: {} }, DEU: { Q1: {} } };
    const responses = buildResponses(
      [q1, q56],
      ['USA', 'DEU'],
      shares,
      new Map([
        ['USA', 2],
        ['DEU', 2],
      ]),
    );
    expect(Object.keys(responses)).toEqual(['Q1']);
    expect(Object.keys(responses['Q1'] ?? {})).toEqual(['USA']);
  });

  it('fails when a country has no respondent count', () => {
    expect(() => buildResponses([q1], ['USA'], {}, new Map())).toThrow(
      'Country USA has CultureSPA shares but no N_respondents in the TrustBench file.',
    );
  });
});
