import { describe, expect, it } from 'vitest';
import { toOptionOrder } from './toOptionOrder';

describe('toOptionOrder', () => {
  it('maps reversed label order back to the question order', () => {
    // Label A showed option 2, B option 1, C option 0.
    const prompt = { labels: ['A', 'B', 'C'], optionIndexByLabel: [2, 1, 0] };
    expect(toOptionOrder(prompt, [0.5, 0.3, 0.2])).toEqual([0.2, 0.3, 0.5]);
  });

  it('keeps original order and a single option as they are', () => {
    expect(toOptionOrder({ labels: ['A', 'B'], optionIndexByLabel: [0, 1] }, [0.9, 0.1])).toEqual([0.9, 0.1]);
    expect(toOptionOrder({ labels: ['A'], optionIndexByLabel: [0] }, [1])).toEqual([1]);
  });

  it('rejects mismatched lengths and non-permutations', () => {
    expect(() => toOptionOrder({ labels: ['A', 'B'], optionIndexByLabel: [0, 1] }, [1])).toThrow(
      'Cannot map 1 probabilities through 2 option indexes for 2 labels',
    );
    expect(() => toOptionOrder({ labels: ['A', 'B'], optionIndexByLabel: [1, 1] }, [0.5, 0.5])).toThrow(
      'optionIndexByLabel [1, 1] is not a permutation of the options.',
    );
    expect(() => toOptionOrder({ labels: ['A', 'B'], optionIndexByLabel: [0, 2] }, [0.5, 0.5])).toThrow(
      'is not a permutation',
    );
    expect(toOptionOrder({ labels: [], optionIndexByLabel: [] }, [])).toEqual([]);
  });
});
