// The renderer's only door to Node: one `invoke` for every call of the API contract, and the
// menu commands. Runs sandboxed with context isolation; exposes no Node object.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

// Kept literal (not imported) so that the sandboxed preload bundle requires nothing but electron.
const IPC_INVOKE = 'klimat:invoke';
const IPC_MENU = 'klimat:menu';

contextBridge.exposeInMainWorld('klimat', {
  invoke: (name: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_INVOKE, String(name), input),
  onMenu: (callback: (command: string) => void): (() => void) => {
    const listener = (_e: IpcRendererEvent, command: unknown) => callback(String(command));
    ipcRenderer.on(IPC_MENU, listener);
    return () => ipcRenderer.removeListener(IPC_MENU, listener);
  },
});
