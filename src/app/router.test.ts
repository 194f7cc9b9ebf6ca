import { describe, expect, it } from 'vitest';
import { Router, type RouterWindow } from './router.svelte';

/** A page whose address changes like a browser's: assigning the hash queues a hashchange, replaceState does not. */
function fakePage(hash: string) {
  const listeners: (() => void)[] = [];
  const location = { hash, origin: 'https://valueprobe.example', pathname: '/app/' };
  const page = {
    location,
    history: {
      state: null,
      replaceState: (_state: unknown, _unused: string, url: string) => {
        location.hash = url;
      },
    },
    addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
  };
  return { page: page as unknown as RouterWindow, location, fireHashChange: () => listeners.forEach((l) => l()) };
}

describe('Router', () => {
  it('updates the current view’s parameters in place, keeping the others', () => {
    const { page, location } = fakePage('#/results?run=a&ref=builtin');
    const router = new Router(page);
    router.replaceParams({ q: 'Q164' });
    expect(location.hash).toBe('#/results?run=a&ref=builtin&q=Q164');
    expect(router.current.params.get('q')).toBe('Q164');
  });

  it('drops an update from the view being left once the address shows another view', () => {
    const { page, location, fireHashChange } = fakePage('#/explore');
    const router = new Router(page);
    // The reader (or a test) moves to Compare; the hashchange is still queued when Explore writes its parameters.
    location.hash = '#/compare';
    router.replaceParams({ q: undefined });
    expect(location.hash).toBe('#/compare');
    fireHashChange();
    expect(router.current.route).toBe('compare');
  });

  it('builds full addresses on the page’s origin and path', () => {
    const { page } = fakePage('#/explore');
    expect(new Router(page).href('compare', { runs: 'a,b' })).toBe(
      'https://valueprobe.example/app/#/compare?runs=a%2Cb',
    );
  });
});
