// Fields with typed-but-not-yet-committed text register here, so that Spara (Ctrl+S pressed
// while the cursor is still in a field) first stores what the user sees, then saves.
import { callsSettled } from '../api/observe';

type Flush = () => Promise<unknown> | void;
const flushes = new Set<Flush>();

export function registerPendingEdit(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Commits every pending edit and waits until every call under way has been answered. */
export async function commitPendingEdits(): Promise<void> {
  await Promise.allSettled([...flushes].map((f) => f()));
  await callsSettled();
}
