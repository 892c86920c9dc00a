// The shape of one call in the contract: a zod input, a phantom output type, and what the call
// changes (its effect). The effect is the one fact transports and the renderer go by: a call
// with effect `plan` is refused on a read-only plan and answers with the rows it changed; every
// call but `none` answers with the document's new status.
import { z } from 'zod';

/**
 * What a call changes:
 * - `none`: nothing (reads, previews, exports to another file, progress);
 * - `plan`: the plan's content (edits, deletes, imports, undo/redo, merges), recorded in the change log;
 * - `document`: the file or which plan is open (new, open, save, save as, close, recovery);
 * - `settings`: the installation's settings (the name in the change log).
 */
export type Effect = 'none' | 'plan' | 'document' | 'settings';
export const EFFECTS: readonly Effect[] = ['none', 'plan', 'document', 'settings'];

export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type; never read at run time. */
  output: O;
  effect: Effect;
}

/** `read<Out>()(inputSchema)`: the output type is named, the input type inferred. */
const withEffect =
  (effect: Effect) =>
  <O>() =>
  <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input, output: undefined as O, effect });

/** Changes nothing. */
export const read = withEffect('none');
/** Changes the plan's content: refused when read-only, recorded in the change log. */
export const write = withEffect('plan');
/** Works on the file or on which plan is open. */
export const fileCall = withEffect('document');
/** Changes the installation's settings. */
export const settingsCall = withEffect('settings');

/** Input of a call that takes nothing. */
export const none = z.strictObject({});
