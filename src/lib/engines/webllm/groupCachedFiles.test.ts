import { describe, expect, it } from 'vitest';
import { groupCachedFiles } from './groupCachedFiles';
import { fakeModel } from './testModels';

describe('groupCachedFiles', () => {
  const model = fakeModel({ id: 'X-1B-q4f32_1-MLC', modelUrl: 'https://huggingface.co/mlc-ai/X' });

  it('returns no groups for no files or no catalog', () => {
    expect(groupCachedFiles([], [model])).toEqual([]);
    expect(groupCachedFiles([{ url: 'https://huggingface.co/mlc-ai/X/resolve/main/a', bytes: 1 }], [])).toEqual([]);
  });

  it('does not count a repository whose name merely starts the same (X vs X-2)', () => {
    const files = [
      { url: 'https://huggingface.co/mlc-ai/X/resolve/main/a.bin', bytes: 10 },
      { url: 'https://huggingface.co/mlc-ai/X-2/resolve/main/a.bin', bytes: 99 },
    ];
    expect(groupCachedFiles(files, [model])).toEqual([
      { baseUrl: 'https://huggingface.co/mlc-ai/X/resolve/main/', modelIds: ['X-1B-q4f32_1-MLC'], bytes: 10, files: 1 },
    ]);
  });
});
