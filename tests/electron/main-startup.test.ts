// The built main process (dist-electron/main.cjs) started under Node with a
// recording stand-in for 'electron' (fixtures/electron-harness.cjs): checks the
// wiring that unit tests of the policy cannot see, and runs the real services,
// store and analysis worker through the IPC channels. Runs without an Electron binary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES } from '../../shared/api/contract';

const root = path.resolve(__dirname, '..', '..');
const mainCjs = path.join(root, 'dist-electron', 'main.cjs');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-main-'));
type Env = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
/** What fixtures/electron-harness.cjs prints. */
interface Report {
  crashed?: string;
  sandboxEnabled: boolean;
  singleInstance: boolean;
  schemes: unknown[];
  channels: string[];
  webPreferences: Record<string, unknown> & { preload: string };
  loadedUrl: string;
  userData: string;
  protocol: { indexStatus: number; indexCsp: string | null; escapeStatus: number };
  requests: Record<string, { cancel: boolean }>;
  headers: { responseHeaders: Record<string, string[]> };
  permission: boolean;
  permissionCheck: boolean;
  navigation: { external: boolean; app: boolean };
  windowOpen: unknown[];
  opened: string[];
  menuSent: unknown[][];
  menuRoles: string[];
  info: Env;
  foreign: Env;
  badArgs: Env;
  demo: Env & { value?: { id: number } };
  articles: (Env & { value?: unknown[] }) | null;
  quit: number;
  errors: string[];
}
let report: Report;

function runHarness(env: Record<string, string>): Report {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'fixtures', 'electron-harness.cjs'), mainCjs], {
    cwd: os.tmpdir(), // paths must not depend on the working directory
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 90_000,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('@@REPORT@@'));
  expect(line, `${run.stdout}\n${run.stderr}`).toBeDefined();
  return JSON.parse(line!.slice('@@REPORT@@'.length)) as Report;
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(root, 'electron', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  report = runHarness({ CORROBORATE_DATA_DIR: dataDir, CORROBORATE_SQLITE_BINDING: '' });
  expect(report.crashed, String(report.crashed)).toBeUndefined();
}, 120_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('built main process', () => {
  it('locks down the app before it is ready', () => {
    expect(report.sandboxEnabled).toBe(true);
    expect(report.singleInstance).toBe(true);
    expect(report.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(report.userData).toBe(dataDir);
  });

  it('opens one hardened window on the app origin with the built preload', () => {
    expect(report.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(report.webPreferences.preload).toBe(path.join(root, 'dist-electron', 'preload.cjs'));
    expect(existsSync(report.webPreferences.preload)).toBe(true);
    expect(report.loadedUrl).toBe('app://corroborate/index.html');
  });

  it('serves the renderer with a CSP and nothing outside it', () => {
    const built = existsSync(path.join(root, 'dist', 'renderer', 'index.html'));
    expect(report.protocol.indexStatus).toBe(built ? 200 : 404);
    if (built) expect(report.protocol.indexCsp).toContain("script-src 'self'");
    expect(report.protocol.escapeStatus).toBe(404);
    expect(report.requests).toEqual({ remote: { cancel: true }, file: { cancel: true }, app: { cancel: false } });
    const csp = report.headers.responseHeaders['Content-Security-Policy'] ?? [];
    expect(csp).toHaveLength(1);
    expect(csp[0]).toContain("default-src 'self'");
    expect(Object.keys(report.headers.responseHeaders).filter((k) => k.toLowerCase() === 'content-security-policy')).toHaveLength(1);
    expect(report.permission).toBe(false);
    expect(report.permissionCheck).toBe(false);
  });

  it('denies navigation and new windows; only http(s) goes to the browser', () => {
    expect(report.navigation).toEqual({ external: true, app: false }); // true = prevented
    expect(report.windowOpen).toEqual([{ action: 'deny' }, { action: 'deny' }]);
    expect(report.opened).toEqual(['https://example.org/a']);
  });

  it('sends File and Help menu commands to the renderer and has the standard menus', () => {
    expect(report.menuSent).toEqual([
      ['menu:command', 'import-articles'],
      ['menu:command', 'export-report'],
      ['menu:command', 'show-shortcuts'],
      ['menu:command', 'show-guide'],
    ]);
    expect(report.menuRoles).toEqual(expect.arrayContaining(['File', 'editMenu', 'viewMenu', 'windowMenu', 'help']));
  });

  it('answers every API channel with envelopes, refusing foreign senders and bad args', () => {
    expect([...report.channels].sort()).toEqual(API_NAMES.map((n) => `api:${n}`).sort());
    expect(report.info).toEqual({ ok: true, value: expect.objectContaining({ transport: 'ipc', dataDir, nativeDialogs: true }) });
    expect(report.foreign.ok).toBe(false);
    expect(report.badArgs.ok).toBe(false);
    expect(report.badArgs.error).toMatchObject({ code: 'invalid-arguments', message: expect.stringMatching(/name/) });
  });

  it('loads the seed corpus through the worker into the data folder, then quits cleanly', () => {
    const seeds = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).length;
    expect(report.demo.ok, report.demo.error?.message).toBe(true);
    expect(report.articles?.value).toHaveLength(seeds);
    expect(existsSync(path.join(dataDir, 'corroborate.sqlite'))).toBe(true);
    expect(report.quit).toBeGreaterThanOrEqual(1);
    expect(report.errors).toEqual([]);
  });
});

describe('better-sqlite3 binary selection in the bundle', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-binding-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the binary named by CORROBORATE_SQLITE_BINDING (here: a file that is not a module)', () => {
    const bogus = path.join(dir, 'better_sqlite3.node');
    writeFileSync(bogus, 'not a native module');
    const r = runHarness({ CORROBORATE_DATA_DIR: path.join(dir, 'data'), CORROBORATE_SQLITE_BINDING: bogus });
    // the store cannot open: startup fails loudly instead of falling back to the Node build
    expect(r.crashed).toBe('no window');
    expect(r.errors.join('\n')).toMatch(/Corroborate could not start: .*better_sqlite3\.node/);
  }, 120_000);

  it('ignores a binding path that does not exist', () => {
    const r = runHarness({ CORROBORATE_DATA_DIR: path.join(dir, 'data2'), CORROBORATE_SQLITE_BINDING: path.join(dir, 'missing.node') });
    expect(r.crashed).toBeUndefined();
    expect(r.info.ok).toBe(true);
  }, 120_000);
});
