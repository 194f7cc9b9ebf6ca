import { describe, expect, it } from 'vitest';
import { parseInitProgress } from './parseInitProgress';

const MiB = 1024 * 1024;

describe('parseInitProgress', () => {
  it('reads a download step: 120 MB at 15 % → total 120 × 100 / 15 = 800 MB; fraction 0.9 × 0.15 = 0.135', () => {
    const text =
      'Fetching param cache[3/20]: 120MB fetched. 15% completed, 4 secs elapsed. It can take a while when we first visit this page to populate the cache. Later refreshes will become faster.';
    const progress = parseInitProgress({ progress: 0.15, text });
    expect(progress).toMatchObject({ phase: 'downloading', loadedBytes: 120 * MiB, totalBytes: 800 * MiB });
    expect(progress.fraction).toBeCloseTo(0.135, 9);
  });

  it('reads loading from the cache and leaves the total out at 0 %', () => {
    const progress = parseInitProgress({
      progress: 0,
      text: 'Loading model from cache[1/20]: 0MB loaded. 0% completed, 0 secs elapsed.',
    });
    expect(progress).toEqual({
      phase: 'from-cache',
      fraction: 0,
      loadedBytes: 0,
      text: 'Loading model from cache[1/20]: 0MB loaded. 0% completed, 0 secs elapsed.',
    });
  });

  it('maps shader compilation onto the last 10 %: 0.9 + 0.1 × 0.5 = 0.95', () => {
    const progress = parseInitProgress({
      progress: 0.5,
      text: 'Loading GPU shader modules[40/80]: 50% completed, 2 secs elapsed.',
    });
    expect(progress.phase).toBe('compiling');
    expect(progress.fraction).toBeCloseTo(0.95, 9);
  });

  it('reports ready with fraction 1 when WebLLM finishes', () => {
    expect(parseInitProgress({ progress: 1, text: 'Finish loading on WebGPU - nvidia' })).toEqual({
      phase: 'ready',
      fraction: 1,
      text: 'Finish loading on WebGPU - nvidia',
    });
  });

  it('keeps the previous phase and fraction for texts it does not know, and starts at 0 without one', () => {
    const previous = { phase: 'from-cache' as const, fraction: 0.4, text: '' };
    expect(parseInitProgress({ progress: 0.7, text: 'Start to fetch params' }, previous)).toEqual({
      phase: 'from-cache',
      fraction: 0.4,
      text: 'Start to fetch params',
    });
    expect(parseInitProgress({ progress: Number.NaN, text: '' })).toEqual({
      phase: 'downloading',
      fraction: 0,
      text: '',
    });
  });

  it('clamps NaN and out-of-range fractions', () => {
    expect(
      parseInitProgress({ progress: Number.NaN, text: 'Loading GPU shader modules[0/80]: 0% completed' }).fraction,
    ).toBeCloseTo(0.9, 9);
    expect(
      parseInitProgress({ progress: 3, text: 'Loading GPU shader modules[80/80]: 100% completed' }).fraction,
    ).toBeCloseTo(1, 9);
  });
});
