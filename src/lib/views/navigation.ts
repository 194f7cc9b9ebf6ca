import { getContext, setContext } from 'svelte';

/** The views a link or a button can open; the app's router defines a route for each. */
export type ViewId = 'explore' | 'run' | 'results' | 'compare' | 'manage' | 'about';

/** View-specific state in the address, e.g. `{ q: 'Q164' }`; undefined or '' leaves a parameter out. */
export type ViewParams = Record<string, string | undefined>;

/**
 * How views move around the app without knowing its router (the app sits above the views and implements this).
 */
export interface Navigation {
  /** Opens a view (a new history entry). */
  go(view: ViewId, params?: ViewParams): void;
  /** Updates some of the current view's parameters in place, keeping the others. */
  replaceParams(params: ViewParams): void;
  /** The full address of a view, for links that leave the app (copied, shared). */
  href(view: ViewId, params?: ViewParams): string;
}

const key = Symbol('navigation');

/** Called once by the app shell, above every view. */
export function setNavigation(navigation: Navigation): void {
  setContext(key, navigation);
}

/** The app's navigation; call during component initialisation. */
export function getNavigation(): Navigation {
  const navigation = getContext<Navigation | undefined>(key);
  if (!navigation) throw new Error('No Navigation in context: the app shell (App.svelte) must call setNavigation.');
  return navigation;
}
