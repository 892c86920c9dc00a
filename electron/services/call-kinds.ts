// Which calls only read the document, and so run at once even while a long import applies
// (their connection sees the plan as it was until the import commits). Every other call may
// change the document, or needs it to stay as it is (save, close, open, merge), and waits for
// the import (document/write-gate.ts). `exchange.apply` holds the gate itself for its writing.
import type { CallName } from '../../shared/api/contract';

const READS = new Set<string>([
  'document.status',
  'document.list',
  'document.recoverable',
  'plan.get',
  'plan.snapshot',
  'carbonBudget.get',
  'history.list',
  'settings.get',
  'exchange.stage',
  'exchange.preview',
  'exchange.baselinePreview',
  'exchange.discard',
  'exchange.export',
  'exchange.progress',
  'exchange.cancel',
  'merge.cancel',
  'report.pdf',
]);

const HOLDS_ITSELF = new Set<string>(['exchange.apply']);

/** Whether `name` must wait while a long import applies (and counts as a write meanwhile). */
export function waitsForImport(name: CallName): boolean {
  if (READS.has(name) || HOLDS_ITSELF.has(name)) return false;
  return !/\.(list|get)$/.test(name);
}
