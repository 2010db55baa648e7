// `tsx tests/helpers/soak-host.ts DB PROJECT SECONDS`: the host side of the soak test.
// Another process with its own connection and the real services re-analyses the
// project in a loop (correcting one article's outlet after another) until the time
// is up, then prints {jobs, failed, errors} as JSON.
import { dispatch, makeClient } from '../../shared/api/contract';
import { createHandlers } from '../../electron/services';
import { openStore } from '../../electron/store';
import { JobRunner } from '../../electron/worker/jobs';
import { SEEDS_DIR } from './paths';

const [db, project, seconds] = process.argv.slice(2);
const store = openStore(db!);
const jobs = new JobRunner({ store, workerFile: null, who: 'the soak host' });
const handlers = createHandlers({ store, jobs, transport: 'http', dataDir: '.', version: 'soak', dialogs: null, seedsDir: SEEDS_DIR });
const api = makeClient((name, args) => dispatch(handlers, name, args));
const projectId = Number(project);
const until = Date.now() + Number(seconds) * 1000;

async function main(): Promise<void> {
  let n = 0;
  let failed = 0;
  const errors: string[] = [];
  while (Date.now() < until) {
    const articles = await api['articles.list']({ projectId });
    const a = articles[n % articles.length]!;
    const { jobId } = await api['articles.update']({ articleId: a.id, outlet: `Outlet ${n % 3}` });
    const job = await jobs.wait(jobId);
    n++;
    if (job.state !== 'done') {
      failed++;
      errors.push(`${job.errorCode}: ${job.error}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  process.stdout.write(`${JSON.stringify({ jobs: n, failed, errors })}\n`);
  store.close();
}

main().catch((err: unknown) => {
  process.stderr.write(`soak host: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
