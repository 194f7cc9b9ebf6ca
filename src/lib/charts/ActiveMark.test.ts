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

describe('ActiveMark.handlers', () => {
  it('shows on pointer and focus, hides on leave and blur, selects on click and Enter', () => {
    const active = new ActiveMark<string>();
    const selected: string[] = [];
    const on = active.handlers('ETH', { x: 5, y: 6 }, (row) => selected.push(row));
    on.onpointerenter();
    expect(active.current).toEqual({ row: 'ETH', anchor: { x: 5, y: 6 } });
    on.onpointerleave();
    expect(active.current).toBeNull();
    on.onfocus();
    expect(active.isShowing('ETH')).toBe(true);
    on.onkeydown(key('Escape'));
    expect(active.current).toBeNull();
    on.onfocus();
    on.onblur();
    expect(active.current).toBeNull();
    on.onclick();
    on.onkeydown(key('Enter'));
    expect(selected).toEqual(['ETH', 'ETH']);
  });

  it('does nothing on click without onselect', () => {
    const active = new ActiveMark<string>();
    expect(() => active.handlers('ETH', { x: 0, y: 0 }).onclick()).not.toThrow();
  });
});
