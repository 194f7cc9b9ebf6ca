import { describe, expect, it } from 'vitest';
import { composeExportSvg } from './composeExportSvg';

const header = { title: 'Bars & <lines>', subtitle: 'Run: A', source: 'Source: WVS' };
const chart = {
  markup: '<svg xmlns="http://www.w3.org/2000/svg" width="500" height="100"><rect/></svg>',
  width: 500,
  height: 100,
};

describe('composeExportSvg', () => {
  it('names itself by its own <title>, escaped', () => {
    const { text } = composeExportSvg(header, chart, []);
    expect(text).toMatch(/^<\?xml/);
    expect(text).toContain('aria-labelledby="figure-title"');
    expect(text).toContain('<title id="figure-title">Bars &amp; &lt;lines&gt;</title>');
    expect(text).toContain('<desc id="figure-subtitle">');
  });

  it('pads the chart by 16 and places it under the title (22 × 1.3) and subtitle (16 × 1.3) lines and a 10 px gap', () => {
    const { text, width } = composeExportSvg(header, chart, []);
    expect(width).toBe(532);
    const [, x, y] = /<g transform="translate\(([\d.]+),([\d.]+)\)"><svg/.exec(text) ?? [];
    expect(Number(x)).toBe(16);
    expect(Number(y)).toBeCloseTo(16 + 28.6 + 20.8 + 10, 9);
    expect(text).toContain(chart.markup);
  });

  it('is at least 480 + 32 wide so the header and legend have room beside a narrow chart', () => {
    expect(composeExportSvg(header, { ...chart, width: 300 }, []).width).toBe(512);
  });

  it('draws every legend entry, the hatching of "no data" from the file’s own pattern, and the source line', () => {
    const { text } = composeExportSvg(header, chart, [
      { kind: 'swatch', label: 'Run A', colour: '#E69F00' },
      { kind: 'swatch', label: 'Undefined r', colour: 'no-data' },
      { kind: 'ramp', label: 'Per-country r', colours: ['#000', '#fff'], startLabel: '−1', endLabel: '+1' },
    ]);
    expect(text).toContain('height="14" fill="#E69F00"');
    expect(text).toContain('fill="url(#export-no-data)"');
    expect(text).toContain('<pattern id="export-no-data"');
    expect(text).toContain('>Per-country r</text>');
    expect(text).toContain('<stop offset="0" stop-color="#000"/><stop offset="1" stop-color="#fff"/>');
    expect(text).toContain('data-source="">Source: WVS</text>');
  });
});
