// Where things live on disk for the Node-side processes (host, CLI, Electron main).
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository / app root: the folder holding package.json. */
export function appRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('Cannot find the Corroborate folder (package.json).');
    dir = up;
  }
  return dir;
}

/** The same folder Electron's app.getPath('userData') gives, so the host and the app share one database. */
export function defaultDataDir(): string {
  const override = process.env.CORROBORATE_DATA_DIR;
  if (override) return path.resolve(override);
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Corroborate');
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'Corroborate');
    default:
      return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Corroborate');
  }
}

export const DATABASE_FILE = 'corroborate.sqlite';
