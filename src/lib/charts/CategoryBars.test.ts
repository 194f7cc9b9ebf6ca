import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CategoryBars from './CategoryBars.svelte';

const categories = [
  { id: 'ethical-values', label: 'Ethical Values', group: 'Socio-cultural norms' },
  { id: 'corruption', label: 'Corruption', group: 'Social systems and progress' },
];

function draw(
  cells: { categoryId: string; estimate: number | null; low: number | null; high: number | null }[],
): string {
  return render(CategoryBars, {
    props: {
      categories,
      series: [{ id: 'model', label: 'Model' }],
      cells: cells.map((cell) => ({ ...cell, seriesId: 'model' })),
      valueLabel: 'Mean r',
      titleId: 't',
      descriptionId: 'd',
    },
  }).body;
}

describe('CategoryBars', () => {
  // The plot spans x = 310 … 756 (width 780 − right margin 24) for r in [−1, 1]: 223 px per unit, 0 at 533.
  it('draws a bar from 0 to the estimate: r = 0.5 → x 533 … 644.5', () => {
    const html = draw([{ categoryId: 'ethical-values', estimate: 0.5, low: 0.25, high: 0.75 }]);
    expect(html).toMatch(/<rect x="533" y="[\d.]+" width="111.5"/);
    // Interval ends at 533 + 0.25·223 = 588.75 and 533 + 0.75·223 = 700.25.
    expect(html).toContain('x1="588.75" x2="700.25"');
  });

  it('draws a negative bar leftwards from 0: r = −0.2 → x 488.4 … 533', () => {
    const html = draw([{ categoryId: 'corruption', estimate: -0.2, low: null, high: null }]);
    const [, x, width] = /<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(html) ?? [];
    expect(Number(x)).toBeCloseTo(488.4, 9);
    expect(Number(width)).toBeCloseTo(44.6, 9);
  });

  it('says "undefined" instead of drawing a zero bar, and every bar is a labelled tab stop', () => {
    const html = draw([{ categoryId: 'corruption', estimate: null, low: null, high: null }]);
    expect(html).toContain('>undefined</text>');
    expect(html).toContain('aria-label="Corruption. Mean r: undefined"');
    expect(html).toContain('aria-label="Ethical Values. Mean r: undefined"');
    expect(html.match(/tabindex="0"/g)).toHaveLength(2);
    expect(html).not.toContain('data-value=');
  });

  it('lists categories under their group headings', () => {
    const html = draw([]);
    expect(html.indexOf('Socio-cultural norms')).toBeLessThan(html.indexOf('Ethical Values'));
    expect(html.indexOf('Social systems and progress')).toBeLessThan(html.indexOf('>Corruption<'));
  });
});
