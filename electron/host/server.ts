// The browser host's HTTP server (DESIGN §2): the built renderer and `POST /api/<call>` on
// 127.0.0.1 only. Every API call goes through the same dispatch as Electron's IPC. The body of
// the answer is the envelope; the app's page asks (header `X-Klimat-Frame: 1`) for the whole
// frame instead: the envelope under `result`, with the status and what the call changed beside it.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { dispatchFrame } from '../services/dispatch';
import type { ServiceContext } from '../services/handler';
import { SECURITY_HEADERS } from '../security/csp';
import { hostAllowed, originAllowed, tokenValid } from './guard';
import { plain, serveStatic } from './static';

const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** The page's request for whole frames (lower case: how Node names incoming headers). */
export const FRAME_HEADER = 'x-klimat-frame';

export interface Host {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

export async function startHost(ctx: ServiceContext, rendererDir: string): Promise<Host> {
  const token = randomBytes(24).toString('base64url');
  const root = resolve(rendererDir);
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!res.headersSent) plain(res, 500, `Ett oväntat fel inträffade: ${e instanceof Error ? e.message : String(e)}`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers, port) || !originAllowed(req.headers, port)) return plain(res, 403, 'Förbjudet.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return plain(res, 405, 'Endast POST.');
      if (!tokenValid(req.headers, token)) return plain(res, 403, 'Förbjudet: fel eller saknad nyckel.');
      const name = url.pathname.slice('/api/'.length);
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body.length ? JSON.parse(body) : {};
      } catch (e) {
        return json(res, { ok: false, error: { code: 'invalid', message: `Anropet kunde inte läsas (${(e as Error).message}).`, path: '' } });
      }
      const framed = req.headers[FRAME_HEADER] === '1';
      const frame = await dispatchFrame(ctx, name, input, framed);
      return json(res, framed ? frame : frame.result);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Endast GET.');
    serveStatic(root, url.pathname, res);
  }

  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

function json(res: ServerResponse, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        fail(new Error('för stort anrop'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
