import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleResult } from '../store/testing/fixtures';
import type { ResultRecord } from '../store/types';
import { ResultBatcher } from './ResultBatcher';

const results = Array.from({ length: 45 }, (_, index) => sampleResult(`Q${index}`, 'USA', [1]));

function recordingWriter(): { batches: string[][]; write: (batch: ResultRecord[]) => Promise<void> } {
  const batches: string[][] = [];
  return { batches, write: async (batch) => void batches.push(batch.map((result) => result.questionId)) };
}

describe('ResultBatcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes nothing when flushed empty', async () => {
    const { batches, write } = recordingWriter();
    await new ResultBatcher(write).flush();
    expect(batches).toEqual([]);
  });

  it('writes every 20 results and the rest on flush', async () => {
    const { batches, write } = recordingWriter();
    const batcher = new ResultBatcher(write, { maxItems: 20, maxDelayMs: 60_000 });
    for (const result of results) await batcher.add(result);
    expect(batches.map((batch) => batch.length)).toEqual([20, 20]);
    expect(batcher.pendingCount).toBe(5);
    await batcher.flush();
    expect(batches.map((batch) => batch.length)).toEqual([20, 20, 5]);
    expect(batches.flat()).toEqual(results.map((result) => result.questionId));
  });

  it('writes a lone result once the delay has passed', async () => {
    const { batches, write } = recordingWriter();
    const batcher = new ResultBatcher(write, { maxItems: 20, maxDelayMs: 10 });
    await batcher.add(results[0]!);
    await vi.advanceTimersByTimeAsync(9);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([['Q0']]);
  });

  it('reports a failed background write on the next add and keeps later results out', async () => {
    const written: string[] = [];
    const batcher = new ResultBatcher(
      async (batch) => {
        if (batch[0]?.questionId === 'Q0') throw new Error('disk full');
        written.push(...batch.map((result) => result.questionId));
      },
      { maxItems: 20, maxDelayMs: 10 },
    );
    await batcher.add(results[0]!);
    await vi.advanceTimersByTimeAsync(10);
    await expect(batcher.add(results[1]!)).rejects.toThrow('disk full');
    await expect(batcher.flush()).rejects.toThrow('disk full');
    expect(written).toEqual([]);
  });
});
