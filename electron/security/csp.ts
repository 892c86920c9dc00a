// The Content-Security-Policy of the renderer, the same for Electron's app:// protocol and the
// browser host: only our own scripts, no inline script, no remote anything.
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // ag-grid and chart.js set styles from script; inline style is their only need.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Headers every response of the renderer carries. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
