import { describe, expect, it } from 'vitest';
import type { Zone } from '../survey/types';
import { okabeIto } from './okabeIto';
import { zoneColour, zones } from './zoneColour';

describe('zoneColour', () => {
  it('gives each of the eight zones its own Okabe–Ito colour', () => {
    const colours = zones.map(zoneColour);
    expect(new Set(colours).size).toBe(8);
    expect(colours.every((colour) => (okabeIto as readonly string[]).includes(colour))).toBe(true);
  });

  it('is fixed: Confucian is the third colour (#009E73)', () => {
    expect(zoneColour('Confucian')).toBe('#009E73');
  });

  it('names the zone and the valid ones when given an unknown zone', () => {
    expect(() => zoneColour('Atlantis' as Zone)).toThrow(
      'zoneColour: unknown cultural zone "Atlantis"; expected one of African-Islamic,',
    );
  });
});
