import { describe, expect, it } from 'vitest';
import { placeLabels } from './placeLabels';

// Font size 10: 6 px per character; a label sits 7 px right of and 5 px above its point, 10 px high.
describe('placeLabels', () => {
  it('keeps nothing of nothing', () => {
    expect(placeLabels([], 10)).toEqual(new Set());
  });

  it('drops a label that meets one already kept, keeps those that only touch or sit apart', () => {
    const kept = placeLabels(
      [
        { id: 'a', x: 0, y: 20, text: 'AB' }, // box x 7…19, y 5…15
        { id: 'b', x: 5, y: 20, text: 'C' }, // box x 12…18, y 5…15: inside a's
        { id: 'c', x: 0, y: 40, text: 'AB' }, // box y 25…35: below a's
        { id: 'd', x: 12, y: 20, text: 'D' }, // box x 19…25: touches a's right edge
      ],
      10,
    );
    expect(kept).toEqual(new Set(['a', 'c', 'd']));
  });

  it('gives way to earlier candidates: the order decides which of two overlapping labels stays', () => {
    const first = { id: 'first', x: 0, y: 0, text: 'Spain' };
    const second = { id: 'second', x: 2, y: 2, text: 'Italy' };
    expect(placeLabels([second, first], 10)).toEqual(new Set(['second']));
  });
});
