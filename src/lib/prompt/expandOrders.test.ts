import { describe, expect, it } from 'vitest';
import { expandOrders } from './expandOrders';

describe('expandOrders', () => {
  it('expands each setting to the orders actually asked', () => {
    expect(expandOrders('original')).toEqual(['original']);
    expect(expandOrders('reversed')).toEqual(['reversed']);
    expect(expandOrders('both')).toEqual(['original', 'reversed']);
  });
});
