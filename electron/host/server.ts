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
import { logInternalError } from '../app-data/error-log';

export const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** A body this much over the limit is not read to its end: the connection is closed. */
const MAX_DISCARDED_BYTES = 1024 * 1024 * 1024;

const TOO_LARGE_CALL = `Anropet är för stort (högst ${MAX_BODY_BYTES / (1024 * 1024)} MB); en fil som läses in får vara högst 25 MB.`;

class BodyTooLarge extends Error {}
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
      logInternalError(e);
      if (!res.headersSent) plain(res, 500, 'Ett oväntat fel inträffade; detaljerna finns i programmets fellogg (errors.log).');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers, port) || !originAllowed(req.headers, port)) return plain(res, 403, 'Förbjudet.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return plain(res, 405, 'Endast POST.');
      if (!tokenValid(req.headers, token)) return plain(res, 403, 'Förbjudet: fel eller saknad nyckel.');
      const name = url.pathname.slice('/api/'.length);
      let body: string;
      try {
        body = await readBody(req);
      } catch (e) {
        if (e instanceof BodyTooLarge) return json(res, { ok: false, error: { code: 'invalid', message: TOO_LARGE_CALL, path: '' } }, 413);
        throw e;
      }
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return json(res, { ok: false, error: { code: 'invalid', message: 'Anropet kunde inte läsas: det är inte giltig JSON.', path: '' } });
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

function json(res: ServerResponse, value: unknown, status = 200): void {
  const body = JSON.stringify(value);
  const close = status === 413 ? { Connection: 'close' } : {};
  res.writeHead(status, { ...SECURITY_HEADERS, ...close, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}

/**
 * The request's body as text. One over the limit is read to its end without being kept, and
 * then refused (BodyTooLarge → 413 with a Swedish message): answering while the client still
 * sends would reset its connection, and it would never see why.
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    if (Number(req.headers['content-length']) > MAX_DISCARDED_BYTES) {
      req.destroy();
      fail(new BodyTooLarge());
      return;
    }
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
      else if (chunks.length) chunks.length = 0;
      if (size > MAX_DISCARDED_BYTES) req.destroy();
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? fail(new BodyTooLarge()) : ok(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', fail);
  });
}
