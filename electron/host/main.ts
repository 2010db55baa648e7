// `npm run serve`: start the headless host and print the URL to open.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createHandlers } from '../services';
import { openStore } from '../store';
import { appRoot, DATABASE_FILE, defaultDataDir } from '../paths';
import { JobRunner } from '../worker/jobs';
import { startHost } from './server';

function portArg(argv: readonly string[]): number {
  const i = argv.indexOf('--port');
  if (i < 0) return Number(process.env.CORROBORATE_PORT ?? 0);
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port needs a number from 0 to 65535, got ${argv[i + 1] ?? 'nothing'}`);
  return n;
}

async function main(): Promise<void> {
  const root = appRoot();
  const dataDir = defaultDataDir();
  mkdirSync(dataDir, { recursive: true });
  const store = openStore(path.join(dataDir, DATABASE_FILE));
  const jobs = new JobRunner({ store, workerFile: path.join(root, 'dist-electron', 'analysis-worker.cjs'), who: 'the headless host' });
  const version = (await import('../version')).APP_VERSION;
  const handlers = createHandlers({ store, jobs, transport: 'http', dataDir, version, dialogs: null, seedsDir: path.join(root, 'seeds') });
  const host = await startHost({ handlers, staticDir: path.join(root, 'dist', 'renderer'), port: portArg(process.argv.slice(2)) });
  process.stdout.write(`Corroborate headless host: ${host.url}\n`);
  const stop = (): void => {
    void host.close().then(() => {
      store.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`corroborate host: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
