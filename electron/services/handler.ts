// The shape of a service: one plain function per call of the contract. Entity calls are
// functions of (open document, input); document calls get the manager (they open and close
// documents).
import type { CallName, CallOutput, ParsedInput } from '../../shared/api/contract';
import type { DocumentManager } from '../document/manager';
import type { Session } from '../document/session';
import type { RollupSource } from '../rollup/source';

export interface ServiceContext {
  manager: DocumentManager;
  /** The files a roll-up may read (rollup.*): the browser host's folder, an Electron window's choice. */
  rollup?: RollupSource;
}

export type Handler<N extends CallName> = (ctx: ServiceContext, input: ParsedInput<N>) => CallOutput<N> | Promise<CallOutput<N>>;
export type Handlers = { [N in CallName]: Handler<N> };

/** A call that works on the open document. */
export function onSession<N extends CallName>(fn: (s: Session, input: ParsedInput<N>) => CallOutput<N>): Handler<N> {
  return (ctx, input) => fn(ctx.manager.require(), input);
}
