// "Visa" after an undo: the view to open and the cell to focus there. The grid views take the
// cell when they see it (useReveal) and clear it.
import { useEffect, type RefObject } from 'react';
import type { SheetGridHandle } from '../grid/SheetGrid';
import { createStore, useStore } from '../lib/store';
import { routeHref } from '../app/routes';
import type { Reveal } from './step-words';

export const revealStore = createStore<Reveal | null>(null);

export function reveal(target: Reveal): void {
  revealStore.set(target);
  if (window.location.hash !== routeHref(target.route)) window.location.hash = routeHref(target.route);
}

/** Focuses the revealed row of `route` in `grid` (the one holding `rowIds`) once it is there. */
export function useReveal(route: Reveal['route'], grid: RefObject<SheetGridHandle | null>, holds: (rowId: string) => boolean): void {
  const target = useStore(revealStore);
  useEffect(() => {
    if (!target || target.route !== route || !target.rowId || !holds(target.rowId)) return;
    revealStore.set(null);
    grid.current?.focusCell(target.rowId, target.colId);
  }, [target, route, grid, holds]);
}
