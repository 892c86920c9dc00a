// The renderer's only door to Node: one `invoke` for every call of the API contract (answered
// with its frame), the changes Node pushes, and the menu commands. Runs sandboxed with context
// isolation; exposes no Node object.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

// Kept literal (not imported) so that the sandboxed preload bundle requires nothing but electron.
const IPC_INVOKE = 'klimat:invoke';
const IPC_MENU = 'klimat:menu';
const IPC_CHANGED = 'klimat:changed';

function subscribe(channel: string, callback: (value: unknown) => void): () => void {
  const listener = (_e: IpcRendererEvent, value: unknown) => callback(value);
  ipcRenderer.on(channel, listener);
  return () => ipcRenderer.removeListener(channel, listener);
}

contextBridge.exposeInMainWorld('klimat', {
  invoke: (name: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_INVOKE, String(name), input),
  onChanged: (callback: (event: unknown) => void): (() => void) => subscribe(IPC_CHANGED, callback),
  onMenu: (callback: (command: string) => void): (() => void) => subscribe(IPC_MENU, (c) => callback(String(c))),
});
