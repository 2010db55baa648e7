// Picks the transport once at start: the Electron preload bridge when present,
// otherwise HTTP to the headless host with the token from the URL fragment.
import { errorEnvelope, makeClient, type ApiClient, type ApiName, type ApiResult, type Envelope } from '../../../shared/api/contract';

/** Commands the Electron application menu forwards to the page. */
export type MenuCommand = 'import-articles' | 'export-report' | 'show-shortcuts' | 'show-guide';

/** What the preload exposes: one function per call name, each resolving to an envelope, plus menu events. */
export type CorroborateBridge = { [K in ApiName]: (args: unknown) => Promise<Envelope<ApiResult<K>>> } & {
  onMenu?: (cb: (command: MenuCommand) => void) => () => void;
};

declare global {
  interface Window {
    corroborate?: CorroborateBridge;
  }
}

const TOKEN_KEY = 'corroborate.token';

/**
 * Reads `#token=...` from the address the host printed, keeps it for this tab
 * (sessionStorage survives reloads, not new tabs) and removes it from the
 * address bar so it is not shown, bookmarked or copied along with the URL.
 */
export function takeToken(loc: Location = window.location, storage: Storage = window.sessionStorage): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(loc.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    storage.setItem(TOKEN_KEY, token);
    window.history.replaceState(null, '', loc.pathname + loc.search);
    return token;
  }
  return storage.getItem(TOKEN_KEY);
}

export function httpTransport(token: string | null, fetchImpl: typeof fetch = window.fetch.bind(window)) {
  return async (name: ApiName, args: unknown): Promise<Envelope<unknown>> => {
    let res: Response;
    try {
      res = await fetchImpl(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-corroborate-token': token ?? '' },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      return errorEnvelope('unavailable', 'Cannot reach the Corroborate host. Is it still running?');
    }
    const body: unknown = await res.json().catch(() => null);
    if (res.status === 401 || res.status === 403) {
      return errorEnvelope('forbidden', 'The host refused this tab: open the address the host printed (with #token=...).');
    }
    if (body && typeof body === 'object' && 'ok' in body) return body as Envelope<unknown>;
    return errorEnvelope('internal', `The host answered ${res.status} ${res.statusText}`);
  };
}

export function bridgeTransport(bridge: CorroborateBridge) {
  return (name: ApiName, args: unknown): Promise<Envelope<unknown>> => {
    const fn = bridge[name] as ((a: unknown) => Promise<Envelope<unknown>>) | undefined;
    if (!fn) return Promise.resolve(errorEnvelope('unavailable', `The desktop bridge has no call ${name}`));
    return fn(args ?? {});
  };
}

export function createClient(): ApiClient {
  if (window.corroborate) return makeClient(bridgeTransport(window.corroborate));
  return makeClient(httpTransport(takeToken()));
}

/** Subscribes to the desktop menu; a no-op in the browser, which has no app menu. */
export function onMenuCommand(cb: (command: MenuCommand) => void): () => void {
  return window.corroborate?.onMenu?.(cb) ?? (() => undefined);
}

let current: ApiClient | null = null;

/** The client the stores use; tests install a fake with setApi. */
export function api(): ApiClient {
  if (!current) current = createClient();
  return current;
}

export function setApi(client: ApiClient): void {
  current = client;
}
