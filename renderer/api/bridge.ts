// What Electron's preload exposes to the page (contextBridge): one generic invoker for every
// call of the contract, answering with its frame, and the changes Node pushes on its own. In the
// browser host it is absent.
import type { CallFrame, DocumentEvent } from '../../shared/api/frame';

export interface KlimatBridge {
  invoke(name: string, input: unknown): Promise<CallFrame>;
  /** Changes of the document no call of this page made (a file opened from the file manager, a restart). */
  onChanged?(callback: (event: DocumentEvent) => void): () => void;
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
