// Serves the built renderer: files only (no directory listing), nothing outside its folder.
import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { SECURITY_HEADERS, securityHeadersFor } from '../security/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * The file a URL path names inside `root`, or null: only regular files, never a folder
 * (no listing), never outside `root`. Electron's app:// protocol uses the same rule.
 */
export function resolveStaticFile(root: string, urlPath: string): { path: string; size: number; type: string } | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel === '/' || rel === '') rel = '/index.html';
  const path = normalize(join(root, rel));
  if (!path.startsWith(root + sep) || rel.includes('\0')) return null;
  try {
    const st = statSync(path);
    return st.isFile() ? { path, size: st.size, type: TYPES[extname(path)] ?? 'application/octet-stream' } : null;
  } catch {
    return null;
  }
}

export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const file = resolveStaticFile(root, urlPath);
  if (!file) return plain(res, 404, 'Finns inte.');
  const { path, size } = file;
  res.writeHead(200, {
    ...securityHeadersFor(path),
    'Content-Type': file.type,
    'Content-Length': size,
    'Cache-Control': 'no-cache',
  });
  createReadStream(path).pipe(res);
}

export function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}
