import { describe, expect, it } from 'vitest';
import { ActiveMark } from './ActiveMark.svelte';

function key(name: string): KeyboardEvent & { prevented: boolean } {
  const event = {
    key: name,
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event as unknown as KeyboardEvent & { prevented: boolean };
}

describe('ActiveMark', () => {
  it('shows one mark at a time and hides it', () => {
    const active = new ActiveMark<string>();
    active.show('ETH', { x: 1, y: 2 });
    active.show('KEN', { x: 3, y: 4 });
    expect(active.current).toEqual({ row: 'KEN', anchor: { x: 3, y: 4 } });
    expect(active.isShowing('ETH')).toBe(false);
    active.hide();
    expect(active.current).toBeNull();
  });

  it('selects on Enter and Space, hides on Escape, ignores other keys', () => {
    const active = new ActiveMark<string>();
    const selected: string[] = [];
    const enter = key('Enter');
    active.keydown(enter, 'ETH', (row) => selected.push(row));
    active.keydown(key(' '), 'KEN', (row) => selected.push(row));
    active.keydown(key('a'), 'USA', (row) => selected.push(row));
    expect(selected).toEqual(['ETH', 'KEN']);
    expect(enter.prevented).toBe(true);
    active.show('ETH', { x: 0, y: 0 });
    active.keydown(key('Escape'), 'ETH', undefined);
    expect(active.current).toBeNull();
  });
});
