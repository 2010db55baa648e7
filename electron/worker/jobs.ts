// Long work (import, re-analysis) as jobs with progress and cancel. In the app and
// the headless host each job runs in a worker thread with its own database
// connection, so neither analysis nor the bulk write blocks the main thread.
// The CLI and unit tests run the same job inline.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { errorBody, ServiceError, type ErrorCode } from '../../shared/api/errors';
import type { ImportSummary, Job } from '../../shared/api/types';
import type { Store } from '../store';
import { JobCancelled, runAnalysisJob, type AnalysisRequest } from './analysis-job';

export type WorkerMessage =
  | { type: 'progress'; phase: string; done: number; total: number }
  | { type: 'notice'; notice: string | null }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'error'; message: string; code: ErrorCode; cancelled: boolean };

export interface WorkerInput {
  dbFile: string;
  request: AnalysisRequest;
  cancelFlag: SharedArrayBuffer;
  who: string;
}

export interface JobRunnerOptions {
  store: Store;
  /** built worker bundle (dist-electron/analysis-worker.cjs); null runs jobs inline */
  workerFile: string | null;
  /** who runs these jobs, in words, for other writers waiting on them */
  who?: string;
}

interface Entry {
  job: Job;
  flag: Int32Array;
  finished: Promise<Job>;
}

export class JobRunner {
  private readonly jobs = new Map<string, Entry>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: JobRunnerOptions) {
    if (options.workerFile && !existsSync(options.workerFile)) {
      throw new Error(`Analysis worker not built: ${options.workerFile} is missing (run npm run build).`);
    }
  }

  start(kind: Job['kind'], request: AnalysisRequest): Job {
    const job: Job = {
      id: randomUUID(), kind, projectId: request.projectId, state: 'running', phase: 'queued', done: 0, total: 0,
      error: null, errorCode: null, notice: null, result: null,
    };
    const flag = new Int32Array(new SharedArrayBuffer(4));
    // Jobs run one after another: SQLite has one writer, and order keeps results predictable.
    const finished = this.queue.then(() => this.execute(job, flag, request));
    this.queue = finished.catch(() => undefined);
    this.jobs.set(job.id, { job, flag, finished });
    return { ...job };
  }

  get(id: string): Job {
    const e = this.jobs.get(id);
    if (!e) throw new ServiceError('not-found', `No such job: ${id}`);
    return { ...e.job };
  }

  cancel(id: string): Job {
    const e = this.jobs.get(id);
    if (!e) throw new ServiceError('not-found', `No such job: ${id}`);
    if (e.job.state === 'running') Atomics.store(e.flag, 0, 1);
    return { ...e.job };
  }

  async wait(id: string): Promise<Job> {
    const e = this.jobs.get(id);
    if (!e) throw new ServiceError('not-found', `No such job: ${id}`);
    return { ...(await e.finished) };
  }

  private async execute(job: Job, flag: Int32Array, request: AnalysisRequest): Promise<Job> {
    const progress = (phase: string, done: number, total: number): void => {
      job.phase = phase;
      job.done = done;
      job.total = total;
    };
    const notice = (text: string | null): void => {
      job.notice = text;
    };
    const cancelled = (): boolean => Atomics.load(flag, 0) === 1;
    const who = this.options.who ?? 'another Corroborate';
    try {
      if (cancelled()) throw new JobCancelled();
      job.result = this.options.workerFile
        ? await this.inWorker(this.options.workerFile, request, flag, progress, notice, who)
        : runAnalysisJob(this.options.store, request, { onProgress: progress, onNotice: notice, isCancelled: cancelled, who });
      job.state = 'done';
      job.phase = 'done';
    } catch (err) {
      const isCancel = err instanceof JobCancelled || (err instanceof WorkerFailure && err.cancelled);
      job.state = isCancel ? 'cancelled' : 'failed';
      const body = err instanceof WorkerFailure ? { code: err.code, message: err.message } : errorBody(err);
      job.error = body.message;
      job.errorCode = isCancel ? null : body.code;
    }
    job.notice = null;
    return job;
  }

  private inWorker(
    file: string,
    request: AnalysisRequest,
    flag: Int32Array,
    progress: (p: string, d: number, t: number) => void,
    notice: (text: string | null) => void,
    who: string,
  ): Promise<ImportSummary> {
    return new Promise((resolve, reject) => {
      const input: WorkerInput = { dbFile: this.options.store.file, request, cancelFlag: flag.buffer as SharedArrayBuffer, who };
      const worker = new Worker(file, { workerData: input });
      let settled = false;
      worker.on('message', (m: WorkerMessage) => {
        switch (m.type) {
          case 'progress':
            progress(m.phase, m.done, m.total);
            break;
          case 'notice':
            notice(m.notice);
            break;
          case 'done':
            settled = true;
            resolve(m.summary);
            break;
          case 'error':
            settled = true;
            reject(new WorkerFailure(m.message, m.code, m.cancelled));
            break;
        }
      });
      worker.on('error', (err) => {
        if (!settled) reject(err);
        settled = true;
      });
      worker.on('exit', (code) => {
        if (!settled) reject(new WorkerFailure(`Analysis stopped unexpectedly (exit ${code}); nothing was changed.`, 'internal', false));
      });
    });
  }
}

class WorkerFailure extends Error {
  constructor(message: string, readonly code: ErrorCode, readonly cancelled: boolean) {
    super(message);
  }
}
