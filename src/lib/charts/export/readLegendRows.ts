import type { LegendRow } from './legendRows';

/**
 * The legend entries drawn on the page next to a chart, read from the data attributes the legend
 * components write (`data-legend-swatch`, `data-legend-ramp`), so the exported legend is the one
 * people see.
 */
export function readLegendRows(container: HTMLElement): LegendRow[] {
  const rows: LegendRow[] = [];
  for (const element of container.querySelectorAll<HTMLElement>('[data-legend-swatch], [data-legend-ramp]')) {
    const label = element.dataset.legendLabel ?? '';
    const { legendSwatch, legendRamp } = element.dataset;
    if (legendSwatch !== undefined) rows.push({ kind: 'swatch', label, colour: legendSwatch });
    else if (legendRamp !== undefined)
      rows.push({
        kind: 'ramp',
        label,
        colours: legendRamp.split(';'),
        startLabel: element.dataset.legendStart ?? '',
        endLabel: element.dataset.legendEnd ?? '',
      });
  }
  return rows;
}
