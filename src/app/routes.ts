import type { ViewId } from '../lib/views/navigation';

/** The app's pages, in navigation order. Hash-based so the site works on any static host and sub-path. */
export const routes = [
  { id: 'explore', title: 'Explore' },
  { id: 'run', title: 'Run' },
  { id: 'results', title: 'Results' },
  { id: 'compare', title: 'Compare' },
  { id: 'manage', title: 'Manage' },
  { id: 'about', title: 'About' },
] as const satisfies readonly { id: ViewId; title: string }[];

/** Every view has a route: App.svelte keys its pages by RouteId, so a ViewId without a page fails to compile. */
export type RouteId = ViewId;

export interface Location {
  route: RouteId;
  /** View-specific state, e.g. the selected question: "#/explore?q=Q164". */
  params: URLSearchParams;
}

const defaultRoute: RouteId = 'explore';

function isRouteId(value: string): value is RouteId {
  return routes.some((route) => route.id === value);
}

export function parseHash(hash: string): Location {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  return { route: isRouteId(path) ? path : defaultRoute, params: new URLSearchParams(query) };
}

export function formatHash(route: RouteId, params: Record<string, string | undefined> = {}): string {
  const defined = Object.entries(params).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
  );
  const query = new URLSearchParams(defined).toString();
  return `#/${route}${query ? `?${query}` : ''}`;
}
