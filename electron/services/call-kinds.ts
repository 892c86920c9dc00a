// Which calls wait while a long import applies. A call that changes nothing (effect 'none')
// runs at once: its connection sees the plan as it was until the import commits. Every other
// call may change the document, or needs it to stay as it is (save, close, open, merge), and
// waits for the import (document/write-gate.ts). `exchange.apply` holds the gate itself.
import { effectOf, type CallName } from '../../shared/api/contract';

const HOLDS_ITSELF = new Set<CallName>(['exchange.apply']);

/** Whether `name` must wait while a long import applies (and counts as a write meanwhile). */
export function waitsForImport(name: CallName): boolean {
  return effectOf(name) !== 'none' && !HOLDS_ITSELF.has(name);
}
