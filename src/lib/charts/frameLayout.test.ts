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
  it.each([
    // 640 × 420 with margins 12/24/46/56: x 56 … 640 − 24, y 12 … 420 − 46.
    { width: 640, height: 420, margin: { top: 12, right: 24, bottom: 46, left: 56 }, box: [56, 616, 12, 374] },
    // Margins wider than the chart leave a 1 px plot rather than an inverted one.
    { width: 100, height: 50, margin: { top: 40, right: 60, bottom: 40, left: 60 }, box: [60, 61, 40, 41] },
  ])('insets $width × $height by its margins', ({ width, height, margin, box }) => {
    const { left, right, top, bottom } = plotArea(width, height, margin);
    expect([left, right, top, bottom]).toEqual(box);
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
