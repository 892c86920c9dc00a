// The message protocol between Electron's main process and the document service's process,
// over a real MessageChannel (the utilityProcess's port in Electron): requests both ways,
// events, errors, timeouts and a closed channel all settle with a Swedish sentence.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { makePort, Peer, PeerError, type Handler } from '../../../electron/worker/protocol';

const open: MessagePort[] = [];
afterEach(() => {
  for (const p of open.splice(0)) p.close();
});

function portOf(p: MessagePort) {
  open.push(p);
  return makePort(
    (m) => p.postMessage(m),
    (listener) => {
      p.on('message', listener);
      return () => p.off('message', listener);
    },
  );
}

function pair(aHandlers: Record<string, Handler> = {}, bHandlers: Record<string, Handler> = {}, events: [string, unknown][] = []) {
  const { port1, port2 } = new MessageChannel();
  const a = new Peer(portOf(port1), aHandlers, { timeoutMs: 2_000 });
  const b = new Peer(portOf(port2), bHandlers, { onEvent: (name, payload) => events.push([name, payload]) });
  return { a, b, port1, port2 };
}

async function failure(p: Promise<unknown>): Promise<PeerError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PeerError) return e;
    throw e;
  }
  throw new Error('the request should have failed');
}

describe('the document service protocol', () => {
  it('answers requests in both directions, matched by id whatever the order of the answers', async () => {
    const { a, b } = pair(
      { choose: ({ kind }: { kind: string }) => `/tmp/${kind}.klimat` },
      {
        slow: async (n: number) => {
          await new Promise((r) => setTimeout(r, 50));
          return n * 2;
        },
        fast: (n: number) => n + 1,
      },
    );
    const [slow, fast] = await Promise.all([a.request('slow', 20), a.request('fast', 20)]);
    expect([slow, fast]).toEqual([40, 21]);
    expect(await b.request('choose', { kind: 'saveAs' })).toBe('/tmp/saveAs.klimat');
  });

  it('carries events to the other side', async () => {
    const events: [string, unknown][] = [];
    const { a } = pair({}, {}, events);
    a.notify('session', { id: 'x', filePath: null, readOnly: false });
    await expect.poll(() => events).toEqual([['session', { id: 'x', filePath: null, readOnly: false }]]);
  });

  it("turns the other side's error, and an unknown request, into a PeerError with the message", async () => {
    const { a } = pair({}, { boom: () => Promise.reject(new Error('Filen är låst.')) });
    const e = await failure(a.request('boom'));
    expect(e.kind).toBe('remote');
    expect(e.message).toBe('Filen är låst.');
    const unknown = await failure(a.request('nothing'));
    expect(unknown.kind).toBe('remote');
    expect(unknown.message).toContain('känner inte till "nothing"');
  });

  it('gives up on a request after its timeout, in Swedish, and drops the late answer', async () => {
    let release: (v: string) => void = () => {};
    const { a } = pair({}, { hang: () => new Promise<string>((r) => (release = r)), echo: (v: unknown) => v });
    const e = await failure(a.request('hang', null, { timeoutMs: 100 }));
    expect(e.kind).toBe('timeout');
    expect(e.message).toBe('Dokumenttjänsten svarade inte inom 100 millisekunder.');
    release('late');
    // The channel still works after a late answer came and was dropped.
    await new Promise((r) => setTimeout(r, 20));
    await expect(a.request('echo', 'next')).resolves.toBe('next');
  });

  it('a timeout of 0 waits as long as it takes (a dialog the user has open)', async () => {
    const { a } = pair({}, { later: () => new Promise((r) => setTimeout(() => r('chosen'), 300)) });
    await expect(a.request('later', null, { timeoutMs: 0 })).resolves.toBe('chosen');
  });

  it('fails every waiting request when the channel closes, and every later one at once', async () => {
    const { a } = pair({}, { hang: () => new Promise(() => {}) });
    const waiting = failure(a.request('hang'));
    a.close('Dokumenttjänsten stannade oväntat.');
    const e = await waiting;
    expect(e.kind).toBe('closed');
    expect(e.message).toBe('Dokumenttjänsten stannade oväntat.');
    expect((await failure(a.request('hang'))).message).toBe('Dokumenttjänsten stannade oväntat.');
    expect(a.closed).toBe(true);
  });

  it('a value that cannot be sent fails its own request, not the sender', async () => {
    const { a } = pair({}, { echo: (v: unknown) => v });
    const e = await failure(a.request('echo', { f: () => 1 }));
    expect(e.message).toContain('kunde inte skickas');
    await expect(a.request('echo', 'still works')).resolves.toBe('still works');
  });

  it('ignores messages that are not of the protocol', async () => {
    const { a, port1 } = pair({}, { echo: (v: unknown) => v });
    port1.postMessage('garbage');
    port1.postMessage({ t: 'res', id: 'x' });
    port1.postMessage(null);
    await expect(a.request('echo', 7)).resolves.toBe(7);
  });
});
