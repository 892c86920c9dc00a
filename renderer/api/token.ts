// The browser host's per-launch token. It comes once in the page's address (`?token=…`); it
// is then kept in sessionStorage (so a reload still works) and taken out of the visible
// address, so it is not copied along with a screenshot or a pasted link.
const TOKEN_KEY = 'klimat.token';

let token: string | null = null;

export function hostToken(): string | null {
  if (token === null) token = takeTokenFromUrl() ?? readStoredToken();
  return token;
}

function takeTokenFromUrl(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (!fromUrl) return null;
  try {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
  } catch {
    // Without storage a reload loses the token; this page still works.
  }
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  return fromUrl;
}

function readStoredToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}
