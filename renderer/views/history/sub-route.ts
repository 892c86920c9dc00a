// Historik has one page below it: the merge review, at #/history/merge (the app's routes name
// the view by the first part of the address; the rest is the view's own).
import { useSyncExternalStore } from 'react';

export type HistoryScreen = 'log' | 'merge';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const screenOf = (hash: string): HistoryScreen => (/^#\/?history\/merge\b/.test(hash) ? 'merge' : 'log');

export function useHistoryScreen(): HistoryScreen {
  return useSyncExternalStore(subscribe, () => screenOf(window.location.hash));
}

export function goTo(screen: HistoryScreen): void {
  window.location.hash = screen === 'merge' ? '#/history/merge' : '#/history';
}
