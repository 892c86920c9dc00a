// What Electron's preload exposes to the page (contextBridge): one generic invoker for every
// call of the contract. In the browser host it is absent.
import type { ApiResult } from '../../shared/api/result';

export interface KlimatBridge {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Commands from Electron's application menu; returns the unsubscribe function. */
  onMenu?(callback: (command: string) => void): () => void;
}

declare global {
  interface Window {
    klimat?: KlimatBridge;
  }
}

export function electronBridge(): KlimatBridge | null {
  const b = typeof window !== 'undefined' ? window.klimat : undefined;
  return b && typeof b.invoke === 'function' ? b : null;
}
