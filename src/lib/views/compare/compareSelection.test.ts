import { describe, expect, it } from 'vitest';
import { rememberedSelection, rememberSelection, toggleRun } from './compareSelection';

function memoryStorage(initial: Record<string, string> = {}): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map(Object.entries(initial));
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('toggleRun', () => {
  it('adds a run at the end once and removes it', () => {
    expect(toggleRun(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggleRun(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggleRun(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleRun([], 'a', false)).toEqual([]);
  });
});

describe('remembered selection', () => {
  it('gives back the runs chosen that still exist, in their order', () => {
    const storage = memoryStorage();
    rememberSelection(storage, ['b', 'gone', 'a']);
    expect(rememberedSelection(storage, new Set(['a', 'b', 'c']))).toEqual(['b', 'a']);
  });

  it('gives nothing when nothing, damaged text or something other than ids is stored', () => {
    expect(rememberedSelection(memoryStorage(), new Set(['a']))).toEqual([]);
    expect(rememberedSelection(memoryStorage({ 'valueprobe.compare.runs': '{not json' }), new Set(['a']))).toEqual([]);
    expect(rememberedSelection(memoryStorage({ 'valueprobe.compare.runs': '{"a":1}' }), new Set(['a']))).toEqual([]);
    expect(rememberedSelection(memoryStorage({ 'valueprobe.compare.runs': '["a",3]' }), new Set(['a']))).toEqual(['a']);
  });

  it('does not throw when storage refuses to write', () => {
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => rememberSelection(full, ['a'])).not.toThrow();
  });
});
