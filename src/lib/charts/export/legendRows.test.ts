import { describe, expect, it } from 'vitest';
import { legendLayout, type LegendRow } from './legendRows';

const swatch = (label: string): LegendRow => ({ kind: 'swatch', label, colour: '#000' });

// At font size 10 a character is estimated at 6 px; a swatch entry is 14 (swatch) + 8 (gap) + text wide,
// entries are 16 apart and a swatch line is 10 + 8 = 18 high.
describe('legendLayout', () => {
  it('is empty and 0 high without rows', () => {
    expect(legendLayout([], 100, 10)).toEqual({ placed: [], height: 0 });
  });

  it('puts entries side by side while they fit: "A" is 28 wide, "BB" starts at 28 + 16 = 44', () => {
    const { placed, height } = legendLayout([swatch('A'), swatch('BB')], 100, 10);
    expect(placed.map(({ x, y, width }) => [x, y, width])).toEqual([
      [0, 0, 28],
      [44, 0, 34],
    ]);
    expect(height).toBe(18);
  });

  it('wraps an entry that would pass the width: 44 + 34 = 78 > 70', () => {
    const { placed, height } = legendLayout([swatch('A'), swatch('BB')], 70, 10);
    expect(placed.map(({ x, y }) => [x, y])).toEqual([
      [0, 0],
      [0, 18],
    ]);
    expect(height).toBe(36);
  });

  it('gives a ramp at least 160 px and a line of 3 × 10 + 12 = 42', () => {
    const ramp: LegendRow = { kind: 'ramp', label: 'r', colours: ['#000', '#fff'], startLabel: '-1', endLabel: '+1' };
    const { placed, height } = legendLayout([ramp, swatch('A')], 1000, 10);
    expect(placed.map(({ x, width }) => [x, width])).toEqual([
      [0, 160],
      [176, 28],
    ]);
    expect(height).toBe(42);
  });
});
