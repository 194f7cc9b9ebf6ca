import { textWidth } from '../textWidth';

/** One entry of an exported chart's legend: a colour swatch with its label, or a colour ramp with its two ends. */
export type LegendRow =
  | { kind: 'swatch'; label: string; /** A CSS colour, or 'no-data' for the map's hatching. */ colour: string }
  | { kind: 'ramp'; label: string; colours: readonly string[]; startLabel: string; endLabel: string };

export interface PlacedLegendRow {
  row: LegendRow;
  x: number;
  y: number;
  width: number;
}

/** Side of a swatch, the gap after it (twice that between entries) and the length of a ramp, in px. */
export const legendMetrics = { swatchSize: 14, gap: 8, rampWidth: 160 } as const;
const { swatchSize, gap, rampWidth } = legendMetrics;

function rowWidth(row: LegendRow, fontSize: number): number {
  if (row.kind === 'swatch') return swatchSize + gap + textWidth(row.label, fontSize);
  const ends = textWidth(`${row.startLabel}  ${row.endLabel}`, fontSize);
  return Math.max(textWidth(row.label, fontSize), rampWidth, ends);
}

/** Height of one legend line: a ramp line holds its title, the ramp and the end labels. */
export function legendLineHeight(row: LegendRow, fontSize: number): number {
  return row.kind === 'ramp' ? fontSize * 3 + 12 : fontSize + 8;
}

/**
 * Places legend entries left to right, wrapping to a new line when the next entry would pass
 * `width`; an entry wider than the line gets a line of its own. Returns each entry's top-left
 * corner and the total height.
 */
export function legendLayout(
  rows: readonly LegendRow[],
  width: number,
  fontSize: number,
): { placed: PlacedLegendRow[]; height: number } {
  const placed: PlacedLegendRow[] = [];
  let x = 0;
  let y = 0;
  let lineHeight = 0;
  for (const row of rows) {
    const entryWidth = rowWidth(row, fontSize);
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      y += lineHeight;
      lineHeight = 0;
    }
    placed.push({ row, x, y, width: entryWidth });
    x += entryWidth + gap * 2;
    lineHeight = Math.max(lineHeight, legendLineHeight(row, fontSize));
  }
  return { placed, height: y + lineHeight };
}
