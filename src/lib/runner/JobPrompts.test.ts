import { describe, expect, it } from 'vitest';
import { CATALOG, sampleRun } from '../store/testing/fixtures';
import { JobPrompts } from './JobPrompts';

const RUN = sampleRun({ datasetVersion: 'wvs7-abc' });
const job = (questionId: string, countryId: string | null) => ({
  questionId,
  countryId,
  order: 'reversed' as const,
  items: [],
});

describe('JobPrompts', () => {
  it('builds the prompt for the job’s question, country and order', () => {
    const prompt = new JobPrompts(CATALOG).build(job('Q2', 'DEU'), RUN);
    expect(prompt).toMatchObject({
      questionId: 'Q2',
      countryId: 'DEU',
      order: 'reversed',
      labels: ['A', 'B'],
      optionIndexByLabel: [1, 0],
    });
    expect(prompt.messages.map((message) => message.content).join('\n')).toContain('Germany');
  });

  it('builds a country-free prompt for a job without a country', () => {
    const prompt = new JobPrompts(CATALOG).build(
      job('Q1', null),
      sampleRun({ promptSettings: { persona: 'none', language: 'en', order: 'reversed' } }),
    );
    expect(prompt.countryId).toBe('none');
  });

  it('names the id the dataset lacks', () => {
    const prompts = new JobPrompts(CATALOG);
    expect(() => prompts.build(job('Q404', 'USA'), RUN)).toThrow(
      'question Q404 is not in this dataset; the run needs dataset wvs7-abc',
    );
    expect(() => prompts.build(job('Q1', 'ATL'), RUN)).toThrow(
      'country ATL is not in this dataset; the run needs dataset wvs7-abc',
    );
  });

  it('finds nothing in an empty dataset', () => {
    expect(() => new JobPrompts({ questions: [], countries: [] }).build(job('Q1', 'USA'), RUN)).toThrow(
      'question Q1 is not in this dataset',
    );
  });
});
