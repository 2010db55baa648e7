// Where things live for the Electron main process. Pure (no 'electron') so the
// rules are testable; index.ts feeds in app.getPath / app.isPackaged.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Env var naming the better-sqlite3 binary built for Electron's ABI (see start.mjs). */
export const SQLITE_BINDING_ENV = 'CORROBORATE_SQLITE_BINDING';
export const DATA_DIR_ENV = 'CORROBORATE_DATA_DIR';

/** CORROBORATE_DATA_DIR wins (tests use a temp dir); otherwise the OS user-data folder. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userData: string): string {
  const override = env[DATA_DIR_ENV]?.trim();
  return override ? path.resolve(override) : userData;
}

export interface AppLayout {
  /** repo root in development, resources/app.asar when packaged */
  root: string;
  rendererDir: string;
  preloadPath: string;
  seedsDir: string;
}

/**
 * main.cjs sits in <root>/dist-electron both in the repo and inside the asar,
 * so everything is found relative to the bundle, not to the working directory.
 */
export function appLayout(bundleDir: string, isPackaged: boolean, resourcesPath: string): AppLayout {
  const root = path.resolve(bundleDir, '..');
  return {
    root,
    rendererDir: path.join(root, 'dist', 'renderer'),
    preloadPath: path.join(bundleDir, 'preload.cjs'),
    // electron-builder copies seeds/ as extraResources (outside the asar)
    seedsDir: isPackaged ? path.join(resourcesPath, 'seeds') : path.join(root, 'seeds'),
  };
}

/**
 * The better-sqlite3 binary for Electron's ABI. node_modules keeps the Node
 * build (tests, CLI), so Electron must be pointed at its own copy:
 * - development: start.mjs builds it under .electron-native/ and sets the env var;
 * - packaged: electron-builder ships it as resources/native/better_sqlite3.node, and
 *   the env var is IGNORED: a packaged app never loads native code named by its
 *   environment (anyone who can set a variable could otherwise run any .node file
 *   inside the app).
 * Returns null when none is known (better-sqlite3 then loads its default build).
 */
export function sqliteBinding(env: NodeJS.ProcessEnv, isPackaged: boolean, resourcesPath: string): string | null {
  if (isPackaged) {
    const shipped = path.join(resourcesPath, 'native', 'better_sqlite3.node');
    return existsSync(shipped) ? shipped : null;
  }
  const fromEnv = env[SQLITE_BINDING_ENV]?.trim();
  if (fromEnv && fromEnv.endsWith('.node') && existsSync(fromEnv)) return path.resolve(fromEnv);
  return null;
}
