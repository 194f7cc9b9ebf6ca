import { describe, expect, it } from 'vitest';
import { formatParameters, sizeLadderMarks, type SizeLadderRun } from './sizeLadderMarks';

const run = (id: string, family: string, parameters: number | null, estimate: number | null): SizeLadderRun => ({
  id,
  label: id,
  family,
  parameters,
  estimate,
  low: null,
  high: null,
});

describe('sizeLadderMarks', () => {
  it('draws nothing for no runs, on a default 100M–10B axis', () => {
    expect(sizeLadderMarks([], 'r')).toEqual({ points: [], lines: [], legend: [], xDomain: [1e8, 1e10], leftOut: [] });
  });

  it('joins each family from the smallest to the largest model', () => {
    const marks = sizeLadderMarks(
      [run('q3', 'Qwen2.5', 3e9, 0.5), run('q05', 'Qwen2.5', 5e8, 0.2), run('s', 'SmolLM2', 1.35e8, 0.1)],
      'r',
    );
    expect(marks.lines).toEqual([
      {
        id: 'Qwen2.5',
        colour: '#E69F00',
        points: [
          [5e8, 0.2],
          [3e9, 0.5],
        ],
      },
      { id: 'SmolLM2', colour: '#56B4E9', points: [[1.35e8, 0.1]] },
    ]);
    // Half the smallest (1.35e8 / 2) to twice the largest (3e9 · 2).
    expect(marks.xDomain).toEqual([6.75e7, 6e9]);
    expect(marks.points[0]?.lines).toEqual(['q3', 'Qwen2.5, 3B parameters', 'r: 0.50']);
  });

  it('leaves out runs without a size or with an undefined value, and says which', () => {
    const marks = sizeLadderMarks([run('endpoint', 'llama', null, 0.3), run('flat', 'Qwen2.5', 1e9, null)], 'r');
    expect(marks.points).toEqual([]);
    expect(marks.leftOut).toEqual(['endpoint', 'flat']);
  });
});

describe('formatParameters', () => {
  it('writes billions and millions the way model names do', () => {
    expect(formatParameters(1.5e9)).toBe('1.5B');
    expect(formatParameters(1.35e8)).toBe('135M');
    expect(formatParameters(7.62e9)).toBe('7.62B');
  });
});
