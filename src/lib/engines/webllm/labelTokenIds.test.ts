import { describe, expect, it } from 'vitest';
import { FakeVocabulary } from './FakeWebllmEngine';
import { buildShortTokenIndex, labelTokenIds, type VocabularyReader } from './labelTokenIds';

/** A vocabulary of [raw token, decoded text] pairs that records which ids were decoded. */
function rawVocabulary(tokens: readonly (readonly [raw: string, text: string])[]): VocabularyReader & {
  decoded: number[];
} {
  const decoded: number[] = [];
  return {
    decoded,
    getVocabSize: () => tokens.length,
    idToToken: (id) => tokens[id]?.[0] ?? '',
    decode: (ids) => {
      decoded.push(...ids);
      return [...ids].map((id) => tokens[id]?.[1] ?? '').join('');
    },
  };
}

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

  it('decodes only raw tokens with one visible ASCII character or a byte, and keeps those that spell a label', () => {
    const vocabulary = rawVocabulary([
      ['<0x41>', 'A'],
      ['ĠA', ' A'],
      ['▁B', ' B'],
      ['ĊĊĊĊA', '\n\n\n\nA'],
      ['<0xC3>', '\uFFFD'],
      ['AÃ©', 'Aé'],
      ['Apple', 'Apple'],
      ['ĠÃ©', ' é'],
      ['<unk>', ''],
      ['Ġ', ' '],
    ]);
    expect(buildShortTokenIndex(vocabulary)).toEqual(
      new Map([
        ['A', [0, 1]],
        ['B', [2]],
      ]),
    );
    expect(vocabulary.decoded).toEqual([0, 1, 2, 3, 4, 5]);
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
