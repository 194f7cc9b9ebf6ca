import type { Navigation } from '../lib/views/navigation';
import { formatHash, parseHash, type Location, type RouteId } from './routes';

/** The current location, kept in step with `location.hash`; the views' Navigation. */
class Router implements Navigation {
  current: Location = $state(parseHash(window.location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.current = parseHash(window.location.hash);
    });
  }

  /** Navigate (adds a history entry). */
  go(route: RouteId, params: Record<string, string | undefined> = {}): void {
    window.location.hash = formatHash(route, params);
  }

  /** The full address of a view, for links that leave the app (copied, shared). */
  href(route: RouteId, params: Record<string, string | undefined> = {}): string {
    return `${window.location.origin}${window.location.pathname}${formatHash(route, params)}`;
  }

  /**
   * Updates some of the current view's parameters without a new history entry; the others (e.g. the human
   * reference `ref`, set by a different component) are kept. undefined or '' removes a parameter.
   */
  replaceParams(params: Record<string, string | undefined>): void {
    const merged: Record<string, string | undefined> = { ...Object.fromEntries(this.current.params), ...params };
    const hash = formatHash(this.current.route, merged);
    if (hash === window.location.hash) return;
    history.replaceState(history.state, '', hash);
    this.current = parseHash(hash);
  }
}

export const router = new Router();
