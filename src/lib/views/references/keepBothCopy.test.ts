import { describe, expect, it } from 'vitest';
import { sampleReference } from '../../store/testing/fixtures.ts';
import { keepBothCopy } from './keepBothCopy.ts';

const incoming = { ...sampleReference('wvs7-microdata:wvs.csv'), label: 'WVS-7, weighted, 2 countries' };

describe('keepBothCopy', () => {
  it('numbers the copy (2) in id and label when only the original is stored', () => {
    const copy = keepBothCopy(incoming, [incoming]);
    expect(copy.id).toBe('wvs7-microdata:wvs.csv (2)');
    expect(copy.label).toBe('WVS-7, weighted, 2 countries (2)');
    expect(copy.responses).toBe(incoming.responses);
  });

  it('skips numbers whose id or label is already taken', () => {
    const second = { ...incoming, id: 'wvs7-microdata:wvs.csv (2)', label: 'something else' };
    const third = { ...incoming, id: 'other', label: 'WVS-7, weighted, 2 countries (3)' };
    expect(keepBothCopy(incoming, [incoming, second, third]).id).toBe('wvs7-microdata:wvs.csv (4)');
  });
});
