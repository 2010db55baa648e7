// Whether the Electron spec can run here, and if not, why. Mirrors
// electron/start.mjs: the binary is found through node_modules/electron/path.txt
// (require('electron') would start a download when it is missing), and
// better-sqlite3 must exist built for Electron's ABI (start.mjs --native-only
// builds it once into .electron-native/; offline that build fails -> skip).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// package.json has "type": "module", so Playwright loads this file as ESM (no __dirname).
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type ElectronEnv = { ok: true; bin: string; binding: string } | { ok: false; reason: string };

function locate(): { bin: string; version: string } | { reason: string } {
  const pkgDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return { reason: 'node_modules/electron was installed without its binary (offline install?)' };
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(pkgDir, 'dist');
  const bin = path.join(dist, readFileSync(pathFile, 'utf8').trim());
  try {
    accessSync(bin, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
  } catch {
    return { reason: `${bin} is missing or not executable` };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no display (DISPLAY / WAYLAND_DISPLAY unset; run under xvfb-run)' };
  }
  const version = (JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  return { bin, version };
}

export function electronEnv(): ElectronEnv {
  const found = locate();
  if ('reason' in found) return { ok: false, reason: found.reason };
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'electron', 'start.mjs'), '--native-only', found.version], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  });
  const binding = path.join(repoRoot, '.electron-native', `${process.platform}-${process.arch}`, 'better_sqlite3.node');
  if (r.status !== 0 || !existsSync(binding)) {
    const last = `${r.stderr ?? ''}`.trim().split('\n').filter(Boolean).pop() ?? `exit ${r.status}`;
    return { ok: false, reason: `better-sqlite3 could not be built for Electron ${found.version}: ${last}` };
  }
  return { ok: true, bin: found.bin, binding };
}
