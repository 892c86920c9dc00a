// The report printed by Electron's own Chromium: a hidden window loads app://klimat/report.html
// (served by the same protocol handler as the app, with the same CSP), gets the payload through
// executeJavaScript, and prints with webContents.printToPDF. electron/main.ts passes the
// BrowserWindow class in, so this module needs no Electron at run time and the bundles for the
// CLI and the browser host never load it.
import type { BrowserWindow as ElectronWindow, BrowserWindowConstructorOptions } from 'electron';
import { ApiFailure } from '../../shared/api/result';
import { BRIDGE_GLOBAL } from '../../shared/report/bridge';
import type { OpenTab, PrintOptions, ReportTab } from './print';

type WindowClass = new (options: BrowserWindowConstructorOptions) => ElectronWindow;

const inches = (mm: number) => mm / 25.4;

export function electronTabOpener(BrowserWindow: WindowClass, reportUrl: string): OpenTab {
  return async (): Promise<ReportTab> => {
    const win = new BrowserWindow({
      show: false,
      width: 800,
      height: 1130,
      // Not throttled although hidden: the page draws its charts and decodes its images unseen.
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, spellcheck: false, backgroundThrottling: false },
    });
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    win.webContents.on('will-navigate', (e) => e.preventDefault());
    const run = async (js: string): Promise<void> => {
      try {
        await win.webContents.executeJavaScript(js, true);
      } catch (e) {
        throw new ApiFailure('internal', `Rapporten kunde inte ritas: ${e instanceof Error ? e.message : String(e)}`);
      }
    };
    await win.loadURL(reportUrl);
    return {
      // JSON is a JavaScript expression, so the payload goes in as data, never as code of its own.
      load: (payload) => run(`window[${JSON.stringify(BRIDGE_GLOBAL)}].load(${JSON.stringify(payload)})`),
      setPages: (pages) => run(`window[${JSON.stringify(BRIDGE_GLOBAL)}].setPages(${JSON.stringify(pages)})`),
      print: async (o: PrintOptions) =>
        Buffer.from(
          await win.webContents.printToPDF({
            pageSize: 'A4',
            printBackground: true,
            displayHeaderFooter: true,
            headerTemplate: o.headerTemplate,
            footerTemplate: o.footerTemplate,
            margins: { top: inches(o.margins.top), bottom: inches(o.margins.bottom), left: inches(o.margins.left), right: inches(o.margins.right) },
            generateTaggedPDF: o.tagged,
            generateDocumentOutline: o.tagged,
          }),
        ),
      close: async () => win.destroy(),
    };
  };
}
