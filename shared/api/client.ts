// The one client object the renderer talks to. It does not know which transport carries the
// calls (Electron IPC or the browser host's HTTP); both answer with the same frames: the
// envelope, and beside it the status and what the call changed.
import type { CallInput, CallName, CallOutput } from './contract';
import type { CallFrame } from './frame';
import type { ApiError, ApiResult } from './result';

export type Transport = (name: CallName, input: unknown) => Promise<CallFrame>;

export interface Client {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<ApiResult<CallOutput<N>>>;
}

/** The frame of a call that never reached Node (the connection broke). */
export function brokenFrame(e: unknown): CallFrame {
  const error: ApiError = {
    code: 'internal',
    message: `Kontakten med programmet bröts (${e instanceof Error ? e.message : String(e)}).`,
    path: '',
  };
  return { result: { ok: false, error } };
}

/** A transport whose failures become frames with a Swedish error: nothing thrown reaches a view. */
export function safe(transport: Transport): Transport {
  return async (name, input) => {
    try {
      return await transport(name, input);
    } catch (e) {
      return brokenFrame(e);
    }
  };
}

export function createClient(transport: Transport): Client {
  const carry = safe(transport);
  return {
    async call(name, input) {
      return (await carry(name, input)).result as ApiResult<never>;
    },
  };
}
