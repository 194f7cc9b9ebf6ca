import { describe, expect, it } from 'vitest';
import { featuresById } from './featuresById';
import type { CountryFeature } from './geoTypes';

function square(id: string, name: string, x: number): CountryFeature {
  return {
    type: 'Feature',
    id,
    properties: { name },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, 0],
          [x, 1],
          [x + 1, 1],
          [x + 1, 0],
          [x, 0],
        ],
      ],
    },
  };
}

describe('featuresById', () => {
  it('is empty for no shapes', () => {
    expect(featuresById([]).size).toBe(0);
  });

  it('keeps a lone shape as it is', () => {
    const only = square('036', 'Australia', 0);
    expect(featuresById([only]).get('036')).toBe(only);
  });

  it('merges shapes that share an id into one MultiPolygon, keeping the first name', () => {
    const merged = featuresById([
      square('036', 'Australia', 0),
      square('024', 'Angola', 5),
      square('036', 'Ashmore and Cartier Is.', 9),
    ]);
    expect(merged.size).toBe(2);
    expect(merged.get('036')?.properties.name).toBe('Australia');
    expect(merged.get('036')?.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [0, 1],
            [1, 1],
            [1, 0],
            [0, 0],
          ],
        ],
        [
          [
            [9, 0],
            [9, 1],
            [10, 1],
            [10, 0],
            [9, 0],
          ],
        ],
      ],
    });
  });
});
