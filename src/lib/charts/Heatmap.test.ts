import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Heatmap from './Heatmap.svelte';

function draw(cells: { rowId: string; columnId: string; value: number | null }[]): string {
  return render(Heatmap, {
    props: {
      rows: [{ id: 'ethics', label: 'Ethical Values' }],
      columns: [
        { id: 'USA', label: 'USA' },
        { id: 'KEN', label: 'KEN' },
        { id: 'BRA', label: 'BRA' },
      ],
      cells,
      valueLabel: 'r',
      titleId: 't',
      descriptionId: 'd',
    },
  }).body;
}

const fillOf = (html: string, column: string) =>
  new RegExp(`data-column="${column}"[^>]*fill="([^"]+)"`).exec(html)?.[1];

describe('Heatmap', () => {
  // d3's RdBu interpolator runs a smooth spline through ColorBrewer's colours: the ends are exactly the
  // scheme's ends (#053061, #67001f); the middle is a near-white, not exactly #f7f7f7.
  it('colours r on RdBu centred on 0: +1 → #053061, 0 → near-white, −1 → #67001f', () => {
    const html = draw([
      { rowId: 'ethics', columnId: 'USA', value: 1 },
      { rowId: 'ethics', columnId: 'KEN', value: 0 },
      { rowId: 'ethics', columnId: 'BRA', value: -1 },
    ]);
    expect(fillOf(html, 'USA')).toBe('rgb(5, 48, 97)');
    const middle = (fillOf(html, 'KEN') ?? '').match(/\d+/g)?.map(Number) ?? [];
    expect(middle).toHaveLength(3);
    expect(Math.min(...middle)).toBeGreaterThan(230);
    expect(fillOf(html, 'BRA')).toBe('rgb(103, 0, 31)');
  });

  it('hatches undefined and missing cells and says "undefined" in their label', () => {
    const html = draw([{ rowId: 'ethics', columnId: 'USA', value: null }]);
    expect(fillOf(html, 'USA')).toBe('url(#heatmap-undefined)');
    expect(fillOf(html, 'KEN')).toBe('url(#heatmap-undefined)');
    expect(html).toContain('aria-label="Ethical Values · USA. r: undefined"');
  });

  it('makes every cell a tab stop', () => {
    expect(draw([]).match(/tabindex="0"/g)).toHaveLength(3);
  });
});
