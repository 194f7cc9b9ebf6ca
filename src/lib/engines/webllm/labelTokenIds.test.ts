import { describe, expect, it } from 'vitest';
import { FakeVocabulary } from './FakeWebllmEngine';
import { buildShortTokenIndex, labelTokenIds } from './labelTokenIds';

describe('buildShortTokenIndex', () => {
  it('returns an empty index for an empty vocabulary', () => {
    expect(buildShortTokenIndex(new FakeVocabulary([]))).toEqual(new Map());
  });

  it('groups every spelling of a short token by its trimmed text and skips blank and long tokens', () => {
    const index = buildShortTokenIndex(new FakeVocabulary(['A', ' A', 'A\n', '   ', '', 'Apple', ' B']));
    expect(index).toEqual(
      new Map([
        ['A', [0, 1, 2]],
        ['B', [6]],
      ]),
    );
  });
});

describe('labelTokenIds', () => {
  const index = new Map([
    ['A', [0, 1]],
    ['B', [2]],
  ]);

  it('returns the ids per label, in label order', () => {
    expect(labelTokenIds(['B', 'A'], index)).toEqual([[2], [0, 1]]);
    expect(labelTokenIds([], index)).toEqual([]);
  });

  it('names a label the vocabulary has no token for', () => {
    expect(() => labelTokenIds(['A', '10'], index)).toThrow(
      'The model\'s tokenizer has no single token for the answer label "10"',
    );
  });
});
