import { describe, expect, it } from 'vitest';
import { categoricalPalette } from './palettes';

describe('categoricalPalette', () => {
  it('returns nothing for no categories', () => {
    expect(categoricalPalette(0)).toEqual([]);
  });

  it('starts with Okabe–Ito orange, sky blue, bluish green', () => {
    expect(categoricalPalette(3)).toEqual(['#E69F00', '#56B4E9', '#009E73']);
  });

  it('has exactly eight colours, black last', () => {
    expect(categoricalPalette(8)[7]).toBe('#000000');
  });

  it('refuses a ninth category with a message that says what to do', () => {
    expect(() => categoricalPalette(9)).toThrow(
      '9 categories but only 8 colour-blind-safe colours; group the smaller categories first.',
    );
  });

  it('refuses NaN and fractional counts', () => {
    expect(() => categoricalPalette(Number.NaN)).toThrow('Category count is NaN');
    expect(() => categoricalPalette(2.5)).toThrow('Category count is 2.5');
  });
});
