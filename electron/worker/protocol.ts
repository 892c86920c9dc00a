// The message protocol between Electron's main process and the document service's process
// (a utilityProcess; a Node child process or a MessageChannel in the tests): requests with ids
// and answers, in both directions, and events. Plain Node, no Electron: unit-tested as it is.
// Whatever happens at the other end — an error, no answer in time, the process gone — a request
// settles with a Swedish sentence; nothing hangs and nothing thrown crosses over raw.

export type Message =
  | { t: 'req'; id: number; method: string; payload: unknown }
  | { t: 'res'; id: number; ok: true; value: unknown }
  | { t: 'res'; id: number; ok: false; error: string }
  | { t: 'evt'; name: string; payload: unknown };

/** One end of a channel: what a utilityProcess, a child process or a MessagePort each offer, in one shape. */
export interface Port {
  post(message: Message): void;
  /** Returns the function that stops listening. */
  listen(listener: (message: unknown) => void): () => void;
}

export type PeerErrorKind = 'remote' | 'timeout' | 'closed';

/** A request that did not get its value: the other side failed, answered too late, or is gone. */
export class PeerError extends Error {
  constructor(
    readonly kind: PeerErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'PeerError';
  }
}

export type Handler = (payload: never) => unknown;

export interface PeerOptions {
  /** Per request, unless the request says otherwise; 0 waits for ever (a dialog the user has open). */
  timeoutMs?: number;
  onEvent?(name: string, payload: unknown): void;
}

export const timeoutMessage = (ms: number) => `Dokumenttjänsten svarade inte inom ${ms >= 1000 ? `${Math.round(ms / 1000)} sekunder` : `${ms} millisekunder`}.`;
export const CLOSED_MESSAGE = 'Kontakten med dokumenttjänsten bröts.';

function isMessage(m: unknown): m is Message {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  if (r.t === 'req') return typeof r.id === 'number' && typeof r.method === 'string';
  if (r.t === 'res') return typeof r.id === 'number' && typeof r.ok === 'boolean';
  return r.t === 'evt' && typeof r.name === 'string';
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: PeerError): void;
  timer?: ReturnType<typeof setTimeout>;
}

export class Peer {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly stop: () => void;
  private closedWith: string | null = null;

  constructor(
    private readonly port: Port,
    private readonly handlers: Record<string, Handler>,
    private readonly opts: PeerOptions = {},
  ) {
    this.stop = port.listen((m) => this.receive(m));
  }

  /** Asks the other side; settles with its value or a PeerError. */
  request<T = unknown>(method: string, payload: unknown = null, opts: { timeoutMs?: number } = {}): Promise<T> {
    if (this.closedWith !== null) return Promise.reject(new PeerError('closed', this.closedWith));
    const id = this.nextId++;
    const ms = opts.timeoutMs ?? this.opts.timeoutMs ?? 0;
    return new Promise<T>((resolve, reject) => {
      const p: Pending = { resolve: resolve as (v: unknown) => void, reject };
      if (ms > 0) {
        p.timer = setTimeout(() => {
          this.pending.delete(id);
          reject(new PeerError('timeout', timeoutMessage(ms)));
        }, ms);
      }
      this.pending.set(id, p);
      this.send({ t: 'req', id, method, payload }, (e) => this.settle(id, null, e));
    });
  }

  notify(name: string, payload: unknown = null): void {
    if (this.closedWith === null) this.send({ t: 'evt', name, payload });
  }

  /** The other side is gone: every request still waiting fails with `reason`; later ones at once. */
  close(reason = CLOSED_MESSAGE): void {
    if (this.closedWith !== null) return;
    this.closedWith = reason;
    this.stop();
    for (const id of [...this.pending.keys()]) this.settle(id, null, reason);
  }

  get closed(): boolean {
    return this.closedWith !== null;
  }

  private send(m: Message, onError?: (message: string) => void): void {
    // An answer for a channel that is gone has nowhere to go.
    if (this.closedWith !== null && m.t !== 'req') return;
    try {
      this.port.post(m);
    } catch (e) {
      // A value that cannot be sent (or a port already shut) fails its request, not the sender.
      onError?.(`Meddelandet kunde inte skickas till dokumenttjänsten (${e instanceof Error ? e.message : String(e)}).`);
    }
  }

  private settle(id: number, value: { v: unknown } | null, error?: string, kind: PeerErrorKind = 'closed'): void {
    const p = this.pending.get(id);
    if (!p) return; // answered after its timeout: dropped
    this.pending.delete(id);
    if (p.timer) clearTimeout(p.timer);
    if (value) p.resolve(value.v);
    else p.reject(new PeerError(kind, error ?? CLOSED_MESSAGE));
  }

  private receive(raw: unknown): void {
    if (!isMessage(raw)) return;
    if (raw.t === 'res') {
      if (raw.ok) this.settle(raw.id, { v: raw.value });
      else this.settle(raw.id, null, raw.error, 'remote');
    } else if (raw.t === 'evt') {
      this.opts.onEvent?.(raw.name, raw.payload);
    } else {
      void this.answer(raw.id, raw.method, raw.payload);
    }
  }

  private async answer(id: number, method: string, payload: unknown): Promise<void> {
    const handler = Object.prototype.hasOwnProperty.call(this.handlers, method) ? this.handlers[method] : undefined;
    if (!handler) {
      this.send({ t: 'res', id, ok: false, error: `Dokumenttjänsten känner inte till "${method}".` });
      return;
    }
    try {
      const value = await handler(payload as never);
      this.send({ t: 'res', id, ok: true, value }, (error) => this.send({ t: 'res', id, ok: false, error }));
    } catch (e) {
      this.send({ t: 'res', id, ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  }
}

/** A Port over a send function and an event source (a process, a utilityProcess, a MessagePort). */
export function makePort(send: (m: Message) => void, subscribe: (listener: (m: unknown) => void) => () => void): Port {
  return { post: send, listen: subscribe };
}
