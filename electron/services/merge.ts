// merge.preview / apply / cancel: "Sammanfoga med…". The transport's picker chooses the other
// file (a name in the host's folder, or Electron's dialog); electron/merge does the rest.
import { ApiFailure } from '../../shared/api/result';
import { readOnlyFailure } from '../document/session';
import { applyMerge, cancelMerge, previewMerge } from '../merge/review';
import { pickerOf, type FileQuestions, type Handlers } from './handler';

export const mergeFiles = {
  // Refused before any dialog opens: a merge would have nowhere to go.
  'merge.preview': (ctx, { name }) => {
    const s = ctx.manager.require();
    if (s.readOnly) throw readOnlyFailure(s.lockedBy);
    if (!name && pickerOf(ctx).picker === 'names') throw new ApiFailure('invalid', 'Ange vilken fil i mappen planen ska sammanfogas med.', 'name');
    return { kind: 'merge', name };
  },
} satisfies FileQuestions;

export const mergeHandlers = {
  'merge.preview': ({ manager, file }) => (file ? previewMerge(manager.require(), file.path) : null),
  'merge.apply': ({ manager }, { mergeId, choices }) => {
    const note = applyMerge(manager.require(), mergeId, choices);
    return { status: manager.status(), taken: note.taken, conflicts: note.conflicts, chosenMine: note.chosenMine, chosenTheirs: note.chosenTheirs };
  },
  'merge.cancel': (_ctx, { mergeId }) => {
    cancelMerge(mergeId);
    return null;
  },
} satisfies Partial<Handlers>;
