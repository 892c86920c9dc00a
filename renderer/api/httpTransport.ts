// The browser host's transport: `POST /api/<call name>` with the JSON input and the token.
// The host answers every call with HTTP 200 and the envelope; 403 means the page itself was
// refused.
import type { ApiResult } from '../../shared/api/result';
import type { Transport } from '../../shared/api/client';
import { accessDenied } from './accessDenied';
import { hostToken } from './token';

const ACCESS_DENIED_MESSAGE =
  'Programmet nekade åtkomst (ogiltig eller saknad behörighetsnyckel). Öppna adressen som programmet skrev ut vid start.';

export function httpTransport(): Transport {
  // Resolved against the page, so it works whatever path the host serves the app under.
  const base = new URL('api/', document.baseURI);
  return async (name, input) => {
    const response = await fetch(new URL(encodeURIComponent(name), base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Klimat-Token': hostToken() ?? '' },
      body: JSON.stringify(input ?? {}),
      cache: 'no-store',
    });
    if (response.status === 403) {
      accessDenied.set(true);
      return { ok: false, error: { code: 'internal', message: ACCESS_DENIED_MESSAGE, path: '' } };
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as ApiResult<unknown>;
  };
}
