// Electron's main process keeps the document service in its own process: it starts it, forwards
// each call of the page to it and returns its frame, answers what the service asks of the main
// process (a file dialog, the open gate's process, printing), and, when the service's process
// dies or stops answering, answers the calls under way with a Swedish sentence, starts a new one
// and reopens the plan there (every edit is already in the working copy). Plain Node: the
// utilityProcess is plugged in by main.ts, a Node child process by the tests.
import type { CallFrame, DocumentEvent } from '../../shared/api/frame';
import { fail } from '../../shared/api/result';
import type { DocumentStatus } from '../../shared/api/status';
import { Peer, PeerError, type Handler, type Port } from './protocol';
import type { RollupChoice, SessionInfo, WorkerEvents } from './service';

export interface WorkerHandle {
  port: Port;
  /** Called once when the process ends, for whatever reason. */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export interface SupervisorOptions {
  spawn(): WorkerHandle;
  /** What the service may ask of this process (choose, gate, tab.*). */
  host: Record<string, Handler>;
  /** A change no call of the page made (a restart, a file opened from the file manager). */
  onEvent(event: DocumentEvent): void;
  /** A call that takes longer is taken for a hung service (default 5 minutes). */
  callTimeoutMs?: number;
  /** More crashes than this within `crashWindowMs` and the service is not started again. */
  maxRestarts?: number;
  crashWindowMs?: number;
}

export const CRASHED =
  'Dokumenttjänsten stannade oväntat och har startats om. Ändringar som hann sparas i arbetskopian finns kvar; gör om det senaste och försök igen.';
export const GAVE_UP = 'Dokumenttjänsten stannade upprepade gånger och startas inte igen. Starta om programmet; osparat arbete erbjuds då att återställas.';

interface Running {
  peer: Peer;
  worker: WorkerHandle;
  /** Set when this process was stopped on purpose (shutdown, or a hang that was ended). */
  ending: boolean;
}

export class Supervisor {
  private running: Running | null = null;
  private crashes: number[] = [];
  private gaveUp = false;
  /** Node counts changes per process: frames of a new process are numbered on from the last seen. */
  private seqBase = 0;
  private lastSeq = -1;
  private session: SessionInfo | null = null;
  /** Settles when a restarted service has reopened the plan; calls wait for it. */
  private ready: Promise<void> = Promise.resolve();
  lastStatus: DocumentStatus | null = null;

  constructor(private readonly opts: SupervisorOptions) {}

  /** Starts the service and has it open the first plan (`start` of service.ts). */
  async start(payload: WorkerEvents['start']): Promise<DocumentEvent & { error?: string }> {
    this.launch();
    return this.ask('start', payload);
  }

  /** One call of the page: its frame, whatever happens to the service. */
  async call(name: string, input: unknown, rollup?: RollupChoice): Promise<CallFrame> {
    await this.ready;
    const r = this.running;
    if (!r) return { result: fail('internal', this.gaveUp ? GAVE_UP : CRASHED) };
    try {
      const frame = await r.peer.request<CallFrame>('call', { name, input, rollup }, { timeoutMs: this.opts.callTimeoutMs ?? 5 * 60_000 });
      return this.number(frame);
    } catch (e) {
      if (e instanceof PeerError && e.kind === 'timeout') this.hung(r);
      const message = e instanceof PeerError && e.kind === 'remote' ? `Ett oväntat fel inträffade: ${e.message}` : this.gaveUp ? GAVE_UP : CRASHED;
      return { result: fail('internal', e instanceof PeerError && e.kind === 'timeout' ? `${e.message} ${CRASHED}` : message) };
    }
  }

  /** A request of main.ts itself (open a file from the file manager). */
  async internal(method: 'open', payload: WorkerEvents['open']): Promise<DocumentEvent & { error?: string }> {
    await this.ready;
    return this.ask(method, payload);
  }

  private async ask(method: 'start' | 'open' | 'resume', payload: unknown): Promise<DocumentEvent & { error?: string }> {
    if (!this.running) return { error: this.gaveUp ? GAVE_UP : CRASHED };
    try {
      return this.number(await this.running.peer.request<DocumentEvent & { error?: string }>(method, payload, { timeoutMs: 0 }));
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }

  /** Closes the plan (unsaved work stays for recovery) and ends the service. */
  async shutdown(): Promise<void> {
    const r = this.running;
    if (!r) return;
    r.ending = true;
    try {
      await r.peer.request('close', null, { timeoutMs: 10_000 });
    } catch {
      // Ending anyway: the working copy keeps every edit.
    }
    r.peer.close();
    r.worker.kill();
    this.running = null;
  }

  private number<T extends { seq?: number; status?: DocumentStatus }>(frame: T): T {
    if (frame.seq !== undefined) {
      frame.seq += this.seqBase;
      this.lastSeq = Math.max(this.lastSeq, frame.seq);
    }
    if (frame.status) this.lastStatus = frame.status;
    return frame;
  }

  private launch(): void {
    const worker = this.opts.spawn();
    const r: Running = { worker, ending: false, peer: null as unknown as Peer };
    r.peer = new Peer(worker.port, this.opts.host, {
      onEvent: (name, payload) => {
        if (name === 'session') this.session = payload as SessionInfo | null;
      },
    });
    this.running = r;
    worker.onExit(() => this.exited(r));
  }

  /** A call got no answer in time: the service is taken for hung and replaced at once. */
  private hung(r: Running): void {
    r.ending = true;
    r.peer.close(CRASHED);
    r.worker.kill();
    if (this.running !== r) return;
    this.running = null;
    this.crashed();
  }

  private exited(r: Running): void {
    r.peer.close(CRASHED);
    if (this.running !== r || r.ending) return;
    this.running = null;
    this.crashed();
  }

  private crashed(): void {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < (this.opts.crashWindowMs ?? 60_000)), now];
    if (this.crashes.length > (this.opts.maxRestarts ?? 3)) {
      this.gaveUp = true;
      return;
    }
    this.ready = this.restart();
  }

  private async restart(): Promise<void> {
    this.seqBase = this.lastSeq + 1;
    this.launch();
    const { error, ...event } = await this.ask('resume', this.session);
    if (!error) this.opts.onEvent(event);
  }
}
