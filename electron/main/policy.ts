// The security decisions of the Electron shell, as pure functions.
// This module must not import 'electron' (nor Node): the unit tests call it
// directly, and the main process only wires these answers into Electron hooks.

/**
 * The renderer is served from a custom privileged scheme rather than file://.
 * Why: every file:// page shares one origin with the whole disk, so a bug in the
 * renderer could read any local file with fetch(); `app://corroborate` is a real,
 * unique origin that only serves dist/renderer, so CSP 'self', the IPC sender
 * check and the request filter all have something precise to compare against.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'corroborate';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** The one CSP definition (shared/api/csp.ts); the session sends it as a header with every response. */
export { CSP_DIRECTIVES, cspHeader } from '../../shared/api/csp';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs served by our own renderer origin. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
}

/**
 * The window is a single-page app: it may reload itself or change its own
 * route, but it never leaves the app origin (no remote page, no file://).
 */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Links may open in the user's browser only when they parse as plain http(s)
 * with a host and no embedded credentials (a classic phishing disguise).
 * Returns the normalised href to hand to shell.openExternal, or null.
 */
export function safeExternalUrl(url: string): string | null {
  if (typeof url !== 'string' || url.length > 4096) return null;
  const u = parse(url.trim());
  if (!u) return null;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (u.hostname === '' || u.username !== '' || u.password !== '') return null;
  return u.href;
}

export function isSafeExternalUrl(url: string): boolean {
  return safeExternalUrl(url) !== null;
}

/**
 * Network filter for the app session: only local schemes load. The app works
 * offline and shows no remote content, so http(s)/ws(s)/ftp and file:// (which
 * would bypass the app origin) are all cancelled.
 */
const LOCAL_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);
export function isAllowedRequest(url: string): boolean {
  const u = parse(url);
  if (!u || !LOCAL_SCHEMES.has(u.protocol)) return false;
  return u.protocol !== `${APP_SCHEME}:` || u.host === APP_HOST;
}

/** The subset of Electron's WebPreferences we set (structurally assignable to it). */
export interface HardenedWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  spellcheck: boolean;
  devTools: boolean;
}

export function webPreferences(preload: string, devTools: boolean): HardenedWebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools,
  };
}

/** What the main process knows about who sent an IPC message. */
export interface SenderInfo {
  /** URL of the sending frame; null when the frame is gone */
  frameUrl: string | null;
  /** the frame is the top frame of its page (not an iframe) */
  isMainFrame: boolean;
  /** the sending webContents is our main window's */
  fromMainWindow: boolean;
}

/** Only the app's own top-level page in our own window may call the API. */
export function isTrustedSender(s: SenderInfo): boolean {
  return s.fromMainWindow && s.isMainFrame && s.frameUrl !== null && isAppUrl(s.frameUrl);
}
