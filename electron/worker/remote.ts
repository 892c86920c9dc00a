// What the document service's process asks of Electron's main process, besides file dialogs:
// the open gate's checks run in a utilityProcess only main can start, and the report prints in
// a hidden window only main can open. Each side's half lives here: the service's stand-ins
// (remoteGate, remoteTabOpener) and main's handlers (gateHost, tabHost).
import { GATE_TIMEOUT_MS, type GateOptions, type GateRunner } from '../document/gate';
import type { InspectResult } from '../document/inspect';
import type { OpenTab, PrintOptions, ReportTab } from '../report/print';
import type { ReportPayload } from '../../shared/report/options';
import type { SectionPages } from '../../shared/report/bridge';
import type { Handler, Peer } from './protocol';

/** The gate's checks, run by main; main's own timeout kills a runaway check first. */
export function remoteGate(peer: Peer): GateRunner {
  // Verdicts cross the process boundary all at once, so a batch's progress shows at its end.
  return async (copyPaths, timeoutMs, onVerdict, opts) => {
    const wait = timeoutMs * Math.max(1, copyPaths.length) + GATE_TIMEOUT_MS / 2;
    const results = await peer.request<InspectResult[]>('gate', { copyPaths, timeoutMs, opts }, { timeoutMs: wait });
    results.forEach((r, i) => onVerdict?.(i, r));
    return results;
  };
}

export function gateHost(run: GateRunner): Record<string, Handler> {
  return {
    gate: ({ copyPaths, timeoutMs, opts }: { copyPaths: string[]; timeoutMs: number; opts?: GateOptions }) => run(copyPaths, timeoutMs, undefined, opts),
  };
}

/** A report tab that lives in main: every step a request; the PDF comes back as base64. */
export function remoteTabOpener(peer: Peer): OpenTab {
  const slow = { timeoutMs: 5 * 60_000 };
  return async (): Promise<ReportTab> => {
    const tab = await peer.request<number>('tab.open', null, slow);
    return {
      load: (payload: ReportPayload) => peer.request('tab.load', { tab, payload }, slow).then(() => undefined),
      setPages: (pages: SectionPages) => peer.request('tab.setPages', { tab, pages }, slow).then(() => undefined),
      print: async (options: PrintOptions) => Buffer.from(await peer.request<string>('tab.print', { tab, options }, slow), 'base64'),
      close: () => peer.request('tab.close', { tab }, slow).then(() => undefined),
    };
  };
}

export function tabHost(open: OpenTab): Record<string, Handler> {
  const tabs = new Map<number, ReportTab>();
  let next = 1;
  const tabOf = (id: number): ReportTab => {
    const t = tabs.get(id);
    if (!t) throw new Error('Rapportfönstret finns inte längre.');
    return t;
  };
  return {
    'tab.open': async () => {
      const id = next++;
      tabs.set(id, await open());
      return id;
    },
    'tab.load': ({ tab, payload }: { tab: number; payload: ReportPayload }) => tabOf(tab).load(payload),
    'tab.setPages': ({ tab, pages }: { tab: number; pages: SectionPages }) => tabOf(tab).setPages(pages),
    'tab.print': async ({ tab, options }: { tab: number; options: PrintOptions }) => (await tabOf(tab).print(options)).toString('base64'),
    'tab.close': async ({ tab }: { tab: number }) => {
      const t = tabs.get(tab);
      tabs.delete(tab);
      await t?.close();
    },
  };
}
