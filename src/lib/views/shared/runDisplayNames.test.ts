import { describe, expect, it } from 'vitest';
import { runDisplayNames } from './runDisplayNames';

type Run = Parameters<typeof runDisplayNames>[0][number];

function run(id: string, overrides: Partial<Run> = {}): Run {
  return {
    id,
    name: 'llama3.2:3b · 28 Nov 2026 14:05',
    engine: { kind: 'openai-endpoint', modelId: 'llama3.2:3b', version: '1', settings: {} },
    scope: { questionIds: ['Q1', 'Q2', 'Q3'], countryIds: ['USA', 'DEU'] },
    createdAt: '2026-11-28T14:05:09.000Z',
    ...overrides,
  };
}

describe('runDisplayNames', () => {
  it('keeps a name no other run has', () => {
    expect(runDisplayNames([run('a'), run('b', { name: 'Other' })])).toEqual(
      new Map([
        ['a', 'llama3.2:3b · 28 Nov 2026 14:05'],
        ['b', 'Other'],
      ]),
    );
  });

  it('falls back to the model id for a run without a name', () => {
    expect(runDisplayNames([run('a', { name: '  ' })]).get('a')).toBe('llama3.2:3b');
  });

  it('adds only the details in which runs of the same name differ', () => {
    const names = runDisplayNames([
      run('a'),
      run('b', { importedAt: '2026-12-01T10:00:00.000Z' }),
      run('c', { scope: { questionIds: ['Q1'], countryIds: ['USA'] } }),
    ]);
    expect(names.get('a')).toBe('llama3.2:3b · 28 Nov 2026 14:05 · 3 questions × 2 countries · made here');
    expect(names.get('b')).toBe('llama3.2:3b · 28 Nov 2026 14:05 · 3 questions × 2 countries · imported');
    expect(names.get('c')).toBe('llama3.2:3b · 28 Nov 2026 14:05 · 1 questions × 1 countries · made here');
  });

  it('names the engine and the start date when they differ', () => {
    const names = runDisplayNames([
      run('a', { name: 'Quick look' }),
      run('b', {
        name: 'Quick look',
        engine: { kind: 'webllm', modelId: 'Qwen2.5-0.5B', version: '1', settings: {} },
        createdAt: '2026-11-29T08:00:00.000Z',
      }),
    ]);
    expect(names.get('a')).toBe('Quick look · openai-endpoint llama3.2:3b · started 2026-11-28 14:05 UTC');
    expect(names.get('b')).toBe('Quick look · webllm Qwen2.5-0.5B · started 2026-11-29 08:00 UTC');
  });

  it('numbers runs alike in every detail', () => {
    const names = runDisplayNames([run('a'), run('b'), run('c', { name: 'Other' })]);
    expect([names.get('a'), names.get('b'), names.get('c')]).toEqual([
      'llama3.2:3b · 28 Nov 2026 14:05 (1)',
      'llama3.2:3b · 28 Nov 2026 14:05 (2)',
      'Other',
    ]);
  });

  it('names no run when there is none', () => {
    expect(runDisplayNames([])).toEqual(new Map());
  });
});
