import { describe, expect, it } from 'vitest';
import { drawnWidth, frameScale, plotArea } from './frameLayout';

describe('drawnWidth', () => {
  it('fills the measured container', () => {
    expect(drawnWidth(912, 640, 400)).toBe(912);
  });

  it('keeps the minimum width in a narrower container (the drawing is scaled down instead)', () => {
    expect(drawnWidth(340, 640, 560)).toBe(560);
  });

  it('uses the natural width before the container is measured', () => {
    expect(drawnWidth(0, 640, 0)).toBe(640);
    expect(drawnWidth(0, 640, 700)).toBe(700);
  });

  it('rounds a fractional measured width to whole pixels', () => {
    expect(drawnWidth(400.6, 640, 0)).toBe(401);
  });
});

describe('plotArea', () => {
  it('insets the chart by its margins: 640 × 420 with 12/24/46/56 → x 56 … 616, y 12 … 374', () => {
    expect(plotArea(640, 420, { top: 12, right: 24, bottom: 46, left: 56 })).toEqual({
      left: 56,
      right: 616,
      top: 12,
      bottom: 374,
    });
  });

  it('leaves a 1 px plot when the margins take the whole chart', () => {
    expect(plotArea(100, 50, { top: 40, right: 60, bottom: 40, left: 60 })).toEqual({
      left: 60,
      right: 61,
      top: 40,
      bottom: 41,
    });
  });
});

describe('frameScale', () => {
  it('maps a linear domain onto the range: 0 … 10 → 56 … 616 puts 5 at 336', () => {
    expect(frameScale({ domain: [0, 10] }, [56, 616])(5)).toBe(336);
  });

  it('maps a log domain: 1e6 … 1e9 → 0 … 300 puts 1e7 at 100', () => {
    expect(frameScale({ domain: [1e6, 1e9], type: 'log' }, [0, 300])(1e7)).toBeCloseTo(100, 9);
  });

  it('rounds the domain out to ticks when asked: −0.93 … 0.87 becomes −1 … 1', () => {
    expect(frameScale({ domain: [-0.93, 0.87], nice: true }, [0, 100]).domain()).toEqual([-1, 1]);
    expect(frameScale({ domain: [-0.93, 0.87] }, [0, 100]).domain()).toEqual([-0.93, 0.87]);
  });
});
