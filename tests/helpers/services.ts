import path from 'node:path';
import { dispatch, makeClient, type ApiClient } from '../../shared/api/contract';
import { createHandlers } from '../../electron/services';
import { openStore, type Store } from '../../electron/store';
import { JobRunner } from '../../electron/worker/jobs';
import { SEEDS_DIR } from './paths';

export interface TestApp {
  api: ApiClient;
  store: Store;
  jobs: JobRunner;
  /** waits for a job to finish and returns it */
  settle(jobId: string): ReturnType<JobRunner['wait']>;
}

/** The services over a temp database, called through the same dispatch as IPC and HTTP. */
export function makeApp(dir: string, workerFile: string | null = null, now?: () => string): TestApp {
  const store = openStore(path.join(dir, 'test.sqlite'), now);
  const jobs = new JobRunner({ store, workerFile });
  const handlers = createHandlers({ store, jobs, transport: 'direct', dataDir: dir, version: '0.0.0-test', dialogs: null, seedsDir: SEEDS_DIR });
  const api = makeClient((name, args) => dispatch(handlers, name, args));
  return { api, store, jobs, settle: (id) => jobs.wait(id) };
}

export const b64 = (bytes: Uint8Array | string): string => Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64');

/** The reference the UI sends back for a cluster or entity row it shows. */
export const refOf = (row: { id: number; key: string }): { id: number; key: string } => ({ id: row.id, key: row.key });
