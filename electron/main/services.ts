// Builds the ServiceContext for the Electron transport: the store in the data
// folder, the job runner (worker thread) and native dialogs.
// The only file of electron/main that knows the store and job-runner constructors.
import path from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import { createHandlers } from '../services';
import type { DesktopDialogs, ServiceContext } from '../services/context';
import { openStore } from '../store';
import { JobRunner } from '../worker/jobs';

export const DATABASE_FILE = 'corroborate.sqlite';

export interface RunningServices {
  handlers: ApiHandlers;
  close(): Promise<void>;
}

export interface ServiceOptions {
  dataDir: string;
  seedsDir: string;
  version: string;
  dialogs: DesktopDialogs;
}

export function startServices(opts: ServiceOptions): RunningServices {
  const dbPath = path.join(opts.dataDir, DATABASE_FILE);
  const store = openStore(dbPath);
  // The worker thread inherits process.env, so it loads the same Electron-ABI binding as this process.
  const jobs = new JobRunner({ store, workerFile: path.join(__dirname, 'analysis-worker.cjs'), who: 'the Corroborate app' });
  const ctx: ServiceContext = {
    store,
    jobs,
    transport: 'ipc',
    dataDir: opts.dataDir,
    version: opts.version,
    dialogs: opts.dialogs,
    seedsDir: opts.seedsDir,
  };
  return {
    handlers: createHandlers(ctx),
    async close() {
      // A job still running in its worker dies with the process; its writes are
      // one transaction, so nothing half-written is left behind.
      store.close();
    },
  };
}
