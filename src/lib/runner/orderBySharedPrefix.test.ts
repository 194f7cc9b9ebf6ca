import { describe, expect, it } from 'vitest';
import type { ScoringJob } from './groupIntoJobs';
import { orderBySharedPrefix } from './orderBySharedPrefix';

function job(questionId: string, countryId: string | null): ScoringJob {
  return { questionId, countryId, order: 'original', items: [] };
}

describe('orderBySharedPrefix', () => {
  it('groups jobs by country in order of first appearance, keeping the order within a country', () => {
    const jobs = [job('Q1', 'NZL'), job('Q1', 'DEU'), job('Q2', 'NZL'), job('Q2', 'DEU'), job('Q3', 'NZL')];
    const ordered = orderBySharedPrefix(jobs).map((entry) => `${entry.questionId}/${entry.countryId}`);
    expect(ordered).toEqual(['Q1/NZL', 'Q2/NZL', 'Q3/NZL', 'Q1/DEU', 'Q2/DEU']);
  });

  it('leaves country-free jobs in their order', () => {
    const jobs = [job('Q2', null), job('Q1', null)];
    expect(orderBySharedPrefix(jobs).map((entry) => entry.questionId)).toEqual(['Q2', 'Q1']);
  });
});
