// merge.preview / apply / cancel: "Sammanfoga med…". The transport decides how the other file is
// chosen (a name in the host's folder, or Electron's dialog); electron/merge does the rest.
import { ApiFailure } from '../../shared/api/result';
import { readOnlyFailure } from '../document/session';
import { applyMerge, cancelMerge, previewMerge } from '../merge/review';
import type { Handlers } from './handler';

export const mergeHandlers = {
  'merge.preview': async ({ manager }, { name }) => {
    const s = manager.require();
    if (s.readOnly) throw readOnlyFailure(s.lockedBy);
    if (!name && manager.files.picker === 'names') throw new ApiFailure('invalid', 'Ange vilken fil i mappen planen ska sammanfogas med.', 'name');
    const path = await manager.files.chooseMerge(name);
    return path ? previewMerge(s, path) : null;
  },
  'merge.apply': ({ manager }, { mergeId, choices }) => {
    const note = applyMerge(manager.require(), mergeId, choices);
    return { status: manager.status(), taken: note.taken, conflicts: note.conflicts, chosenMine: note.chosenMine, chosenTheirs: note.chosenTheirs };
  },
  'merge.cancel': (_ctx, { mergeId }) => {
    cancelMerge(mergeId);
    return null;
  },
} satisfies Partial<Handlers>;
