import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ScatterPlot from './ScatterPlot.svelte';
import type { ScatterPoint } from './scatterTypes';

const point = (id: string, x: number, y: number, focusable = true): ScatterPoint => ({
  id,
  x,
  y,
  colour: '#E69F00',
  label: id,
  lines: [id, `x ${x}`],
  focusable,
});

function draw(points: ScatterPoint[], diagonal = true): string {
  return render(ScatterPlot, {
    props: {
      points,
      xDomain: [0, 10],
      yDomain: [0, 10],
      xLabel: 'People',
      yLabel: 'Model',
      titleId: 't',
      descriptionId: 'd',
      diagonal,
      height: 420,
    },
  }).body;
}

describe('ScatterPlot', () => {
  // x spans 56 … 616 (width 640 − right 24) for 0 … 10: 56 px per unit; y spans 374 (420 − bottom 46) … 12: 36.2 px per unit.
  it('places a point by both scales: (5, 5) → (336, 193)', () => {
    expect(draw([point('USA', 5, 5)])).toContain('cx="336" cy="193"');
  });

  it('draws y = x across the shared range: (0, 0) → (56, 374) to (10, 10) → (616, 12)', () => {
    expect(draw([])).toContain('x1="56" y1="374" x2="616" y2="12"');
    expect(draw([], false)).not.toContain('y = x');
  });

  it('makes data points tab stops with their tooltip text as label, context points not', () => {
    const html = draw([point('A', 1, 2), point('B', 3, 4, false)]);
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(html).toContain('aria-label="A. x 1"');
  });
});
