// The one client object the renderer talks to. It does not know which transport carries the
// calls (Electron IPC or the browser host's HTTP); both answer with the same envelopes.
import type { CallInput, CallName, CallOutput } from './contract';
import type { ApiError, ApiResult } from './result';

export type Transport = (name: CallName, input: unknown) => Promise<ApiResult<unknown>>;

export interface Client {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<ApiResult<CallOutput<N>>>;
}

export function createClient(transport: Transport): Client {
  return {
    async call(name, input) {
      try {
        return (await transport(name, input)) as ApiResult<never>;
      } catch (e) {
        const error: ApiError = {
          code: 'internal',
          message: `Kontakten med programmet bröts (${e instanceof Error ? e.message : String(e)}).`,
          path: '',
        };
        return { ok: false, error };
      }
    },
  };
}
