// A transport that tells listeners about every frame it carried (and about the changes Node
// pushed on its own), and knows which calls are still on their way. The document status and the
// plan follow the frames this way, and Spara can wait for an edit that is still being stored.
import type { CallName } from '../../shared/api/contract';
import type { CallFrame, DocumentEvent } from '../../shared/api/frame';
import type { Transport } from '../../shared/api/client';

/** `name` is the call the frame answers, or null for a change Node pushed. */
export type FrameListener = (frame: CallFrame | DocumentEvent, name: CallName | null) => void;

const listeners = new Set<FrameListener>();
const inFlight = new Set<Promise<unknown>>();

export function onFrame(listener: FrameListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function tell(frame: CallFrame | DocumentEvent, name: CallName | null): void {
  for (const l of [...listeners]) l(frame, name);
}

/** A change Node pushed (Electron): followed exactly as a call's frame. */
export function pushed(event: DocumentEvent): void {
  tell(event, null);
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
  return (name, input) =>
    track(
      transport(name, input).then((frame) => {
        tell(frame, name);
        return frame;
      }),
    );
}
