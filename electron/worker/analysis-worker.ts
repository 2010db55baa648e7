// Worker-thread entry: opens its own connection (WAL lets the main thread keep
// reading) and runs one analysis job, reporting progress to the parent.
import { parentPort, workerData } from 'node:worker_threads';
import { errorBody } from '../../shared/api/errors';
import { openStore } from '../store';
import { runAnalysisJob, JobCancelled } from './analysis-job';
import type { WorkerInput, WorkerMessage } from './jobs';

const input = workerData as WorkerInput;
const flag = new Int32Array(input.cancelFlag);
const post = (m: WorkerMessage): void => parentPort?.postMessage(m);

let lastPost = 0;
const store = openStore(input.dbFile);
try {
  const summary = runAnalysisJob(store, input.request, {
    onProgress: (phase, done, total) => {
      // Throttle: a message per article would flood the parent on large imports.
      const now = Date.now();
      if (now - lastPost > 50 || done === total) {
        lastPost = now;
        post({ type: 'progress', phase, done, total });
      }
    },
    onNotice: (notice) => post({ type: 'notice', notice }),
    isCancelled: () => Atomics.load(flag, 0) === 1,
    who: input.who,
  });
  post({ type: 'done', summary });
} catch (err) {
  const body = errorBody(err);
  post({ type: 'error', message: body.message, code: body.code, cancelled: err instanceof JobCancelled });
} finally {
  store.close();
}
