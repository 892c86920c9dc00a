// The browser host's transport: `POST /api/<call name>` with the JSON input and the token,
// asking for the whole frame (the envelope, the status and what the call changed). The host
// answers every call with HTTP 200; 403 means the page itself was refused.
import type { CallFrame } from '../../shared/api/frame';
import type { Transport } from '../../shared/api/client';
import { accessDenied } from './access-denied';
import { hostToken } from './token';

const ACCESS_DENIED_MESSAGE = 'Programmet nekade åtkomst (ogiltig eller saknad behörighetsnyckel). Öppna adressen som programmet skrev ut vid start.';

export function httpTransport(): Transport {
  // Resolved against the page, so it works whatever path the host serves the app under.
  const base = new URL('api/', document.baseURI);
  return async (name, input) => {
    const response = await fetch(new URL(encodeURIComponent(name), base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Klimat-Token': hostToken() ?? '', 'X-Klimat-Frame': '1' },
      body: JSON.stringify(input ?? {}),
      cache: 'no-store',
    });
    if (response.status === 403) {
      accessDenied.set(true);
      return { result: { ok: false, error: { code: 'forbidden', message: ACCESS_DENIED_MESSAGE, path: '' } } };
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as CallFrame;
  };
}
