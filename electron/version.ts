// The app version, read once from package.json (the Electron main process uses app.getVersion()).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { appRoot } from './paths';

export const APP_VERSION: string = (JSON.parse(readFileSync(path.join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version;
