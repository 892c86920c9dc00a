// Electron's security settings as plain data and functions, so that Node tests can assert them
// (Electron's runtime cannot start on the build machines). main.ts only wires them up.
import type { BrowserWindowConstructorOptions } from 'electron';

/** The renderer is served from this origin, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'klimat';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

export const IPC_INVOKE = 'klimat:invoke';
export const IPC_MENU = 'klimat:menu';
/** Changes of the document Node pushes to the page without a call (see shared/api/frame.ts). */
export const IPC_CHANGED = 'klimat:changed';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Klimatinvesteringsplan',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}

/** Only our own pages may call the API: the top frame of the app:// origin. */
export function isTrustedSender(frame: { url: string; parent?: unknown } | null | undefined): boolean {
  if (!frame || frame.parent) return false;
  try {
    const u = new URL(frame.url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The window never navigates away from the app (links, drag-and-drop, injected content). */
export function isAllowedNavigation(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Every permission request (camera, notifications, geolocation …) is denied. */
export const denyAllPermissions = (): false => false;
