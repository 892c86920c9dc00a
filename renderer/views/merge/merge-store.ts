// The merge under review (between "Sammanfoga med…" and Sammanfoga or Avbryt), and the sentence
// that says how the last one went.
import type { MergePreview } from '../../../shared/api/calls/merge';
import { client } from '../../api/client';
import { createStore } from '../../lib/store';
import { goTo } from '../history/sub-route';

export interface MergeState {
  preview: MergePreview | null;
  /** What the last merge did, shown once in Historik. */
  done: string | null;
}

export const mergeStore = createStore<MergeState>({ preview: null, done: null });

/**
 * Asks Node for the preview of a merge with `name` (a file in the host's folder; none: Electron's
 * dialog) and opens the review. Returns Node's refusal, or null.
 */
export async function startMerge(name?: string): Promise<string | null> {
  const result = await client.call('merge.preview', name ? { name } : {});
  if (!result.ok) return result.error.message;
  if (result.value) {
    mergeStore.set({ preview: result.value, done: null });
    goTo('merge');
  }
  return null;
}

export function endMerge(done: string | null): void {
  mergeStore.set({ preview: null, done });
  goTo('log');
}
