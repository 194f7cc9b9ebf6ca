import { describe, expect, it } from 'vitest';
import { allowedMassParams, allowedMassThresholdOf } from './allowedMassParam';

const of = (query: string) => allowedMassThresholdOf(new URLSearchParams(query));

describe('allowedMassThresholdOf', () => {
  it('reads a threshold from 0 to 1', () => {
    expect(of('mass=0.3')).toBe(0.3);
    expect(of('mass=0')).toBe(0);
    expect(of('mass=1')).toBe(1);
  });

  it('falls back to 0.5 when absent or not a fraction', () => {
    for (const query of ['', 'mass=', 'mass=abc', 'mass=1.5', 'mass=-0.1', 'mass=Infinity'])
      expect(of(query)).toBe(0.5);
  });
});

describe('allowedMassParams', () => {
  it('leaves the default out of the URL and round-trips others', () => {
    expect(allowedMassParams(0.5)).toEqual({ mass: undefined });
    expect(allowedMassParams(0.25)).toEqual({ mass: '0.25' });
    expect(of(`mass=${allowedMassParams(0.25).mass}`)).toBe(0.25);
  });
});
