// The Electron shell's security: the pure policy module directly, then the IPC
// registration and the preload bridge with 'electron' mocked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_NAMES, type ApiHandlers, type Envelope } from '../../shared/api/contract';
import {
  APP_INDEX_URL,
  CSP_DIRECTIVES,
  cspHeader,
  isAllowedNavigation,
  isAllowedRequest,
  isSafeExternalUrl,
  isTrustedSender,
  safeExternalUrl,
  webPreferences,
} from '../../electron/main/policy';

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('navigation and external links', () => {
  it('denies navigation away from the app origin', () => {
    expect(isAllowedNavigation(APP_INDEX_URL)).toBe(true);
    expect(isAllowedNavigation('app://corroborate/index.html#/claims')).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:3000/',
      'file:///etc/passwd',
      'app://other-host/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'not a url',
      '',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  it('opens only well-formed http(s) URLs externally', () => {
    expect(safeExternalUrl('https://www.example.org/a?b=1')).toBe('https://www.example.org/a?b=1');
    expect(safeExternalUrl('  http://example.org  ')).toBe('http://example.org/');
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'file:///C:/Windows/system32/calc.exe',
      'data:text/html;base64,PHNjcmlwdD4=',
      'smb://host/share',
      'mailto:a@example.org',
      'app://corroborate/index.html',
      'https://user:pass@example.org/',
      'http://',
      'https//missing-colon.example',
      '//example.org/no-scheme',
      'not a url at all',
      '',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('lets only local schemes through the request filter', () => {
    expect(isAllowedRequest('app://corroborate/assets/index-abc.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    for (const url of ['https://cdn.example.com/x.js', 'http://localhost/', 'ws://127.0.0.1:9/', 'file:///etc/hosts', 'ftp://x/', 'app://evil/x', '%%%']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });
});

describe('content security policy and web preferences', () => {
  it('allows scripts from the app only and names no remote host', () => {
    const directives = new Map(cspHeader.split(';').map((d) => {
      const [k, ...v] = d.trim().split(/\s+/);
      return [k, v] as const;
    }));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(cspHeader).not.toMatch(/unsafe-eval|https?:|wss?:|\*/);
    // every directive appears once
    expect(directives.size).toBe(CSP_DIRECTIVES.length);
  });

  it('hardens the renderer', () => {
    const prefs = webPreferences('/x/preload.cjs', false);
    expect(prefs).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('trusts only the app page in the top frame of our window', () => {
    const ok = { frameUrl: APP_INDEX_URL, isMainFrame: true, fromMainWindow: true };
    expect(isTrustedSender(ok)).toBe(true);
    expect(isTrustedSender({ ...ok, fromMainWindow: false })).toBe(false);
    expect(isTrustedSender({ ...ok, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: null })).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'https://evil.example/index.html' })).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'file:///work/dist/renderer/index.html' })).toBe(false);
  });
});

type Listener = (event: unknown, args: unknown) => Promise<Envelope<unknown>>;

describe('IPC registration (electron mocked)', () => {
  const mainContents = { id: 1 };
  let calls: string[];
  let channels: Map<string, Listener>;

  beforeEach(async () => {
    vi.resetModules();
    electron.ipcMain.handle.mockReset();
    calls = [];
    channels = new Map();
    electron.ipcMain.handle.mockImplementation((channel: string, fn: Listener) => channels.set(channel, fn));
    const handlers = Object.fromEntries(
      API_NAMES.map((n) => [n, (args: unknown) => (calls.push(n), { called: n, args })]),
    ) as unknown as ApiHandlers;
    const { registerApiIpc } = await import('../../electron/main/ipc');
    registerApiIpc(handlers, () => mainContents as never);
  });

  const event = (over: Partial<{ sender: unknown; url: string; parent: unknown; noFrame: boolean }> = {}) => ({
    sender: over.sender ?? mainContents,
    senderFrame: over.noFrame ? null : { url: over.url ?? APP_INDEX_URL, parent: over.parent ?? null },
  });

  it('registers exactly one api:<name> channel per call', () => {
    expect([...channels.keys()].sort()).toEqual(API_NAMES.map((n) => `api:${n}`).sort());
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(API_NAMES.length);
  });

  it('answers the app window with the handler result', async () => {
    const res = await channels.get('api:projects.create')!(event(), { name: 'Story' });
    expect(res).toEqual({ ok: true, value: { called: 'projects.create', args: { name: 'Story' } } });
  });

  it('refuses foreign senders without running the handler', async () => {
    const foreign = [
      event({ sender: { id: 2 } }),
      event({ url: 'https://evil.example/' }),
      event({ parent: { url: APP_INDEX_URL } }),
      event({ noFrame: true }),
    ];
    for (const e of foreign) {
      const res = await channels.get('api:projects.list')!(e, {});
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.code).toBe('forbidden');
    }
    expect(calls).toEqual([]);
  });

  it('turns bad arguments into a readable error', async () => {
    const res = await channels.get('api:projects.create')!(event(), { name: '' });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatchObject({ code: 'invalid-arguments', message: expect.stringMatching(/projects\.create.*name/) });
    const res2 = await channels.get('api:clusters.get')!(event(), { clusterId: 'x' });
    expect(res2.ok).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe('preload bridge (electron mocked)', () => {
  let exposed: Record<string, unknown>;

  beforeEach(async () => {
    vi.resetModules();
    electron.contextBridge.exposeInMainWorld.mockReset();
    electron.ipcRenderer.invoke.mockReset();
    electron.ipcRenderer.on.mockReset();
    electron.ipcRenderer.removeListener.mockReset();
    await import('../../electron/preload/index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('corroborate');
    exposed = api;
  });
  afterEach(() => vi.resetModules());

  it('exposes exactly one function per call plus onMenu, never ipcRenderer', () => {
    expect(Object.keys(exposed).sort()).toEqual([...API_NAMES, 'onMenu'].sort());
    for (const value of Object.values(exposed)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(electron.ipcRenderer);
      expect(Object.values(electron.ipcRenderer)).not.toContain(value);
    }
  });

  it('invokes the matching channel with the arguments', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: [] });
    const call = exposed['projects.list'] as (a: unknown) => Promise<unknown>;
    await expect(call({})).resolves.toEqual({ ok: true, value: [] });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('api:projects.list', {});
  });

  it('onMenu passes only known commands, without the IPC event, and unsubscribes', () => {
    const seen: unknown[][] = [];
    const off = (exposed.onMenu as (cb: (...a: unknown[]) => void) => () => void)((...a) => seen.push(a));
    const [channel, listener] = electron.ipcRenderer.on.mock.calls[0] as [string, (e: unknown, c: unknown) => void];
    listener({ sender: 'secret' }, 'import-articles');
    listener({ sender: 'secret' }, 'rm -rf');
    expect(seen).toEqual([['import-articles']]);
    off();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(channel, listener);
  });
});
