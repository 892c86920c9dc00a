// Calls typed over the contract, for the tests and benches: `call(target, 'actions.update',
// { id, changes })` checks the name and the input and returns the call's own output type. A test
// that sends bad input on purpose (a refusal, an unknown call) says so with `callRaw`.
import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import type { CallFrame } from '../../shared/api/frame';
import type { ApiResult } from '../../shared/api/result';
import type { DocumentManager } from '../../electron/document/manager';
import { dispatchFrame } from '../../electron/services/dispatch';

/** The input argument of a call: optional when the call needs nothing. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "no required field" is what {} extends says
export type InputArg<N extends CallName> = {} extends CallInput<N> ? [input?: CallInput<N>] : [input: CallInput<N>];

/** Anything that runs calls: a manager in this process, a browser host, a page. */
export type RawCall = (name: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface Caller {
  call<N extends CallName>(name: N, ...input: InputArg<N>): Promise<ApiResult<CallOutput<N>>>;
  /** A call that must succeed: its value (else the test fails with the reason). */
  value<N extends CallName>(name: N, ...input: InputArg<N>): Promise<CallOutput<N>>;
  /** Any name, any input: what the refusals are tested with. */
  callRaw: RawCall;
}

export function caller(raw: RawCall): Caller {
  return {
    call: (name, ...[input]) => raw(name, input ?? {}) as never,
    async value(name, ...[input]) {
      const r = await raw(name, input ?? {});
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.path} ${r.error.message}`);
      return r.value as never;
    },
    callRaw: raw,
  };
}

/** The frame of a call on a manager in this process (what the transports carry). */
export function frameOf<N extends CallName>(manager: DocumentManager, name: N, ...[input]: InputArg<N>): Promise<CallFrame<CallOutput<N>>> {
  return dispatchFrame({ manager }, name, input ?? {}) as Promise<CallFrame<CallOutput<N>>>;
}

/** A value that a call may answer with null (a cancelled dialog): here it must be there. */
export function present<T>(v: T | null | undefined): T {
  if (v === null || v === undefined) throw new Error('the call answered null (cancelled), not a value');
  return v;
}

/** A task's outcome that must not have been cancelled. */
export function finished<T>(v: T | { status: 'cancelled' }): Exclude<T, { status: 'cancelled' }> {
  if (typeof v === 'object' && v !== null && (v as { status?: unknown }).status === 'cancelled') throw new Error('the task was cancelled');
  return v as Exclude<T, { status: 'cancelled' }>;
}

/** An export handed back as a download (the browser host without a name). */
export function downloaded<R extends { status: string }>(r: R): Extract<R, { status: 'download' }> {
  if (r.status !== 'download') throw new Error(`expected a download, got ${r.status}`);
  return r as Extract<R, { status: 'download' }>;
}
