// Which transport carries the calls: Electron's preload bridge when there is one, else the
// browser host's HTTP API. Nothing above this module knows which.
import type { Transport } from '../../shared/api/client';
import type { DocumentEvent } from '../../shared/api/frame';
import { electronBridge } from './bridge';
import { httpTransport } from './http-transport';

export interface Carrier {
  carry: Transport;
  /** Changes Node pushes without a call (Electron); the browser host has none: one page, one host. */
  events(listener: (event: DocumentEvent) => void): () => void;
}

export function pickTransport(): Carrier {
  const bridge = electronBridge();
  if (bridge) {
    return {
      carry: (name, input) => bridge.invoke(name, input),
      events: (listener) => bridge.onChanged?.(listener) ?? (() => {}),
    };
  }
  return { carry: httpTransport(), events: () => () => {} };
}
