import { describe, expect, it } from 'vitest';
import { summariseRun } from './summariseRun';
import {
  answersCopyingCountry,
  answersFromReference,
  dist,
  makeCountry,
  makeDataset,
  makeQuestion,
  makeReference,
} from './testing/fixtures';
import type { ModelAnswers, RunSummary } from './types';

const countries = [
  makeCountry('USA', { western: true, zone: 'English-Speaking' }),
  makeCountry('DEU', { western: true, zone: 'Protestant Europe' }),
  makeCountry('NGA', { western: false, zone: 'African-Islamic' }),
  makeCountry('CHN', { western: false, zone: 'Confucian' }),
];
const questions = [
  makeQuestion('Q1', [1, 2, 3, 4]),
  makeQuestion('Q2', [1, 2], { category: 'economic-values' }),
  makeQuestion('Q3', [1, 2, 3, null], { category: 'economic-values' }),
  makeQuestion('Q4', [null, null, null], { scaleType: 'nominal' }),
  makeQuestion('Q5', [1, 2], { category: 'postmaterialist-index', flags: ['postmaterialist'] }),
];
const dataset = makeDataset(questions, countries);
const reference = makeReference(questions, {
  Q1: { USA: [1, 0, 0, 0], DEU: [0, 1, 0, 0], NGA: [0, 0, 1, 0], CHN: [0, 0, 0, 1] },
  Q2: { USA: [0.9, 0.1], DEU: [0.6, 0.4], NGA: [0.3, 0.7], CHN: [0.5, 0.5] },
  Q3: { USA: [0.5, 0.3, 0.1, 0.1], DEU: [0.2, 0.5, 0.2, 0.1], NGA: [0.1, 0.2, 0.6, 0.1], CHN: [0.3, 0.3, 0.3, 0.1] },
  Q4: { USA: [0.5, 0.3, 0.2], DEU: [0.2, 0.5, 0.3], NGA: [0.1, 0.1, 0.8], CHN: [0.3, 0.3, 0.4] },
  Q5: { USA: [0.5, 0.5], DEU: [0.4, 0.6], NGA: [0.3, 0.7], CHN: [0.2, 0.8] },
});
const fast = { resamples: 0 };

const question = (summary: RunSummary, id: string) => summary.questions.find((score) => score.questionId === id);
const country = (summary: RunSummary, id: string) => summary.countries.find((score) => score.countryId === id);

