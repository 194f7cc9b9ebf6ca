import { describe, expect, it } from 'vitest';
import { personaSensitivityOfFirst } from './personaSensitivity';

describe('personaSensitivityOfFirst', () => {
  it('divides the SD of the model means by the SD of the human means', () => {
    // model 1, 2, 3: squared deviations 1 + 0 + 1 = 2; human 1, 3, 5: 4 + 0 + 4 = 8; √(2/8) = 0.5
    expect(personaSensitivityOfFirst([1, 2, 3], [1, 3, 5], 3)).toBeCloseTo(0.5, 12);
  });

  it('is 0 when the model gives every country the same answer', () => {
    expect(personaSensitivityOfFirst([2, 2, 2], [1, 3, 5], 3)).toBe(0);
  });

  it('is null when people do not vary or fewer than 3 countries are compared', () => {
    expect(personaSensitivityOfFirst([1, 2, 3], [4, 4, 4], 3)).toBeNull();
    expect(personaSensitivityOfFirst([1, 2], [1, 3], 2)).toBeNull();
  });

  it('reads only the first n values', () => {
    expect(personaSensitivityOfFirst([1, 2, 3, 99], [1, 3, 5, 0], 3)).toBeCloseTo(0.5, 12);
  });
});
