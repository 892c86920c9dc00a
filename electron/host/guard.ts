// Who may talk to the browser host (DESIGN §2): requests must name the loopback host and our
// port (no DNS rebinding), come from our own page (Origin), and API calls must carry the
// per-launch token. Plain functions, so the rules are tested without a server.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function hostAllowed(headers: IncomingHttpHeaders, port: number): boolean {
  return allowedHosts(port).includes(String(headers.host ?? '').toLowerCase());
}

/** A foreign Origin is refused; no Origin (same-origin GETs, tools like curl) is allowed. */
export function originAllowed(headers: IncomingHttpHeaders, port: number): boolean {
  const origin = headers.origin;
  if (origin === undefined)
    return headers['sec-fetch-site'] === undefined || headers['sec-fetch-site'] === 'same-origin' || headers['sec-fetch-site'] === 'none';
  return allowedHosts(port).some((h) => origin === `http://${h}`);
}

export function tokenValid(headers: IncomingHttpHeaders, token: string): boolean {
  const given = Buffer.from(String(headers['x-klimat-token'] ?? ''));
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}
