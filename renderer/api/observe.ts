// A transport that tells listeners about every call it carried, and knows which are still on
// their way. The document status follows the calls this way, and Spara can wait for an edit
// that is still being stored.
import type { CallName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { Transport } from '../../shared/api/client';

/** `seq` orders the calls by when they started, so a late answer never overwrites a newer one. */
export type CallListener = (name: CallName, result: ApiResult<unknown>, seq: number) => void;

const listeners = new Set<CallListener>();
const inFlight = new Set<Promise<unknown>>();
let nextSeq = 0;

export function onCallSettled(listener: CallListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Resolves when every call started so far has been answered. */
export async function callsSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

/** Counts `work` (a call, or one scheduled to start soon) as under way until it settles. */
export function track<T>(work: Promise<T>): Promise<T> {
  inFlight.add(work);
  const forget = () => inFlight.delete(work);
  work.then(forget, forget);
  return work;
}

export function observed(transport: Transport): Transport {
  return (name, input) => {
    const seq = ++nextSeq;
    return track(
      transport(name, input).then((result) => {
        for (const l of [...listeners]) l(name, result, seq);
        return result;
      }),
    );
  };
}
