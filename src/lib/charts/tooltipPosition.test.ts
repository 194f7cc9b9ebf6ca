import { describe, expect, it } from 'vitest';
import { tooltipPosition } from './tooltipPosition';

const tooltip = { width: 100, height: 50 };
const container = { width: 400, height: 300 };

describe('tooltipPosition', () => {
  it('sits right of and below the anchor when there is room', () => {
    // 10 + 12 = 22 on both axes
    expect(tooltipPosition({ x: 10, y: 10 }, tooltip, container)).toEqual({ x: 22, y: 22 });
  });

  it('flips left and up near the bottom-right corner', () => {
    // x: 350 + 12 + 100 = 462 > 400, so 350 − 12 − 100 = 238; y: 280 + 12 + 50 = 342 > 300, so 280 − 12 − 50 = 218
    expect(tooltipPosition({ x: 350, y: 280 }, tooltip, container)).toEqual({ x: 238, y: 218 });
  });

  it('never leaves the top-left corner of a container smaller than the tooltip', () => {
    // x: 50 − 12 − 100 = −62 → 0; y: 20 − 12 − 50 = −42 → 0
    expect(tooltipPosition({ x: 50, y: 20 }, tooltip, { width: 120, height: 60 })).toEqual({ x: 0, y: 0 });
  });

  it('uses a custom gap', () => {
    expect(tooltipPosition({ x: 0, y: 0 }, tooltip, container, 4)).toEqual({ x: 4, y: 4 });
  });
});
