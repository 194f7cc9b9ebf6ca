import { describe, expect, it } from 'vitest';
import { loadWorldFeatures, parseWorldAtlas } from './loadWorldFeatures';

const ring = (x: number) => [
  [x, 0],
  [x, 1],
  [x + 1, 1],
  [x + 1, 0],
  [x, 0],
];
const topology = {
  type: 'Topology',
  arcs: [ring(0), ring(5), ring(9)],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], id: '231', properties: { name: 'Ethiopia' } },
        { type: 'Polygon', arcs: [[1]], id: '010', properties: { name: 'Antarctica' } },
        { type: 'Polygon', arcs: [[2]], properties: { name: 'Kosovo' } },
      ],
    },
  },
};

describe('parseWorldAtlas', () => {
  it('turns countries into features, drops Antarctica and keeps id-less shapes with an empty id', () => {
    const features = parseWorldAtlas(topology);
    expect(features.map((feature) => [feature.id, feature.properties.name])).toEqual([
      ['231', 'Ethiopia'],
      ['', 'Kosovo'],
    ]);
    expect(features[0]?.geometry).toEqual({ type: 'Polygon', coordinates: [ring(0)] });
  });

  it('is empty for a collection without geometries', () => {
    expect(
      parseWorldAtlas({
        type: 'Topology',
        arcs: [],
        objects: { countries: { type: 'GeometryCollection', geometries: [] } },
      }),
    ).toEqual([]);
  });

  it('explains a file without countries', () => {
    expect(() => parseWorldAtlas({ type: 'Topology', arcs: [], objects: {} })).toThrow(
      'World map file has no "objects.countries" geometry collection',
    );
    expect(() => parseWorldAtlas(null)).toThrow('reinstall world-atlas@2');
    expect(() => parseWorldAtlas(undefined)).toThrow('objects.countries');
  });
});

describe('loadWorldFeatures', () => {
  it('reports an HTTP failure with its status, then retries on the next call', async () => {
    const failing = (() => Promise.resolve(new Response('', { status: 404 }))) as typeof fetch;
    await expect(loadWorldFeatures(failing)).rejects.toThrow('World map download failed (HTTP 404');
    const working = (() => Promise.resolve(new Response(JSON.stringify(topology)))) as typeof fetch;
    expect((await loadWorldFeatures(working)).map((feature) => feature.id)).toEqual(['231', '']);
  });
});
