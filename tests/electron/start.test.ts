// `npm start` (electron/start.mjs) on a fresh machine, with the network absent: run in a
// network namespace of its own (`unshare -rn`, loopback only), it goes as far as a connected
// machine would until a download is needed, says so in one line and falls back to the
// headless host, which then answers. Two machines are played:
//  - connected: `npm ci` fetched the Electron binary (a stand-in here, through Electron's own
//    ELECTRON_OVERRIDE_DIST_PATH) and there is a display; the next step, building
//    better-sqlite3 for Electron, needs Electron's headers from the network;
//  - offline install: the Electron binary never arrived.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const harness = path.join(__dirname, 'fixtures', 'start-offline.mjs');
const work = mkdtempSync(path.join(os.tmpdir(), 'corroborate-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Whether this machine lets a normal user open a network namespace without a network. */
function canIsolate(): string | null {
  if (process.platform !== 'linux') return 'network namespaces are Linux only';
  const r = spawnSync('unshare', ['-rn', 'sh', '-c', 'ip link set lo up'], { encoding: 'utf8' });
  if (r.error) return `unshare is not available (${r.error.message})`;
  return r.status === 0 ? null : `unshare -rn is refused here: ${r.stderr.trim()}`;
}
/** A finished Electron build of better-sqlite3 means no download is needed: that machine is past this path. */
function nativeBuilt(): string | null {
  const stamp = path.join(root, '.electron-native', `${process.platform}-${process.arch}`, 'stamp.json');
  return existsSync(stamp) ? `${stamp} exists: better-sqlite3 is already built for Electron, no download is needed` : null;
}
const skipReason = canIsolate() ?? nativeBuilt();
if (skipReason) console.log(`start.test.ts skipped: ${skipReason}`);

interface Report {
  stdout: string;
  stderr: string;
  exit: unknown;
  networkReachable: boolean;
  secondsToUrl: number;
  page: { status: number; hasRoot: boolean } | null;
  info: { ok: boolean } | null;
  fakeElectronRan: boolean;
}

function runOffline(name: string, env: Record<string, string>): Report {
  const home = path.join(work, name, 'home');
  mkdirSync(home, { recursive: true });
  const run = spawnSync('unshare', ['-rn', 'sh', '-c', `ip link set lo up && exec "${process.execPath}" "${harness}"`], {
    cwd: root,
    encoding: 'utf8',
    timeout: 280_000,
    env: {
      ...process.env,
      // a fresh user: no cached Electron headers (~/.electron-gyp) or prebuilt downloads
      HOME: home,
      CORROBORATE_DATA_DIR: path.join(work, name, 'data'),
      ...env,
    },
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('@@REPORT@@'));
  expect(line, `${run.stdout}\n${run.stderr}`).toBeDefined();
  return JSON.parse(line!.slice('@@REPORT@@'.length)) as Report;
}

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

describe.skipIf(skipReason !== null)('npm start with the network absent', () => {
  it('connected machine: builds up to the native module, says in one line that a download is needed, serves the headless host', () => {
    const dist = path.join(work, 'electron-dist');
    const marker = path.join(work, 'fake-electron-ran');
    mkdirSync(dist, { recursive: true });
    // a stand-in for the downloaded binary: it must never be started with a native module of the wrong ABI
    writeFileSync(path.join(dist, 'electron'), `#!/bin/sh\ntouch "${marker}"\n`);
    chmodSync(path.join(dist, 'electron'), 0o755);
    const r = runOffline('connected', {
      ELECTRON_OVERRIDE_DIST_PATH: dist,
      DISPLAY: ':99',
      FAKE_ELECTRON_MARKER: marker,
      // npm passes its config to `npm start`; a machine set up to build native modules offline
      // against Node's headers must not get a module built for Node labelled as built for Electron
      npm_config_nodedir: '/usr',
    });

    expect(r.networkReachable, 'the namespace has no network').toBe(false);
    const out = lines(r.stdout);
    const failures = out.filter((l) => /could not|not available|failed/i.test(l));
    expect(failures, r.stdout).toHaveLength(1);
    expect(failures[0]).toMatch(
      /^better-sqlite3 could not be built for Electron \d+\.\d+\.\d+: it needs a one-time download from \S+ \(Electron's headers or a prebuilt binary\) and the network is unreachable \([A-Z_]+\); starting the headless host instead\.$/,
    );
    // the steps before it ran: the native build was attempted for this Electron version
    expect(out.some((l) => /^Building better-sqlite3 \S+ for Electron \d+\.\d+\.\d+ \(once\)…$/.test(l))).toBe(true);
    expect(out.at(-1)).toMatch(/^Corroborate headless host: http:\/\/127\.0\.0\.1:\d+\/#token=\S+$/);
    // no stack trace, no rebuild noise on the terminal
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(lines(r.stderr)).toEqual([]);
    expect(r.fakeElectronRan).toBe(false);
    expect(r.page).toEqual({ status: 200, hasRoot: true });
    expect(r.info?.ok).toBe(true);
    // nothing half-built is left behind to be mistaken for an Electron build next time
    expect(existsSync(path.join(root, '.electron-native', `${process.platform}-${process.arch}`, 'better_sqlite3.node'))).toBe(false);
    console.log(`npm start (connected, network absent): headless host serving after ${r.secondsToUrl.toFixed(1)} s`);
  }, 300_000);

  it('offline install without the Electron binary: one line, then the headless host', () => {
    const empty = path.join(work, 'no-electron');
    mkdirSync(empty, { recursive: true });
    const r = runOffline('no-binary', { ELECTRON_OVERRIDE_DIST_PATH: empty, DISPLAY: ':99' });
    const out = lines(r.stdout);
    const failures = out.filter((l) => /could not|not available|failed/i.test(l));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^Electron binary not available \(.+ is missing or not executable\); starting the headless host instead\.$/);
    expect(out.some((l) => l.startsWith('Building better-sqlite3'))).toBe(false);
    expect(out.at(-1)).toMatch(/^Corroborate headless host: http:\/\/127\.0\.0\.1:\d+\/#token=\S+$/);
    expect(lines(r.stderr)).toEqual([]);
    expect(r.page).toEqual({ status: 200, hasRoot: true });
    expect(r.info?.ok).toBe(true);
  }, 300_000);
});
