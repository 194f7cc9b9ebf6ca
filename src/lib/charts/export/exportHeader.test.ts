import { describe, expect, it } from 'vitest';
import { exportHeader } from './exportHeader';

describe('exportHeader', () => {
  it('says what the figure shows and the UTC date it was exported', () => {
    const header = exportHeader(
      'Alignment by country',
      'Run: Oracle · compared with WVS-7',
      new Date('2026-12-05T23:30:00Z'),
    );
    expect(header.title).toBe('Alignment by country');
    expect(header.subtitle).toBe('Run: Oracle · compared with WVS-7 · exported 2026-12-05');
  });

  it('leaves out an empty context', () => {
    expect(exportHeader('T', '  ', new Date('2026-01-02T00:00:00Z')).subtitle).toBe('exported 2026-01-02');
  });

  it('cites the WVS Wave 7 data with its DOI', () => {
    const { source } = exportHeader('T', '', new Date(0));
    expect(source).toContain('Haerpfer, C., Inglehart, R.');
    expect(source).toContain('2022');
    expect(source).toContain('doi:10.14281/18241.24');
  });
});
