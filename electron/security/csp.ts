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

/**
 * A Web Worker built as `*.worker-<hash>.js` (the optimiser's, which runs HiGHS) may compile
 * WebAssembly: 'wasm-unsafe-eval' allows that and nothing else (no eval of JavaScript). Only the
 * worker's own response carries it; a dedicated worker follows the policy of its script's
 * response, so the pages keep the strict policy above.
 */
export const WORKER_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

export function isWasmWorker(path: string): boolean {
  return /\.worker-[\w-]+\.js$/.test(path);
}

/** The security headers of one static file: the worker's policy for a WebAssembly worker. */
export function securityHeadersFor(path: string): Record<string, string> {
  return isWasmWorker(path) ? { ...SECURITY_HEADERS, 'Content-Security-Policy': WORKER_CSP } : SECURITY_HEADERS;
}
