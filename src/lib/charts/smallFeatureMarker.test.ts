import { geoEquirectangular } from 'd3';
import { describe, expect, it } from 'vitest';
import type { CountryFeature } from './geoTypes';
import { smallFeatureMarker } from './smallFeatureMarker';

/** A square of `size` degrees at the equator, wound clockwise as d3-geo expects of an exterior ring. */
function square(size: number): CountryFeature {
  return {
    type: 'Feature',
    id: '702',
    properties: { name: 'Test' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0, size],
          [size, size],
          [size, 0],
          [0, 0],
        ],
      ],
    },
  };
}

/** Plate carrée with 1 unit per degree at the origin: x = longitude, y = −latitude. */
const degrees = geoEquirectangular()
  .scale(180 / Math.PI)
  .translate([0, 0]);

describe('smallFeatureMarker', () => {
  it('marks a 0.1° square (≈ (0.1·π/180)² = 3.05e-6 sr < 6e-5) at its centroid', () => {
    const marker = smallFeatureMarker(square(0.1), degrees);
    expect(marker?.[0]).toBeCloseTo(0.05, 4);
    expect(marker?.[1]).toBeCloseTo(-0.05, 4);
  });

  it('leaves a 10° square (≈ 0.1745 rad × sin 10° = 0.0303 sr) unmarked', () => {
    expect(smallFeatureMarker(square(10), degrees)).toBeNull();
  });

  it('honours a custom threshold: 1° square ≈ 3.05e-4 sr is small under 1e-3', () => {
    expect(smallFeatureMarker(square(1), degrees, 1e-3)).not.toBeNull();
    expect(smallFeatureMarker(square(1), degrees, 1e-4)).toBeNull();
  });
});
