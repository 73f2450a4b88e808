/**
 * The API key the page signs in with. It arrives in the URL fragment (`/dashboard#key=…`, which
 * browsers never send to a server) or from the sign-in form, and stays in this tab's
 * sessionStorage; the fragment is taken out of the address bar at once.
 */
const STORAGE_KEY = 'switchboard.dashboard.key';

export function takeKey(): string | null {
  const fromFragment = new URLSearchParams(location.hash.slice(1)).get('key');
  if (fromFragment) {
    sessionStorage.setItem(STORAGE_KEY, fromFragment);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  }
  return sessionStorage.getItem(STORAGE_KEY);
}

export function rememberKey(key: string): void {
  sessionStorage.setItem(STORAGE_KEY, key);
}

export function forgetKey(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
