import { describe, expect, it } from 'vitest';
import { syntheticQuestions } from '../../../../../tests/microdata/syntheticBank.ts';
import { planMicrodataColumns } from './planMicrodataColumns.ts';

describe('planMicrodataColumns', () => {
  it('finds columns in any order and case, preferring B_COUNTRY_ALPHA over B_COUNTRY', () => {
    const plan = planMicrodataColumns(
      [' q2 ', 'B_COUNTRY', 'x', 'w_weight', 'B_COUNTRY_ALPHA', 'Q1'],
      syntheticQuestions,
    );
    expect(plan.width).toBe(6);
    expect(plan.country).toEqual({ column: 4, name: 'B_COUNTRY_ALPHA', kind: 'alpha' });
    expect(plan.weight.column).toBe(3);
    expect(plan.questions).toEqual([
      { column: 5, questionIndex: 0 },
      { column: 0, questionIndex: 1 },
    ]);
    expect(plan.missingQuestions).toEqual(['Q56', 'Q119', 'Q158', 'Q111', 'Q289']);
  });

  it('rejects a header that repeats a column, naming it', () => {
    expect(() => planMicrodataColumns(['B_COUNTRY', 'W_WEIGHT', 'Q1', 'q1'], syntheticQuestions)).toThrow(
      'The header names the column "q1" twice',
    );
  });

  it('uses B_COUNTRY when it is the only country column', () => {
    expect(planMicrodataColumns(['B_COUNTRY', 'W_WEIGHT', 'Q1'], syntheticQuestions).country).toEqual({
      column: 0,
      name: 'B_COUNTRY',
      kind: 'numeric',
    });
  });

  it('lists missing columns, also for an empty header or an empty bank', () => {
    expect(() => planMicrodataColumns([], syntheticQuestions)).toThrow(
      'This file lacks required columns: B_COUNTRY_ALPHA (or B_COUNTRY), W_WEIGHT, the question columns (Q1 … Q289). Its first line starts with: .',
    );
    expect(() => planMicrodataColumns(['B_COUNTRY', 'W_WEIGHT', 'Q1'], [])).toThrow(
      'This file lacks required columns: the question columns (none: the question bank is empty).',
    );
    const wide = Array.from({ length: 10 }, (_, index) => `V${index}`);
    expect(() => planMicrodataColumns(wide, syntheticQuestions)).toThrow(
      '"V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7" … (10 columns)',
    );
  });
});