describe('summariseRun with the humans’ own answers', () => {
  const summary = summariseRun(dataset, reference, answersFromReference(reference), { resamples: 200 });

  it('gives r = 1 for every question where humans vary, and no r for nominal questions', () => {
    for (const id of ['Q1', 'Q2', 'Q3']) expect(question(summary, id)?.pearson.estimate).toBeCloseTo(1, 12);
    expect(question(summary, 'Q4')).toMatchObject({
      pearson: { estimate: null },
      spearman: null,
      undefinedReason: 'nominal',
    });
  });

  it('gives similarity 1 everywhere', () => {
    for (const item of summary.items) {
      expect(item.jsdSimilarity).toBeCloseTo(1, 12);
      if (item.questionId !== 'Q4') expect(item.wassersteinSimilarity).toBeCloseTo(1, 12);
    }
    expect(summary.headline.meanJsdSimilarity.estimate).toBeCloseTo(1, 12);
  });

  it('gives per-country r = 1 and a Western gap of 0', () => {
    for (const score of summary.countries) expect(score.pearson.estimate).toBeCloseTo(1, 12);
    const gap = summary.pearsonByCountryGroup.westernGap;
    expect(gap.western.members).toEqual(['USA', 'DEU']);
    expect(gap.nonWestern.members).toEqual(['NGA', 'CHN']);
    expect(gap.gap).toBeCloseTo(0, 12);
    expect(summary.jsdSimilarityByCountryGroup.westernGap.gap).toBeCloseTo(0, 12);
  });

  it('has a pooled r of 1, its interval withheld over 4 questions and 4 countries', () => {
    expect(summary.headline.pooledPearson.estimate).toBeCloseTo(1, 12);
    expect(summary.headline.pooledPearson).toMatchObject({ low: null, high: null, withheld: 'too-few-questions' });
    expect(summary.headline.meanJsdSimilarity.withheld).toBe('too-few-questions');
    expect(summary.pearsonByCountryGroup.zones.map((zone) => zone.interval?.withheld)).toEqual(
      summary.pearsonByCountryGroup.zones.map(() => 'too-few-questions'),
    );
  });

  it('leaves flagged questions out of the scored set by default', () => {
    expect(summary.questions.map((score) => score.questionId)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    const withFlagged = summariseRun(dataset, reference, answersFromReference(reference), {
      ...fast,
      includeFlagged: true,
    });
    expect(withFlagged.questions.map((score) => score.questionId)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
    expect(withFlagged.groups.map((group) => group.group)).toEqual(['socio-cultural-norms', 'social-systems-progress']);
  });

  it('gives nominal pairs distribution metrics only', () => {
    const nominal = summary.items.filter((item) => item.questionId === 'Q4');
    expect(nominal).toHaveLength(4);
    for (const item of nominal) {
      expect(item).toMatchObject({
        humanMean: null,
        modelMean: null,
        humanNormalised: null,
        wassersteinSimilarity: null,
      });
    }
  });

  it('leaves the item rows out on request, and nothing else', () => {
    const withoutItems = summariseRun(dataset, reference, answersFromReference(reference), {
      resamples: 200,
      includeItems: false,
    });
    expect(withoutItems.items).toEqual([]);
    expect({ ...withoutItems, items: summary.items, options: summary.options }).toEqual(summary);
  });

  it('leaves the question and country rows out on request, and nothing else', () => {
    const aggregates = summariseRun(dataset, reference, answersFromReference(reference), {
      resamples: 200,
      includeQuestionAndCountryRows: false,
    });
    expect(summary.questions.length).toBeGreaterThan(0);
    expect(aggregates.questions).toEqual([]);
    expect(aggregates.countries).toEqual([]);
    expect({
      ...aggregates,
      questions: summary.questions,
      countries: summary.countries,
      options: summary.options,
    }).toEqual(summary);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});

describe('summariseRun with the USA’s answers for every country', () => {
  const summary = summariseRun(dataset, reference, answersCopyingCountry(reference, 'USA'), fast);

  it('scores every per-question r 0 (never undefined) because people vary and the model does not', () => {
    for (const id of ['Q1', 'Q2', 'Q3']) {
      expect(question(summary, id)).toMatchObject({
        pearson: { estimate: 0 },
        spearman: 0,
        undefinedReason: null,
        sameAnswerForEveryCountry: true,
        personaSensitivity: 0,
      });
    }
    expect(summary.coverage.questionsWithUndefinedPearson).toBe(0);
    expect(summary.coverage.sameAnswerForEveryCountry).toEqual(['Q1', 'Q2', 'Q3']);
    expect(summary.headline.meanQuestionPearson.estimate).toBe(0);
    expect(summary.headline.personaSensitivity).toEqual({ median: 0, shareAtZero: 1, questions: 3 });
    expect(
      summary.categories.map((category) => [
        category.categoryId,
        category.meanPearson.estimate,
        category.questionsUsed,
        category.questionsUndefined,
      ]),
    ).toEqual([
      ['social-values', 0, 1, 0],
      ['economic-values', 0, 2, 0],
    ]);
  });

  it('gives every country a country-specific r of 0 and a Western gap of 0 on it', () => {
    for (const id of ['USA', 'DEU', 'NGA', 'CHN']) expect(country(summary, id)?.centredPearson.estimate).toBe(0);
    expect(summary.centredPearsonByCountryGroup.westernGap.gap).toBe(0);
  });

  it('withholds two-way intervals drawn from fewer than 5 questions or 8 countries', () => {
    const withInterval = summariseRun(dataset, reference, answersCopyingCountry(reference, 'USA'), { resamples: 50 });
    expect(withInterval.centredPearsonByCountryGroup.westernGap.gapInterval).toMatchObject({
      estimate: 0,
      low: null,
      high: null,
      withheld: 'too-few-questions',
    });
    expect(withInterval.headline.meanQuestionPearson.withheld).toBe('too-few-questions');
    expect(withInterval.jsdSimilarityByCountryGroup.westernGap.gapInterval).toBeNull();
  });

  it('puts the USA at similarity 1 and every other country below', () => {
    expect(country(summary, 'USA')?.meanJsdSimilarity).toBeCloseTo(1, 12);
    for (const id of ['DEU', 'NGA', 'CHN']) expect(country(summary, id)?.meanJsdSimilarity).toBeLessThan(1);
  });
});

describe('summariseRun with half the questions answered like people and half the same for every country', () => {
  const oracle = answersFromReference(reference);
  const usa = answersCopyingCountry(reference, 'USA');
  const summary = summariseRun(dataset, reference, { ...oracle, Q2: usa.Q2 ?? {}, Q3: usa.Q3 ?? {} }, fast);

  it('no longer scores 1: the persona-blind questions count as r = 0', () => {
    // Q1 r = 1, Q2 and Q3 r = 0 → mean 1/3; economic values (Q2, Q3) 0.
    expect(summary.headline.meanQuestionPearson.estimate).toBeCloseTo(1 / 3, 12);
    expect(summary.categories.map((category) => category.meanPearson.estimate)).toEqual([1, 0]);
    expect(summary.coverage.sameAnswerForEveryCountry).toEqual(['Q2', 'Q3']);
    // Sensitivity 1 on Q1 and 0 on Q2, Q3: median 0, two thirds at 0.
    expect(summary.headline.personaSensitivity.median).toBe(0);
    expect(summary.headline.personaSensitivity.shareAtZero).toBeCloseTo(2 / 3, 12);
  });
});

describe('summariseRun with uniform answers', () => {
  const twoAndFour = [makeQuestion('Q1', [1, 2]), makeQuestion('Q2', [1, 2, 3, 4])];
  const certain = makeReference(twoAndFour, { Q1: { USA: [1, 0] }, Q2: { USA: [1, 0, 0, 0] } });
  const uniform: ModelAnswers = { Q1: { USA: dist(0.5, 0.5) }, Q2: { USA: dist(0.25, 0.25, 0.25, 0.25) } };
  const summary = summariseRun(makeDataset(twoAndFour, countries), certain, uniform, fast);

  it('gives the JSD similarity from the entropies', () => {
    // JSD = H(m) − (H(p) + H(q))/2 with p the human, q the uniform answer, m = (p + q)/2
    // 2 options: m = [.75,.25], H(m) = 0.8112781, H(p) = 0, H(q) = 1 → JSD = 0.3112781 → 1 − √JSD = 0.4420770
    // 4 options: m = [.625,.125,.125,.125], H(m) = .625·0.6780719 + 3·.125·3 = 1.5487949, H(q) = 2
    //            → JSD = 0.5487949 → 1 − √JSD = 1 − 0.7408070 = 0.2591930
    expect(summary.items[0]?.jsdSimilarity).toBeCloseTo(0.442077, 6);
    expect(summary.items[1]?.jsdSimilarity).toBeCloseTo(0.259193, 6);
  });

  it('gives the Wasserstein similarity by hand', () => {
    // 2 options: F_p = [1], F_q = [.5] → W1 = .5, K − 1 = 1 → .5
    // 4 options: F_p = [1,1,1], F_q = [.25,.5,.75] → W1 = .75 + .5 + .25 = 1.5, /3 = .5 → .5
    expect(summary.items[0]?.wassersteinSimilarity).toBeCloseTo(0.5, 12);
    expect(summary.items[1]?.wassersteinSimilarity).toBeCloseTo(0.5, 12);
  });

  it('has too few countries for any per-question r', () => {
    expect(summary.questions.map((score) => score.undefinedReason)).toEqual(['too-few-countries', 'too-few-countries']);
  });
});

describe('summariseRun with a model that partly agrees', () => {
  const own = answersFromReference(reference);
  const answers: ModelAnswers = {
    ...own,
    Q1: { USA: dist(0.5, 0.5, 0, 0), DEU: dist(0, 1, 0, 0), NGA: dist(0, 0, 0, 1), CHN: dist(0, 0, 0.5, 0.5) },
  };
  const summary = summariseRun(dataset, reference, answers, { resamples: 1000, seed: 42 });

  it('computes per-question r and ρ by hand', () => {
    // human means h = [1,2,3,4] (mean 2.5), model means m = [1.5,2,4,3.5] (mean 2.75)
    // dh = [-1.5,-.5,.5,1.5], dm = [-1.25,-.75,1.25,.75]
    // Σdhdm = 1.875 + .375 + .625 + 1.125 = 4, Σdh² = 5, Σdm² = 4.25 → r = 4/√21.25 = 0.8677218
    // ranks of m = [1,2,4,3] → ρ = (2.25 + .25 + .75 + .75)/5 = 0.8
    const q1 = question(summary, 'Q1');
    expect(q1?.pearson.estimate).toBeCloseTo(0.8677218, 6);
    expect(q1?.spearman).toBeCloseTo(0.8, 12);
    expect(q1?.countries).toBe(4);
    expect(q1?.pearson.resamples).toBe(1000);
  });

  it('averages per-question r by category and group, and overall', () => {
    // social-values: Q1 only (Q4 is nominal) → 0.8677218; economic-values: Q2 and Q3 at 1
    expect(
      summary.categories.map((category) => [category.categoryId, category.questionsUsed, category.questionsUndefined]),
    ).toEqual([
      ['social-values', 1, 0],
      ['economic-values', 2, 0],
    ]);
    expect(summary.categories[0]?.meanPearson.estimate).toBeCloseTo(0.8677218, 6);
    expect(summary.categories[1]?.meanPearson.estimate).toBeCloseTo(1, 12);
    expect(summary.groups.map((group) => [group.group, group.meanPearson.estimate])).toEqual([
      ['socio-cultural-norms', expect.closeTo(0.8677218, 6)],
      ['social-systems-progress', expect.closeTo(1, 12)],
    ]);
    // (0.8677218 + 1 + 1)/3 = 0.9559073
    expect(summary.headline.meanQuestionPearson.estimate).toBeCloseTo(0.9559073, 6);
  });

  it('brackets the estimates with ordered interval bounds within [−1, 1]', () => {
    for (const estimate of summary.countries.map((score) => score.pearson)) {
      expect(estimate.low as number).toBeLessThanOrEqual(estimate.high as number);
      expect(estimate.low as number).toBeGreaterThanOrEqual(-1);
      expect(estimate.high as number).toBeLessThanOrEqual(1);
    }
  });

  it('is reproducible', () => {
    expect(summariseRun(dataset, reference, answers, { resamples: 1000, seed: 42 })).toEqual(summary);
  });
});

describe('summariseRun coverage and input errors', () => {
  it('counts pairs with only one side and scores the rest', () => {
    const answers: ModelAnswers = {
      Q1: { USA: dist(1, 0, 0, 0), DEU: dist(0, 1, 0, 0) },
      Q2: { USA: dist(0.5, 0.5), XXX: dist(0.5, 0.5) },
    };
    const summary = summariseRun(dataset, reference, answers, fast);
    expect(summary.coverage).toEqual({
      questions: 2,
      nominalQuestions: 0,
      countries: 2,
      comparedPairs: 3,
      // Q1: NGA, CHN; Q2: DEU, NGA, CHN; Q3, Q4: 4 each (Q5 is flagged, not scored)
      pairsWithoutModelAnswer: 2 + 3 + 4 + 4,
      // XXX is not a dataset country, so it is not counted as a pair at all
      pairsWithoutReference: 0,
      questionsWithUndefinedPearson: 2,
      sameAnswerForEveryCountry: [],
      countriesWithUndefinedPearson: 2,
      distributionCountries: ['USA', 'DEU'],
      supplementaryOnlyCountries: [],
      supplementary: [],
    });
    expect(summary.questions.map((score) => score.undefinedReason)).toEqual(['too-few-countries', 'too-few-countries']);
  });

  it('counts model answers the reference lacks', () => {
    const partial = makeReference(questions, { Q1: { USA: [1, 0, 0, 0] } });
    const summary = summariseRun(dataset, partial, { Q1: { USA: dist(1, 0, 0, 0), DEU: dist(1, 0, 0, 0) } }, fast);
    expect(summary.coverage.pairsWithoutReference).toBe(1);
    expect(summary.coverage.comparedPairs).toBe(1);
  });

  it('returns an empty summary for no answers', () => {
    const summary = summariseRun(dataset, reference, {}, fast);
    expect(summary.questions).toEqual([]);
    expect(summary.countries).toEqual([]);
    expect(summary.headline.pooledPearson.estimate).toBeNull();
    expect(summary.headline.meanJsdSimilarity.estimate).toBeNull();
    expect(summary.pearsonByCountryGroup.westernGap.gap).toBeNull();
  });

  it('rejects a distribution made for another option list', () => {
    expect(() => summariseRun(dataset, reference, { Q2: { USA: dist(0.5, 0.3, 0.2) } }, fast)).toThrow(
      'model answer for Q2/USA has 3 probabilities but Q2 has 2 options',
    );
  });

  it('rejects an invalid resample count', () => {
    expect(() => summariseRun(dataset, reference, answersFromReference(reference), { resamples: -5 })).toThrow(
      'resamples is -5',
    );
  });
});
