// The views and their addresses: `#/overview`, `#/actions`… Hash routing works the same from
// Electron's app:// protocol and from the browser host, and needs no server support.
import { useSyncExternalStore } from 'react';
import type { MessageKey } from '../i18n/sv';

export const ROUTES = ['overview', 'actions', 'scenarios', 'financing', 'targets', 'commitments', 'followup', 'history', 'export', 'region'] as const;
export type Route = (typeof ROUTES)[number];

export const ROUTE_LABEL: Record<Route, MessageKey> = {
  overview: 'nav.overview',
  actions: 'nav.actions',
  scenarios: 'nav.scenarios',
  financing: 'nav.financing',
  targets: 'nav.targets',
  commitments: 'nav.commitments',
  followup: 'nav.followup',
  history: 'nav.history',
  export: 'nav.export',
  region: 'nav.region',
};

export const routeHref = (route: Route): string => `#/${route}`;

function routeOf(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'overview';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => routeOf(window.location.hash));
}
