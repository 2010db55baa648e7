// The API's handlers: one function per call of the contract, built on the store
// and the job runner. Every transport (IPC, headless host, tests) uses this map,
// always behind `dispatch`, which validates arguments first.
import type { ApiHandlers } from '../../shared/api/contract';
import type { ServiceContext } from './context';
import { articleHandlers } from './articles';
import { entityHandlers } from './entities';
import { reportHandlers } from './reports';
import { reviewHandlers } from './review';

export function createHandlers(ctx: ServiceContext): ApiHandlers {
  const { store, jobs } = ctx;
  return {
    'app.info': () => ({ version: ctx.version, transport: ctx.transport, dataDir: ctx.dataDir, nativeDialogs: ctx.dialogs !== null }),
    'settings.get': () => store.projects.settings(),
    'settings.set': (a) => store.projects.setSettings(a),
    'projects.list': () => store.projects.list(),
    'projects.create': (a) => store.projects.create(a.name),
    'projects.rename': (a) => store.projects.rename(a.projectId, a.name),
    'jobs.get': (a) => jobs.get(a.jobId),
    'jobs.cancel': (a) => jobs.cancel(a.jobId),
    ...articleHandlers(ctx),
    ...reviewHandlers(ctx),
    ...entityHandlers(ctx),
    ...reportHandlers(ctx),
  };
}
