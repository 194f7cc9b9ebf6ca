import { describe, expect, it } from 'vitest';
import { BlockArena } from './blockArena';

describe('BlockArena', () => {
  it('hands out non-overlapping blocks of the asked size, moving to a new chunk when one is full', () => {
    const arena = new BlockArena(10);
    const a = arena.take(6);
    const b = arena.take(3);
    // 6 + 3 fit in the first chunk of 10; 4 more do not, so c starts a second chunk.
    const c = arena.take(4);
    expect([a.length, b.length, c.length]).toEqual([6, 3, 4]);
    a.fill(1);
    b.fill(2);
    c.fill(3);
    expect([...a, ...b, ...c]).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3]);
    expect(a.buffer).toBe(b.buffer);
    expect(c.buffer).not.toBe(a.buffer);
  });

  it('gives a block larger than a chunk a chunk of its own', () => {
    const arena = new BlockArena(4);
    expect(arena.take(9)).toHaveLength(9);
    expect(arena.take(4)).toHaveLength(4);
  });

  it('hands the same memory out again after a reset', () => {
    const arena = new BlockArena(8);
    const before = arena.take(5);
    before.fill(7);
    arena.reset();
    const after = arena.take(5);
    expect(after.buffer).toBe(before.buffer);
    expect(Array.from(after)).toEqual([7, 7, 7, 7, 7]);
  });
});
