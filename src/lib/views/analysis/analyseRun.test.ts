/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInReference, parseDataset } from '../../survey';
import type { ResultItem } from '../../store/types';
import { analyseRun } from './analyseRun';

const dataset = parseDataset(
  JSON.parse(readFileSync(new URL('../../../../public/data/wvs7-dataset.json', import.meta.url), 'utf8')),
);
const reference = builtInReference(dataset);
const questionIds = ['Q1', 'Q27', 'Q46', 'Q164', 'Q184'];

/** The oracle: every answer is the humans' own distribution, so every comparison must be perfect. */
function oracleItems(
  allowedMass: number,
): Pick<ResultItem, 'questionId' | 'countryId' | 'order' | 'probs' | 'allowedMass'>[] {
  return questionIds.flatMap((questionId) =>
    Object.entries(reference.responses[questionId] ?? {}).map(([countryId, response]) => ({
      questionId,
      countryId,
      order: 'original' as const,
      probs: response.distribution,
      allowedMass,
    })),
  );
}

describe('analyseRun', () => {
  it('scores the oracle as perfect: pooled r = 1 and 1 − JSD = 1, with or without the bootstrap', () => {
    const analysis = analyseRun({ dataset, reference, items: oracleItems(0.9), resamples: 0, withBaselines: false });
    expect(analysis.summary.headline.pooledPearson.estimate).toBeCloseTo(1, 9);
    expect(analysis.summary.headline.meanJsdSimilarity.estimate).toBeCloseTo(1, 9);
    expect(analysis.summary.coverage.questions).toBe(questionIds.length);
    expect(analysis.baselines).toEqual([]);
    expect(analysis.allowedMass.meanAllowedMass).toBeCloseTo(0.9, 12);
    expect(analysis.allowedMass.lowAllowedMassItems).toBe(0);
  });

  it('gives the baselines headline intervals and skips their group and category intervals, never shown', () => {
    const everyQuestion = dataset.questions.flatMap((question) =>
      Object.entries(reference.responses[question.id] ?? {}).map(([countryId, response]) => ({
        questionId: question.id,
        countryId,
        order: 'original' as const,
        probs: response.distribution,
        allowedMass: 1,
      })),
    );
    const analysis = analyseRun({ dataset, reference, items: everyQuestion, resamples: 50, withBaselines: true });
    // The run's own category means have intervals (enough questions and countries), so the baselines' could too.
    expect(analysis.summary.categories.some((category) => category.meanPearson.resamples === 50)).toBe(true);
    // The uniform baseline's pooled r is undefined (one mean everywhere), so it has no interval to look at.
    const answering = analysis.baselines.filter((baseline) => baseline.kind !== 'uniform');
    expect(answering.map((baseline) => baseline.kind)).toEqual(['world-average', 'country']);
    for (const baseline of answering) {
      expect(baseline.summary.headline.pooledPearson.resamples).toBe(50);
      expect(baseline.summary.categories.length).toBeGreaterThan(0);
      for (const category of baseline.summary.categories) expect(category.meanPearson.resamples).toBe(0);
    }
  });

  it('summarises the three baselines over the model’s own items, which score below the oracle', () => {
    const analysis = analyseRun({ dataset, reference, items: oracleItems(1), resamples: 0, withBaselines: true });
    expect(analysis.baselines.map((baseline) => baseline.kind)).toEqual(['uniform', 'world-average', 'country']);
    for (const baseline of analysis.baselines) {
      expect(baseline.summary.coverage.comparedPairs).toBe(analysis.summary.coverage.comparedPairs);
      expect(baseline.summary.headline.meanJsdSimilarity.estimate ?? 1).toBeLessThan(1);
    }
    // Everyone-like-USA gives every persona the same answer: its means never vary, so every per-question r counts as 0.
    const usa = analysis.baselines[2]!.summary;
    expect(usa.headline.meanQuestionPearson.estimate).toBe(0);
    // Only the baselines' headline is shown, so their rows are left out of the worker's reply.
    expect([usa.items, usa.questions, usa.countries]).toEqual([[], [], []]);
  });

  it('fills the category × country cells with r = 1 for the oracle where a category has ≥ 3 questions', () => {
    const analysis = analyseRun({ dataset, reference, items: oracleItems(1), resamples: 0, withBaselines: false });
    const defined = analysis.categoryCountry.filter((cell) => cell.pearson !== null);
    for (const cell of defined) expect(cell.pearson).toBeCloseTo(1, 9);
    expect(analysis.categoryCountry.every((cell) => cell.questions >= 3 || cell.pearson === null)).toBe(true);
  });

  it('reports empty coverage for a run without answers', () => {
    const analysis = analyseRun({ dataset, reference, items: [], resamples: 0, withBaselines: true });
    expect(analysis.summary.coverage.comparedPairs).toBe(0);
    expect(analysis.summary.headline.pooledPearson.estimate).toBeNull();
    expect(analysis.allowedMass).toEqual({
      items: 0,
      meanAllowedMass: null,
      lowAllowedMassItems: 0,
      threshold: 0.5,
      byQuestion: [],
    });
    expect(analysis.categoryCountry).toEqual([]);
  });
});

describe('analyseRun with the allowed-mass threshold', () => {
  // Q1's answers at allowed mass 0.3, the other questions' at 1.
  const items = oracleItems(1).map((item) => (item.questionId === 'Q1' ? { ...item, allowedMass: 0.3 } : item));
  const q1Answers = items.filter((item) => item.questionId === 'Q1').length;

  it('leaves answers below 0.5 out of every figure by default and counts them', () => {
    const analysis = analyseRun({ dataset, reference, items, resamples: 0, withBaselines: true });
    expect(analysis.summary.questions.map((score) => score.questionId)).not.toContain('Q1');
    expect(analysis.summary.coverage.questions).toBe(questionIds.length - 1);
    for (const baseline of analysis.baselines) expect(baseline.summary.coverage.questions).toBe(questionIds.length - 1);
    expect(analysis.allowedMass.lowAllowedMassItems).toBe(q1Answers);
    expect(analysis.allowedMass.byQuestion.find((question) => question.questionId === 'Q1')).toEqual({
      questionId: 'Q1',
      items: q1Answers,
      excludedItems: q1Answers,
      meanOffLabelMass: expect.closeTo(0.7, 12),
    });
  });

  it('keeps them when the threshold is lowered to their mass', () => {
    const analysis = analyseRun({
      dataset,
      reference,
      items,
      resamples: 0,
      withBaselines: false,
      allowedMassThreshold: 0.3,
    });
    expect(analysis.summary.coverage.questions).toBe(questionIds.length);
    expect(analysis.allowedMass).toMatchObject({ lowAllowedMassItems: 0, threshold: 0.3 });
  });
});

describe('analyseRun without rows (the Compare view)', () => {
  it('leaves out the item, question and country rows and the cells built from them, and nothing else', () => {
    const full = analyseRun({ dataset, reference, items: oracleItems(0.9), resamples: 0, withBaselines: false });
    const compact = analyseRun({
      dataset,
      reference,
      items: oracleItems(0.9),
      resamples: 0,
      withBaselines: false,
      rows: false,
    });
    expect(full.summary.items.length).toBeGreaterThan(0);
    expect(full.summary.questions).toHaveLength(questionIds.length);
    expect(full.summary.countries.length).toBeGreaterThan(0);
    expect(compact.categoryCountry).toEqual([]);
    expect(compact.summary).toEqual({
      ...full.summary,
      options: { ...full.summary.options, includeItems: false, includeQuestionAndCountryRows: false },
      items: [],
      questions: [],
      countries: [],
    });
  });
});
