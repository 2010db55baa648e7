// Progress of a running import or re-analysis, with Cancel.
import { useJobs } from '../stores/jobs';

export function JobBar() {
  const job = useJobs((s) => s.job);
  const cancel = useJobs((s) => s.cancel);
  // the bar keeps its height when idle so the layout never jumps
  return (
    <div className="jobbar" role="status" aria-live="polite">
      {job && (
        <>
          <span className="jobbar-text">
            {job.notice ?? `${job.kind === 'import' ? 'Importing' : 'Re-analysing'}: ${job.phase} — ${job.done} of ${job.total}`}
          </span>
          <progress value={job.done} max={Math.max(1, job.total)} aria-label={`${job.phase}: ${job.done} of ${job.total}`} />
          <button type="button" className="btn small" onClick={() => void cancel()} disabled={job.state !== 'running'}>
            Cancel
          </button>
        </>
      )}
    </div>
  );
}
