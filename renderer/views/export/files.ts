// Getting a file to Node and an export to the user, whichever host the page runs in. Electron
// has system dialogs (Node opens them); in the browser host the user picks a file in the page,
// which sends its bytes, and an export arrives as a download, where a browser user looks for it.
import type { CallOutput } from '../../../shared/api/contract';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../../shared/exchange/limits';
import { client } from '../../api/client';

export type Staged = CallOutput<'exchange.stage'>;
export type Purpose = 'table' | 'statistics';

/** Asks the user for a file in the page (browser host): resolves with it, or null if none was chosen. */
export function pickLocalFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export type StageResult = { ok: true; staged: Staged } | { ok: false; message: string };

/** Sends a picked file to Node to be staged; a file over the limit is refused before it is read. */
export async function stageUpload(file: File, purpose: Purpose, taskId: string): Promise<StageResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: tooLargeMessage(file.size) };
  const base64 = await base64Of(file);
  const r = await client.call('exchange.stage', { from: 'upload', name: file.name, base64, purpose, taskId });
  return r.ok ? { ok: true, staged: r.value } : { ok: false, message: r.error.message };
}

/** Electron: Node shows the system dialog. */
export async function stageByDialog(purpose: Purpose, taskId: string): Promise<StageResult> {
  const r = await client.call('exchange.stage', { from: 'dialog', purpose, taskId });
  return r.ok ? { ok: true, staged: r.value } : { ok: false, message: r.error.message };
}

/** Hands bytes from Node to the browser as a download. */
export function download(fileName: string, mime: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
