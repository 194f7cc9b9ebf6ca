import { interpolateCividis } from 'd3';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../survey/types';
import { modalOption, optionColors, responseColor, scaleExtent, scalePosition, valueColor } from './questionColors';
import { fixtureQuestion, fixtureResponse } from './testFixtures';

/** Options named "option 1", "option 2", … with the given values. */
function question(scaleType: Question['scaleType'], values: (number | null)[]): Question {
  return fixtureQuestion(
    scaleType,
    values.map((value, index) => [`option ${index + 1}`, value]),
  );
}

const tenPoint = question('ordinal', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

describe('scaleExtent', () => {
  it('spans the on-scale values and ignores off-scale options', () => {
    expect(scaleExtent(question('ordinal', [1, 2, 3, null]))).toEqual([1, 3]);
  });
  it('is null without options or without on-scale options', () => {
    expect(scaleExtent(question('ordinal', []))).toBeNull();
    expect(scaleExtent(question('ordinal', [null]))).toBeNull();
  });
});

describe('valueColor', () => {
  it('maps the scale ends to the ends of cividis and 5.5 on 1–10 to its middle', () => {
    expect(valueColor(tenPoint, 1)).toBe(interpolateCividis(0));
    expect(valueColor(tenPoint, 10)).toBe(interpolateCividis(1));
    // (5.5 − 1) / (10 − 1) = 0.5
    expect(valueColor(tenPoint, 5.5)).toBe(interpolateCividis(0.5));
  });
  it('puts a one-point scale in the middle', () => {
    expect(valueColor(question('binary', [2]), 2)).toBe(interpolateCividis(0.5));
  });
  it('explains a question with no scale', () => {
    expect(() => valueColor(question('ordinal', [null]), 1)).toThrow(
      'Question QX has no on-scale options, so its values have no position.',
    );
  });
});

describe('scalePosition', () => {
  it('is 0 and 1 at the ends and linear between: 3.25 on 1–10 → 2.25 / 9 = 0.25', () => {
    expect(scalePosition(tenPoint, 1)).toBe(0);
    expect(scalePosition(tenPoint, 10)).toBe(1);
    expect(scalePosition(tenPoint, 3.25)).toBe(0.25);
  });
  it('passes NaN through rather than inventing a position', () => {
    expect(scalePosition(tenPoint, Number.NaN)).toBeNaN();
  });
});

describe('optionColors', () => {
  it('colours ordered options by value and off-scale ones grey', () => {
    // values 1, 3 on a 1–3 scale → t = 0 and 1
    expect(optionColors(question('ordinal', [1, 3, null]))).toEqual([
      interpolateCividis(0),
      interpolateCividis(1),
      '#9a9a9a',
    ]);
  });
  it('gives nominal options Okabe–Ito colours', () => {
    expect(optionColors(question('nominal', [null, null]))).toEqual(['#E69F00', '#56B4E9']);
  });
  it('is empty without options', () => {
    expect(optionColors(question('ordinal', []))).toEqual([]);
  });
});

describe('modalOption and responseColor', () => {
  it('finds the most chosen option, first on ties', () => {
    expect(modalOption(fixtureResponse([1, 5, 2], null))).toBe(1);
    expect(modalOption(fixtureResponse([3, 3], null))).toBe(0);
  });
  it('colours an ordered question by the mean', () => {
    // mean 7.75 on 1–10 → t = 6.75 / 9 = 0.75
    expect(responseColor(tenPoint, fixtureResponse([1], 7.75))).toBe(interpolateCividis(0.75));
  });
  it('colours a nominal question by its most common answer', () => {
    expect(responseColor(question('nominal', [null, null, null]), fixtureResponse([1, 1, 4], null))).toBe('#009E73');
  });
});
