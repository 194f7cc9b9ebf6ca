import { mapFills } from '../mapFills';
import type { ExportHeader } from './exportHeader';
import { legendLayout, legendMetrics, type LegendRow, type PlacedLegendRow } from './legendRows';
import { wrapText } from './wrapText';

export interface ExportedChart {
  /** The chart's own `<svg>` element as markup, without an XML prolog. */
  markup: string;
  width: number;
  height: number;
}

const padding = 16;
/** Text sizes in px: every line a slide shows at 16 px or more, the long citation a little smaller. */
const {
  title: titleSize,
  subtitle: subtitleSize,
  legend: legendSize,
  source: sourceSize,
} = {
  title: 22,
  subtitle: 16,
  legend: 16,
  source: 13,
};
const { swatchSize: legendSwatchSize, gap: legendGap, rampWidth: legendRampWidth } = legendMetrics;
const font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const exportTitleId = 'figure-title';
export const exportDescriptionId = 'figure-subtitle';

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function textLines(lines: readonly string[], x: number, top: number, size: number, extra = ''): string {
  return lines
    .map(
      (line, index) =>
        `<text x="${x}" y="${top + size + index * size * 1.3}" font-size="${size}"${extra}>${escapeXml(line)}</text>`,
    )
    .join('');
}

function legendEntry({ row, x, y }: PlacedLegendRow): string {
  if (row.kind === 'swatch') {
    const fill = row.colour === 'no-data' ? 'url(#export-no-data)' : escapeXml(row.colour);
    return (
      `<g data-legend-entry="${escapeXml(row.label)}">` +
      `<rect x="${x}" y="${y + 3}" width="${legendSwatchSize}" height="${legendSwatchSize}" fill="${fill}" stroke="#57606a" stroke-width="0.5"/>` +
      `<text x="${x + legendSwatchSize + legendGap}" y="${y + legendSize}" font-size="${legendSize}">${escapeXml(row.label)}</text></g>`
    );
  }
  const stops = row.colours
    .map(
      (colour, index) =>
        `<stop offset="${index / Math.max(1, row.colours.length - 1)}" stop-color="${escapeXml(colour)}"/>`,
    )
    .join('');
  const gradientId = `export-ramp-${x}-${y}`;
  const rampTop = y + legendSize + 6;
  return (
    `<g data-legend-entry="${escapeXml(row.label)}"><defs><linearGradient id="${gradientId}">${stops}</linearGradient></defs>` +
    `<text x="${x}" y="${y + legendSize}" font-size="${legendSize}" font-weight="600">${escapeXml(row.label)}</text>` +
    `<rect x="${x}" y="${rampTop}" width="${legendRampWidth}" height="12" fill="url(#${gradientId})"/>` +
    `<text x="${x}" y="${rampTop + 12 + legendSize}" font-size="${legendSize}">${escapeXml(row.startLabel)}</text>` +
    `<text x="${x + legendRampWidth}" y="${rampTop + 12 + legendSize}" font-size="${legendSize}" text-anchor="end">${escapeXml(row.endLabel)}</text></g>`
  );
}

/**
 * A slide-ready SVG document: title and subtitle above the chart, its legend and the source line
 * below, all inside the file. The document's accessible name is its own <title>, whose id the
 * root's aria-labelledby names.
 */
export function composeExportSvg(
  header: ExportHeader,
  chart: ExportedChart,
  legend: readonly LegendRow[],
): { text: string; width: number; height: number } {
  const width = Math.max(chart.width, 480) + padding * 2;
  const inner = width - padding * 2;
  const titleLines = wrapText(header.title, inner, titleSize);
  const subtitleLines = wrapText(header.subtitle, inner, subtitleSize);
  const sourceLines = wrapText(header.source, inner, sourceSize);
  const titleTop = padding;
  const subtitleTop = titleTop + titleLines.length * titleSize * 1.3;
  const chartTop = subtitleTop + subtitleLines.length * subtitleSize * 1.3 + 10;
  const legendTop = chartTop + chart.height + 12;
  const layout = legendLayout(legend, inner, legendSize);
  const sourceTop = legendTop + layout.height + (legend.length > 0 ? 10 : 0);
  const height = Math.ceil(sourceTop + sourceLines.length * sourceSize * 1.3 + padding);
  const text = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="group" aria-labelledby="${exportTitleId}" aria-describedby="${exportDescriptionId}" font-family='${font}' fill="#1b1f24">`,
    `<title id="${exportTitleId}">${escapeXml(header.title)}</title>`,
    `<desc id="${exportDescriptionId}">${escapeXml(`${header.subtitle}. ${header.source}`)}</desc>`,
    `<defs><pattern id="export-no-data" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect width="5" height="5" fill="${mapFills.noDataBackground}"/><line x1="0" y1="0" x2="0" y2="5" stroke="${mapFills.noDataStripe}" stroke-width="1.6"/></pattern></defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    textLines(titleLines, padding, titleTop, titleSize, ' font-weight="700"'),
    textLines(subtitleLines, padding, subtitleTop, subtitleSize, ' fill="#57606a"'),
    `<g transform="translate(${padding},${chartTop})">${chart.markup}</g>`,
    `<g transform="translate(${padding},${legendTop})" data-legend="">${layout.placed.map(legendEntry).join('')}</g>`,
    textLines(sourceLines, padding, sourceTop, sourceSize, ' fill="#57606a" data-source=""'),
    '</svg>',
  ].join('');
  return { text, width, height };
}
