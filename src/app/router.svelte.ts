import type { Navigation } from '../lib/views/navigation';
import { formatHash, parseHash, type Location, type RouteId } from './routes';

/** What the router reads and writes of the page: its address, history and the hashchange event. */
export type RouterWindow = Pick<Window, 'location' | 'history' | 'addEventListener'>;

/** The current location, kept in step with `location.hash`; the views' Navigation. */
export class Router implements Navigation {
  current: Location = $state(parseHash(''));
  readonly #window: RouterWindow;

  constructor(page: RouterWindow) {
    this.#window = page;
    this.current = parseHash(page.location.hash);
    page.addEventListener('hashchange', () => {
      this.current = parseHash(page.location.hash);
    });
  }

  /** Navigate (adds a history entry). */
  go(route: RouteId, params: Record<string, string | undefined> = {}): void {
    this.#window.location.hash = formatHash(route, params);
  }

  /** The full address of a view, for links that leave the app (copied, shared). */
  href(route: RouteId, params: Record<string, string | undefined> = {}): string {
    const { origin, pathname } = this.#window.location;
    return `${origin}${pathname}${formatHash(route, params)}`;
  }

  /**
   * Updates some of the current view's parameters without a new history entry; the others (e.g. the human
   * reference `ref`, set by a different component) are kept. undefined or '' removes a parameter. When the address
   * already shows another view (its hashchange not yet handled), the update belongs to the view being left and is
   * dropped: applying it would send the reader back there.
   */
  replaceParams(params: Record<string, string | undefined>): void {
    const live = parseHash(this.#window.location.hash);
    if (live.route !== this.current.route) return;
    const merged: Record<string, string | undefined> = { ...Object.fromEntries(live.params), ...params };
    const hash = formatHash(live.route, merged);
    if (hash === this.#window.location.hash) return;
    this.#window.history.replaceState(this.#window.history.state, '', hash);
    this.current = parseHash(hash);
  }
}
