// The shape of a service: one plain function per call of the contract. Entity calls are
// functions of (open document, input); document calls get the manager (they open and close
// documents). A call that needs a file says so with a question (FileQuestions): the dispatcher
// has the transport's picker answer it and hands the service the path.
import type { CallName, CallOutput, ParsedInput } from '../../shared/api/contract';
import type { FileChoice, FilePicker, FileQuestion } from '../document/file-choice';
import type { DocumentManager } from '../document/manager';
import type { Session } from '../document/session';
import type { RollupSource } from '../rollup/source';

export interface ServiceContext {
  manager: DocumentManager;
  /** The files a roll-up may read (rollup.*): the browser host's folder, an Electron window's choice. */
  rollup?: RollupSource;
  /** How this transport chooses files; the manager's own picker when absent. */
  files?: FilePicker;
}

export interface CallContext extends ServiceContext {
  /**
   * The file the picker chose for this call's question: absent when the call asked none,
   * null when the user cancelled (or gave no name).
   */
  file?: FileChoice | null;
}

export type Handler<N extends CallName> = (ctx: CallContext, input: ParsedInput<N>) => CallOutput<N> | Promise<CallOutput<N>>;
export type Handlers = { [N in CallName]: Handler<N> };

/** The file a call needs (null: none this time, e.g. an upload or a download); may refuse first. */
export type FileQuestions = { [N in CallName]?: (ctx: ServiceContext, input: ParsedInput<N>) => FileQuestion | null };

/** The picker of this transport. */
export function pickerOf(ctx: ServiceContext): FilePicker {
  return ctx.files ?? ctx.manager.files;
}

/** A call that works on the open document. */
export function onSession<N extends CallName>(fn: (s: Session, input: ParsedInput<N>) => CallOutput<N>): Handler<N> {
  return (ctx, input) => fn(ctx.manager.require(), input);
}
