import { describe, expect, it } from 'vitest';
import { culturalMapMarks, type CulturalMapCountry } from './culturalMapMarks';

const countries: CulturalMapCountry[] = [
  { id: 'SWE', name: 'Sweden', zone: 'Protestant Europe', human: [2.5, 1.5], published: [2, 1.25] },
  { id: 'NGA', name: 'Nigeria', zone: 'African-Islamic', human: [-1, -1.5], published: null },
  { id: 'XXX', name: 'Nowhere', zone: 'Confucian', human: null, published: [0.5, 0.5] },
];

describe('culturalMapMarks', () => {
  it('draws focusable human points coloured by zone when there is no run', () => {
    const marks = culturalMapMarks(countries, []);
    expect(marks.points.map((point) => [point.id, point.colour, point.focusable])).toEqual([
      ['human-SWE', '#CC79A7', true],
      ['human-NGA', '#E69F00', true],
    ]);
    expect(marks.segments).toEqual([]);
    expect(marks.legend.map((entry) => entry.label)).toEqual([
      'African-Islamic (people)',
      'Protestant Europe (people)',
    ]);
  });

  it('draws the published positions only when asked, as unfocusable rings named in the legend', () => {
    expect(culturalMapMarks(countries, []).points.some((point) => point.shape === 'ring')).toBe(false);
    const marks = culturalMapMarks(countries, [], true);
    expect(marks.points.filter((point) => point.shape === 'ring').map((point) => [point.id, point.x, point.y])).toEqual(
      [
        ['published-SWE', 2, 1.25],
        ['published-XXX', 0.5, 0.5],
      ],
    );
    expect(marks.points.find((point) => point.id === 'published-SWE')?.focusable).toBe(false);
    // XXX has only a published position, so its zone joins the legend with the layer.
    expect(marks.legend.map((entry) => entry.label)).toEqual([
      'African-Islamic (people)',
      'Confucian (people)',
      'Protestant Europe (people)',
      'Published positions (Tao et al., all waves, weighted)',
    ]);
  });

  it('frames the usual map, widened by half a unit where the data reach beyond it', () => {
    // x: 2.5 + 0.5 = 3 stays inside [−2, 3]; y: −1.5 − 0.5 = −2 stays inside [−2, 2].
    expect(culturalMapMarks(countries, []).xDomain).toEqual([-2, 3]);
    const far = culturalMapMarks([{ id: 'A', name: 'A', zone: 'Confucian', human: [3.2, -2.2], published: null }], []);
    // 3.2 + 0.5 = 3.7 → ceil to the half unit 4; −2.2 − 0.5 = −2.7 → floor to −3.
    expect(far.xDomain).toEqual([-2, 4]);
    expect(far.yDomain).toEqual([-3, 2]);
  });

  it('links each persona to its people position (not the published one), in the zone colour', () => {
    const marks = culturalMapMarks(countries, [
      {
        id: 'run1',
        label: 'Qwen',
        positions: [
          { countryId: 'SWE', model: [1, 0] },
          { countryId: 'NGA', model: null },
          { countryId: 'XXX', model: [0, 0] },
        ],
      },
    ]);
    const model = marks.points.filter((point) => point.shape === 'diamond');
    expect(model.map((point) => [point.id, point.colour])).toEqual([
      ['run1-SWE', '#CC79A7'],
      ['run1-XXX', '#009E73'],
    ]);
    expect(marks.points.find((point) => point.id === 'human-SWE')?.focusable).toBe(false);
    expect(marks.segments).toEqual([{ id: 'run1-SWE-link', from: [1, 0], to: [2.5, 1.5], colour: '#CC79A7' }]);
    expect(model[1]?.lines[2]).toBe('No people position (the reference lacks a map item)');
  });

  it('colours each run on its own with several runs', () => {
    const marks = culturalMapMarks(countries, [
      { id: 'a', label: 'A', positions: [{ countryId: 'SWE', model: [1, 0] }] },
      { id: 'b', label: 'B', positions: [{ countryId: 'SWE', model: [0, 1] }] },
    ]);
    expect(marks.points.filter((point) => point.shape === 'diamond').map((point) => point.colour)).toEqual([
      '#E69F00',
      '#56B4E9',
    ]);
    expect(marks.legend.slice(-2)).toEqual([
      { label: 'A', colour: '#E69F00', shape: 'diamond' },
      { label: 'B', colour: '#56B4E9', shape: 'diamond' },
    ]);
  });
});
