import { describe, expect, it } from 'vitest';
import { inlineStyleText } from './inlineStyleText';

function reader(values: Record<string, string>): (property: string) => string {
  return (property) => values[property] ?? '';
}

describe('inlineStyleText', () => {
  it('writes the styled properties in a fixed order', () => {
    const text = inlineStyleText(reader({ stroke: 'rgb(0, 0, 0)', fill: 'rgb(230, 159, 0)', 'font-size': '12px' }));
    expect(text).toBe('fill:rgb(230, 159, 0);stroke:rgb(0, 0, 0);font-size:12px');
  });

  it('skips initial values that would only bloat the file', () => {
    expect(inlineStyleText(reader({ opacity: '1', display: 'inline', 'fill-opacity': '1', fill: 'none' }))).toBe(
      'fill:none',
    );
  });

  it('keeps non-initial values of the same properties', () => {
    expect(inlineStyleText(reader({ opacity: '0.5', display: 'none' }))).toBe('opacity:0.5;display:none');
  });

  it('returns an empty string when nothing is styled', () => {
    expect(inlineStyleText(reader({}))).toBe('');
  });
});
