import { describe, expect, it } from 'vitest';
import type { CountryFeature } from './geoTypes';
import { joinRowsToFeatures } from './joinRowsToFeatures';

function shape(id: string): CountryFeature {
  return { type: 'Feature', id, properties: { name: id }, geometry: { type: 'Polygon', coordinates: [] } };
}

const features = new Map([
  ['826', shape('826')],
  ['231', shape('231')],
  ['250', shape('250')],
]);
const byAtlas = (row: { atlas: string }) => row.atlas;

describe('joinRowsToFeatures', () => {
  it('leaves every shape in the background when there are no rows', () => {
    const join = joinRowsToFeatures([], features, byAtlas);
    expect(join.joined).toEqual([]);
    expect(join.background.map((feature) => feature.id)).toEqual(['826', '231', '250']);
  });

  it('pairs one row with its shape', () => {
    const join = joinRowsToFeatures([{ id: 'ETH', atlas: '231' }], features, byAtlas);
    expect(join.joined.map(({ row, feature }) => [row.id, feature.id])).toEqual([['ETH', '231']]);
    expect(join.background.map((feature) => feature.id)).toEqual(['826', '250']);
  });

  it('gives a shared shape to the first row only (GBR before NIR on "826")', () => {
    const rows = [
      { id: 'GBR', atlas: '826' },
      { id: 'NIR', atlas: '826' },
    ];
    expect(joinRowsToFeatures(rows, features, byAtlas).joined.map(({ row }) => row.id)).toEqual(['GBR']);
  });

  it('drops rows whose shape is missing, e.g. an unpadded id', () => {
    expect(joinRowsToFeatures([{ id: 'AND', atlas: '20' }], features, byAtlas).joined).toEqual([]);
  });
});
