// Long jobs (import, re-analysis): poll `jobs.get` for a progress bar, allow
// cancel, and refresh everything that depends on the analysis when they end.
import { create } from 'zustand';
import type { Job } from '../../../shared/api/types';
import { api } from '../api/client';
import { reportError, useUi } from './ui';

export const POLL_MS = 150;

interface JobsState {
  job: Job | null;
  /** starts a job and resolves with its final state (null when it could not start) */
  run(start: () => Promise<{ jobId: string | null }>): Promise<Job | null>;
  cancel(): Promise<void>;
}

/** Called when a job finishes; the app wires it to reload projects, queue and names. */
let onFinished: (job: Job) => Promise<void> | void = () => undefined;
export function setJobFinishedHandler(fn: (job: Job) => Promise<void> | void): void {
  onFinished = fn;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function summarise(job: Job): string {
  switch (job.state) {
    case 'done': {
      const r = job.result;
      if (!r) return 'Analysis updated.';
      const parts = [`${r.added} article${r.added === 1 ? '' : 's'} added`];
      if (r.duplicates.length) parts.push(`${r.duplicates.length} already in the project`);
      if (r.refused.length) parts.push(`${r.refused.length} refused (${r.refused.map((x) => `${x.file}: ${x.error}`).join('; ')})`);
      if (r.warnings.length) parts.push(`${r.warnings.length} with a note (${r.warnings.map((x) => `${x.file}: ${x.warning}`).join('; ')})`);
      if (r.retries) parts.push(`analysed again ${r.retries} time${r.retries === 1 ? '' : 's'} because another window or the CLI changed the project meanwhile`);
      return parts.join(', ') + '.';
    }
    case 'cancelled':
      return 'Cancelled: nothing was changed.';
    case 'failed':
      return `Failed: ${job.error ?? 'unknown error'}`;
    case 'running':
      return 'Still running.';
  }
}

export const useJobs = create<JobsState>((set, get) => ({
  job: null,

  async run(start) {
    let jobId: string | null;
    try {
      jobId = (await start()).jobId;
    } catch (err) {
      reportError(err);
      return null;
    }
    if (jobId === null) return null;
    let job: Job;
    for (;;) {
      try {
        job = await api()['jobs.get']({ jobId });
      } catch (err) {
        reportError(err);
        set({ job: null });
        return null;
      }
      set({ job });
      if (job.state !== 'running') break;
      await sleep(POLL_MS);
    }
    set({ job: null });
    useUi.getState().notify(summarise(job), job.state === 'failed' || (job.result?.refused.length ?? 0) > 0 ? 'error' : 'info');
    await onFinished(job);
    return job;
  },

  async cancel() {
    const job = get().job;
    if (!job) return;
    try {
      set({ job: await api()['jobs.cancel']({ jobId: job.id }) });
    } catch (err) {
      reportError(err);
    }
  },
}));
