import { describe, expect, it } from 'vitest';
import { groupIntoJobs } from './groupIntoJobs';
import { planItems } from './planItems';

const plan = planItems({ questionIds: ['Q1', 'Q2'], countryIds: ['USA', 'DEU'] }, ['original', 'reversed']);

describe('groupIntoJobs', () => {
  it('returns no jobs for no items', () => {
    expect(groupIntoJobs([], true)).toEqual([]);
    expect(groupIntoJobs([], false)).toEqual([]);
  });

  it('makes one job per item when the prompt names the country', () => {
    const jobs = groupIntoJobs(plan, true);
    expect(jobs).toHaveLength(8);
    expect(jobs[2]).toEqual({ questionId: 'Q1', countryId: 'DEU', order: 'original', items: [plan[2]] });
  });

  it('asks once per question and order when the prompt names no country', () => {
    const jobs = groupIntoJobs(plan, false);
    expect(
      jobs.map((job) => [job.questionId, job.countryId, job.order, job.items.map((item) => item.countryId)]),
    ).toEqual([
      ['Q1', null, 'original', ['USA', 'DEU']],
      ['Q1', null, 'reversed', ['USA', 'DEU']],
      ['Q2', null, 'original', ['USA', 'DEU']],
      ['Q2', null, 'reversed', ['USA', 'DEU']],
    ]);
  });
});
