import { describe, expect, it } from 'vitest';
import { ladderRungs } from './ladderRungs';
import { fakeModel } from './testModels';
import type { ModelVerdict } from './types';

const runs: ModelVerdict = { kind: 'runs-here' };
const f16 = (id: string, sizeLabel: string, parameters: number, bytes: number) =>
  fakeModel({
    id,
    family: 'SmolLM2',
    sizeLabel,
    parameters,
    approxDownloadBytes: bytes,
    needsShaderF16: true,
    ladders: ['size-smollm2'],
  });
const f32 = (id: string, sizeLabel: string, parameters: number, bytes: number) =>
  fakeModel({ id, family: 'SmolLM2', sizeLabel, parameters, approxDownloadBytes: bytes, ladders: ['size-smollm2'] });

describe('ladderRungs', () => {
  it('returns no rungs for an empty catalog or a ladder nobody is on', () => {
    expect(ladderRungs([], 'size-smollm2', () => runs)).toEqual([]);
    expect(ladderRungs([fakeModel()], 'size-smollm2', () => runs)).toEqual([]);
  });

  it('gives one rung per size, smallest model first, with the smallest runnable 4-bit build where a size has one', () => {
    const catalog = [
      f16('S-1.7B-q4f16', '1.7B', 1.7e9, 956e6),
      f32('S-1.7B-q4f32', '1.7B', 1.7e9, 1062e6),
      f16('S-360M-q4f16', '360M', 360e6, 202e6),
      f32('S-360M-q4f32', '360M', 360e6, 225e6),
      fakeModel({
        id: 'S-360M-q0f32',
        family: 'SmolLM2',
        sizeLabel: '360M',
        parameters: 360e6,
        weightBits: 32,
        approxDownloadBytes: 1,
        ladders: ['size-smollm2'],
      }),
      fakeModel({
        id: 'S-135M-q0f32',
        family: 'SmolLM2',
        sizeLabel: '135M',
        parameters: 135e6,
        weightBits: 32,
        ladders: ['size-smollm2'],
      }),
    ];
    const noF16 = (model: { needsShaderF16: boolean }): ModelVerdict =>
      model.needsShaderF16 ? { kind: 'needs-shader-f16', alternative: null } : runs;
    expect(ladderRungs(catalog, 'size-smollm2', noF16).map((rung) => rung.model.id)).toEqual([
      'S-135M-q0f32',
      'S-360M-q4f32',
      'S-1.7B-q4f32',
    ]);
    expect(ladderRungs(catalog, 'size-smollm2', () => runs).map((rung) => rung.model.id)).toEqual([
      'S-135M-q0f32',
      'S-360M-q4f16',
      'S-1.7B-q4f16',
    ]);
  });

  it('falls back to the smallest download when no build runs here, and skips -1k builds', () => {
    const catalog = [
      f32('S-1.7B-q4f32', '1.7B', 1.7e9, 1062e6),
      f16('S-1.7B-q4f16', '1.7B', 1.7e9, 956e6),
      f16('S-1.7B-q4f16-1k', '1.7B', 1.7e9, 1),
    ];
    expect(ladderRungs(catalog, 'size-smollm2', () => ({ kind: 'no-webgpu' })).map((rung) => rung.model.id)).toEqual([
      'S-1.7B-q4f16',
    ]);
  });
});
