// What Ångra and Gör om would do next, asked of Node whenever the plan or its undo history may
// have changed, so that the buttons can name their step ("Ångra: Genomförandetid för T-01
// Elbussar"). One question at a time; a change while one is out asks once more after it.
import type { UndoSteps } from '../../shared/api/calls/history';
import { client } from '../api/client';
import { documentStore } from '../document/document-store';
import { createStore } from '../lib/store';

export const undoSteps = createStore<UndoSteps>({ undo: null, redo: null });

let running = false;
let again = false;
let seen = '';

async function refresh(): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  try {
    do {
      again = false;
      const r = await client.call('history.steps', {});
      if (r.ok) undoSteps.set(r.value);
    } while (again);
  } finally {
    running = false;
  }
}

documentStore.subscribe(() => {
  const { status, revision } = documentStore.get();
  const key = `${revision}|${status?.open}|${status?.canUndo}|${status?.canRedo}|${status?.dirty}`;
  if (key === seen) return;
  seen = key;
  if (!status?.canUndo && !status?.canRedo) undoSteps.set({ undo: null, redo: null });
  else void refresh();
});
