import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../engines/webllm/types';
import { baseAlignedPairs, languageFocusOf, type RunModel } from './modelGroups';

function entry(
  family: string,
  parameters: number,
  instructTuned: boolean,
  ladders: CatalogEntry['ladders'] = [],
): CatalogEntry {
  return {
    id: `${family}-${parameters}-${instructTuned ? 'Instruct' : 'Base'}`,
    family,
    parameters,
    sizeLabel: `${parameters / 1e9}B`,
    quantisation: 'q4f16_1',
    weightBits: 4,
    approxDownloadBytes: null,
    vramMB: 1000,
    contextWindow: 4096,
    needsShaderF16: true,
    lowResource: false,
    bufferSizeRequiredBytes: null,
    instructTuned,
    f32Alternative: null,
    paperFamily: false,
    ladders,
    modelUrl: '',
  };
}

const run = (runId: string, model: CatalogEntry | null): RunModel => ({ runId, label: runId, model });

describe('baseAlignedPairs', () => {
  it('pairs nothing without runs or without a base model', () => {
    expect(baseAlignedPairs([])).toEqual([]);
    expect(baseAlignedPairs([run('i', entry('Ministral-3', 3e9, true)), run('x', null)])).toEqual([]);
  });

  it('pairs a base run with the aligned run of the same family and size only', () => {
    const base = run('base', entry('Ministral-3', 3e9, false));
    const aligned = run('aligned', entry('Ministral-3', 3e9, true));
    const otherSize = run('other', entry('Ministral-3', 8e9, true));
    const otherFamily = run('qwen', entry('Qwen2.5', 3e9, true));
    expect(baseAlignedPairs([base, aligned, otherSize, otherFamily])).toEqual([
      { family: 'Ministral-3', sizeLabel: '3B', base, aligned },
    ]);
  });
});

describe('languageFocusOf', () => {
  it('classifies the ladder’s Qwen runs as multilingual and Llama runs as English-centric', () => {
    expect(languageFocusOf(run('q', entry('Qwen2.5', 1.5e9, true, ['multilingual-vs-english'])))).toBe('multilingual');
    expect(languageFocusOf(run('l', entry('Llama-3.2', 1e9, true, ['multilingual-vs-english'])))).toBe(
      'english-centric',
    );
  });

  it('leaves out runs outside the ladder or without a catalog model', () => {
    expect(languageFocusOf(run('s', entry('SmolLM2', 1.7e9, true, ['size-smollm2'])))).toBeNull();
    expect(languageFocusOf(run('x', null))).toBeNull();
  });
});
