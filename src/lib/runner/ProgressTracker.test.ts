import { describe, expect, it } from 'vitest';
import { sampleResult } from '../store/testing/fixtures';
import { ProgressTracker } from './ProgressTracker';

describe('ProgressTracker', () => {
  it('reports no rate and no ETA before the first item', () => {
    const tracker = new ProgressTracker(10, [], 1000);
    expect(tracker.snapshot(1000)).toEqual({
      done: 0,
      total: 10,
      skipped: 0,
      unanswered: 0,
      itemsPerSecond: 0,
      etaSeconds: null,
      current: null,
      latest: null,
      tokensIn: 0,
      lowAllowedMassCount: 0,
    });
  });

  it('counts stored items, session rate and ETA', () => {
    const low = { ...sampleResult('Q1', 'USA', [1, 0, 0, 0]), allowedMass: 0.2, tokensIn: 7 };
    const tracker = new ProgressTracker(10, [low], 0);
    const item = { questionId: 'Q2', countryId: 'USA', order: 'original' as const, key: 'Q2|USA|original' };
    tracker.asking(item);
    tracker.recorded(sampleResult('Q2', 'USA', [0.5, 0.5]), 42);
    const last = { ...sampleResult('Q2', 'DEU', [0.5, 0.5]), allowedMass: 0.49 };
    tracker.recorded(last, 0);
    tracker.skipped(1, false);
    tracker.skipped(1, true);
    // 4 session items in 2 s → 2 items/s; remaining 10 − 3 done − 2 skipped = 5 → 2.5 s.
    // Low mass: the stored 0.2, the new 0.49 and the skipped no-label-mass item.
    expect(tracker.snapshot(2000)).toEqual({
      done: 3,
      total: 10,
      skipped: 2,
      unanswered: 1,
      itemsPerSecond: 2,
      etaSeconds: 2.5,
      current: item,
      latest: last,
      tokensIn: 7 + 42,
      lowAllowedMassCount: 3,
    });
  });
});
