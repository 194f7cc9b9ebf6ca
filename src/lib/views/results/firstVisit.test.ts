import { beforeEach, describe, expect, it } from 'vitest';
import { openExampleOnFirstVisit, resetFirstVisit } from './firstVisit';

beforeEach(resetFirstVisit);

/** How many times the example opens over `visits` visits with the given answer to "how many own runs?". */
async function timesOpened(ownRuns: () => Promise<number>, visits = 1): Promise<number> {
  let opened = 0;
  for (let visit = 0; visit < visits; visit++) await openExampleOnFirstVisit(ownRuns, () => opened++);
  return opened;
}

describe('openExampleOnFirstVisit', () => {
  it('opens the example once for a visitor without runs, and not on later visits', async () => {
    expect(await timesOpened(() => Promise.resolve(0), 2)).toBe(1);
  });

  it('leaves a visitor with runs of their own on the list', async () => {
    expect(await timesOpened(() => Promise.resolve(2))).toBe(0);
  });

  it('treats unreadable storage as no runs', async () => {
    expect(await timesOpened(() => Promise.reject(new Error('blocked')))).toBe(1);
  });
});
