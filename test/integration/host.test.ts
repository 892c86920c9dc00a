// The browser host's guard (DESIGN §2 "The browser host"): an API call without the token, with
// a wrong token, a foreign Host header or a foreign Origin gets 403 and touches nothing; static
// files need no token; no directory listing; no way out of the renderer's folder.
import { readFileSync } from 'node:fs';
import type { CallFrame } from '../../shared/api/frame';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, RENDERER_INDEX, sha256, tempDir, useTempDataDir } from '../support/env';
import { writeDocument } from '../support/documents';
import { startHost, stopHosts, type HostProcess, type RawRequest } from '../support/processes';

let host: HostProcess;
let file: string;

beforeAll(async () => {
  useTempDataDir();
  file = writeDocument(tempDir('host'), 'plan.klimat');
  host = await startHost([file]);
});
afterAll(async () => {
  await stopHosts();
  removeTempDirs();
});

const update = (headers: Record<string, string>): RawRequest => ({
  method: 'POST',
  path: '/api/plan.update',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify({ changes: { title: 'Inbrott' } }),
});

describe('browser host guard', () => {
  async function untouched(): Promise<void> {
    const status = await host.call('document.status');
    expect(status.ok && status.value).toMatchObject({ open: true, dirty: false, title: 'Klimatinvesteringsplan 2025–2045 (exempel)' });
    const history = await host.call('history.list', {});
    expect(history.ok && history.value.total).toBe(before.history);
    expect(sha256(file)).toBe(before.hash);
  }
  const before = { hash: '', history: 0 };
  beforeAll(async () => {
    before.hash = sha256(file);
    const h = await host.call('history.list', {});
    before.history = h.ok ? h.value.total : -1;
  });

  const refusals: [string, () => Record<string, string>][] = [
    ['without the token', () => ({})],
    // The last character changed for sure (a random token may itself end in "x").
    ['with a wrong token', () => ({ 'X-Klimat-Token': `${host.token.slice(0, -1)}${host.token.endsWith('x') ? 'y' : 'x'}` })],
    ['with an empty token', () => ({ 'X-Klimat-Token': '' })],
    ['with the token in the query instead of the header', () => ({})],
    ['with a foreign Host header (DNS rebinding)', () => ({ 'X-Klimat-Token': host.token, Host: `evil.example:${host.port}` })],
    ['with the right host name but another port', () => ({ 'X-Klimat-Token': host.token, Host: `127.0.0.1:${host.port + 1}` })],
    ['from a foreign Origin', () => ({ 'X-Klimat-Token': host.token, Origin: 'http://evil.example' })],
    ['from a foreign Origin on loopback (another local server)', () => ({ 'X-Klimat-Token': host.token, Origin: `http://127.0.0.1:${host.port + 1}` })],
    ['from a cross-site fetch without Origin', () => ({ 'X-Klimat-Token': host.token, 'Sec-Fetch-Site': 'cross-site' })],
  ];
  for (const [label, headers] of refusals) {
    it(`an API call ${label} gets 403 and changes nothing`, async () => {
      const req = update(headers());
      if (label.includes('query')) req.path += `?token=${host.token}`;
      const res = await host.request(req);
      expect(res.status).toBe(403);
      expect(res.body).toMatch(/^Förbjudet/);
      await untouched();
    });
  }

  it('the same call with the token, from our own origin, is accepted (the guard is not simply closed)', async () => {
    const res = await host.request(update({ 'X-Klimat-Token': host.token, Origin: `http://localhost:${host.port}`, Host: `localhost:${host.port}` }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { title: 'Inbrott' } });
    // Put back (the undo is itself logged, so later tests count from here).
    expect(await host.call('history.undo')).toMatchObject({ ok: true, value: { title: 'Klimatinvesteringsplan 2025–2045 (exempel)' } });
    expect(sha256(file)).toBe(before.hash);
  });

  it('answers the envelope as DESIGN §2 says; with X-Klimat-Frame the whole frame: envelope, status and what changed', async () => {
    const plain = await host.request({ ...update({ 'X-Klimat-Token': host.token }), path: '/api/document.status', body: '{}' });
    expect(Object.keys(JSON.parse(plain.body)).sort()).toEqual(['ok', 'value']);
    const res = await host.request(update({ 'X-Klimat-Token': host.token, 'X-Klimat-Frame': '1' }));
    const frame = JSON.parse(res.body) as CallFrame;
    expect(frame.result).toMatchObject({ ok: true, value: { title: 'Inbrott' } });
    expect(frame.status).toMatchObject({ dirty: true, canUndo: true, title: 'Inbrott' });
    expect(frame.change).toMatchObject({ effect: 'plan', replaced: false, plan: { settings: { title: 'Inbrott' } } });
    expect(await host.call('history.undo')).toMatchObject({ ok: true });
  });

  it('a GET on the API is refused (POST only)', async () => {
    const res = await host.request({ path: '/api/plan.snapshot', headers: { 'X-Klimat-Token': host.token } });
    expect(res.status).toBe(405);
  });

  it('serves the renderer without a token', async () => {
    const index = await host.request({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toMatch(/text\/html/);
    expect(index.body).toBe(readFileSync(RENDERER_INDEX, 'utf8'));
    const asset = /src="(?:\.\/|\/)?(assets\/[^"]+\.js)"/.exec(index.body)?.[1];
    expect(asset).toBeTruthy();
    const js = await host.request({ path: `/${asset}` });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
  });

  it('static files are also refused to a foreign Host', async () => {
    expect((await host.request({ path: '/', headers: { Host: 'evil.example' } })).status).toBe(403);
  });

  it('gives no directory listing', async () => {
    for (const path of ['/assets/', '/assets', '/assets/.', '/assets/./', '/icon.svg/']) {
      const res = await host.request({ path });
      expect(res.status, path).not.toBe(200);
      expect(res.body, path).not.toMatch(/\.js\b/);
    }
  });

  it('path traversal gives 404 and leaks nothing', async () => {
    const paths = [
      '/../package.json',
      '/../../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/assets/..%2f..%2f..%2fpackage.json',
      '/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/index.html%00.js',
      '/%252e%252e/package.json',
    ];
    for (const path of paths) {
      const res = await host.request({ path });
      expect([400, 404], `${path} → ${res.status}`).toContain(res.status);
      expect(res.body, path).not.toMatch(/klimatinvesteringsplan|root:x:0/);
    }
  });
});
