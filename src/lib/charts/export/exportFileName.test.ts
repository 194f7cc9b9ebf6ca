import { describe, expect, it } from 'vitest';
import { exportFileName } from './exportFileName';

describe('exportFileName', () => {
  it('turns a title into a lower-case, dash-joined name', () => {
    expect(exportFileName('Alignment by category', 'svg')).toBe('alignment-by-category.svg');
  });

  it('folds accents and drops punctuation at both ends', () => {
    expect(exportFileName('  Côte d’Ivoire: r (95 % CI)! ', 'csv')).toBe('cote-d-ivoire-r-95-ci.csv');
  });

  it('falls back to "chart" when nothing usable is left', () => {
    expect(exportFileName('', 'png')).toBe('chart.png');
    expect(exportFileName('—', 'png')).toBe('chart.png');
  });

  it('accepts an extension written with a dot', () => {
    expect(exportFileName('Map', '.svg')).toBe('map.svg');
  });

  it('caps very long titles at 80 characters without a trailing dash', () => {
    const name = exportFileName('a'.repeat(79) + ' b', 'svg');
    expect(name).toBe('a'.repeat(79) + '.svg');
  });

  it('rejects an empty extension with a message that says what to pass', () => {
    expect(() => exportFileName('Map', '')).toThrow(
      'exportFileName: extension is empty; pass e.g. "svg", "png" or "csv".',
    );
  });
});
