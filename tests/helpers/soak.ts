// The soak: for `seconds`, at the same time on one database file,
//   - a CLI import loop (one `corroborate import` process after another, new articles each time),
//   - a host re-analysis loop (another process: tests/helpers/soak-host.ts),
//   - a stream of decisions (verdicts and notes) from this process, as a reviewer would,
//     re-reading a cluster that changed under it (a stale reference is refused, never misplaced).
// Then it checks that every decision made is there with its history row and that every
// article is analysed. Used by tests/store/soak.test.ts (short) and `npm run bench:soak` (60 s).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { Verdict } from '../../shared/types';
import { VERDICTS } from '../../shared/types';
import { generatedArticles } from '../e2e/generated-articles';
import { REPO_ROOT } from './paths';
import { makeApp, refOf } from './services';

const root = REPO_ROOT;
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

export interface SoakResult {
  seconds: number;
  cliImports: number;
  cliFailures: string[];
  hostJobs: number;
  hostFailures: string[];
  decisions: number;
  notes: number;
  staleRefusals: number;
  busyRefusals: number;
  otherErrors: string[];
  articles: number;
  articlesWithoutClaims: string[];
  /** decisions whose claims do not carry the verdict last given, or miss their history row */
  lostDecisions: string[];
  historyRows: number;
}

function spawnText(cmd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function soak(dir: string, seconds: number): Promise<SoakResult> {
  const db = path.join(dir, 'test.sqlite');
  const app = makeApp(dir);
  const { api, store } = app;
  await api['settings.set']({ reviewer: 'soak reviewer' });
  const pool = generatedArticles(400);
  const p = await api['projects.create']({ name: 'Soak' });
  const first = await app.settle((await api['articles.import']({ projectId: p.id, files: pool.slice(0, 8).map((f) => ({ name: f.name, dataBase64: Buffer.from(f.text).toString('base64') })) })).jobId);
  if (first.state !== 'done') throw new Error(`setup import failed: ${first.error}`);
  const until = Date.now() + seconds * 1000;
  const result: SoakResult = {
    seconds, cliImports: 0, cliFailures: [], hostJobs: 0, hostFailures: [], decisions: 0, notes: 0, staleRefusals: 0, busyRefusals: 0,
    otherErrors: [], articles: 0, articlesWithoutClaims: [], lostDecisions: [], historyRows: 0,
  };
  let next = 8;
  let imported = 8;

  const cliLoop = (async () => {
    while (Date.now() < until) {
      const batch = pool.slice(next, next + 3).map((f) => {
        const file = path.join(dir, f.name);
        writeFileSync(file, f.text);
        return file;
      });
      next += 3;
      const r = await spawnText(tsx, [path.join(root, 'electron', 'cli', 'run.ts'), 'import', '--db', db, '--project', String(p.id), ...batch]);
      result.cliImports++;
      const added = Number(/imported (\d+)/.exec(r.stdout)?.[1] ?? 0);
      imported += added;
      if (r.code !== 0 || added !== batch.length) result.cliFailures.push(`exit ${r.code}: ${r.stdout.trim()} ${r.stderr.trim()}`);
    }
  })();

  const hostLoop = spawnText(tsx, [path.join(root, 'tests', 'helpers', 'soak-host.ts'), db, String(p.id), String(seconds)]).then((r) => {
    if (r.code !== 0) result.hostFailures.push(r.stderr.trim());
    const out = JSON.parse(r.stdout.trim().split('\n').pop() || '{"jobs":0,"failed":0,"errors":[]}') as { jobs: number; errors: string[] };
    result.hostJobs = out.jobs;
    result.hostFailures.push(...out.errors);
  });

  // the reviewer: what each claim should carry at the end, by stable key
  const expected = new Map<string, { verdict: Verdict | null; note: string | null }>();
  const keyOf = (k: { articleHash: string; start: number; end: number }) => `${k.articleHash}:${k.start}:${k.end}`;
  let n = 0;
  const reviewer = (async () => {
    while (Date.now() < until) {
      n++;
      try {
        const page = await api['clusters.list']({ projectId: p.id, limit: 200, sort: 'article' });
        const row = page.items[n % Math.max(1, page.items.length)];
        if (!row) {
          await sleep(20);
          continue;
        }
        // read the cluster as the reviewer sees it, think a moment (others write meanwhile), then decide
        const seen = await api['clusters.get']({ clusterId: row.id });
        await sleep(n % 3 === 0 ? 15 : 2);
        const withNote = n % 4 === 0;
        const verdict = VERDICTS[n % 3]!;
        const detail = withNote
          ? await api['clusters.note']({ cluster: refOf(seen.row), note: `checked ${n}` })
          : await api['clusters.decide']({ cluster: refOf(seen.row), verdict });
        // the claims decided on are exactly the claims the reviewer saw
        const same = detail.claims.map((c) => keyOf(c.key)).sort().join() === seen.claims.map((c) => keyOf(c.key)).sort().join();
        if (!same) result.lostDecisions.push(`decision ${n} landed on other claims than the ones seen`);
        for (const c of seen.claims) {
          const prev = expected.get(keyOf(c.key)) ?? { verdict: c.reviewed, note: null };
          expected.set(keyOf(c.key), withNote ? { ...prev, note: `checked ${n}` } : { ...prev, verdict });
        }
        if (withNote) result.notes++;
        else result.decisions++;
      } catch (err) {
        if (err instanceof ApiError && (err.code === 'stale' || err.code === 'not-found')) result.staleRefusals++;
        else if (err instanceof ApiError && err.code === 'busy') result.busyRefusals++;
        else result.otherErrors.push(err instanceof Error ? err.message : String(err));
      }
      await sleep(5);
    }
  })();

  await Promise.all([cliLoop, hostLoop, reviewer]);

  // every decision is there: each claim carries the verdict and note last given it
  const rows = store.db.prepare('SELECT article_hash AS hash, start, end, verdict, note FROM decisions WHERE project_id = ?').all(p.id) as Array<{ hash: string; start: number; end: number; verdict: Verdict | null; note: string | null }>;
  const stored = new Map(rows.map((r) => [`${r.hash}:${r.start}:${r.end}`, r]));
  for (const [k, want] of expected) {
    const got = stored.get(k);
    if ((got?.verdict ?? null) !== want.verdict || (got?.note ?? null) !== want.note) {
      result.lostDecisions.push(`${k}: wanted ${want.verdict}/${want.note}, stored ${got?.verdict ?? null}/${got?.note ?? null}`);
    }
  }
  // ... with its history: one row per decision and per note, each naming its claims
  result.historyRows = (store.db.prepare("SELECT COUNT(*) AS n FROM review_actions WHERE project_id = ? AND kind IN ('verdict', 'note') AND reviewer = 'soak reviewer'").get(p.id) as { n: number }).n;
  if (result.historyRows !== result.decisions + result.notes) result.lostDecisions.push(`history has ${result.historyRows} rows for ${result.decisions + result.notes} decisions`);
  const orphans = (store.db.prepare('SELECT COUNT(*) AS n FROM review_actions h WHERE project_id = ? AND NOT EXISTS (SELECT 1 FROM review_action_claims k WHERE k.action_id = h.id)').get(p.id) as { n: number }).n;
  if (orphans > 0) result.lostDecisions.push(`${orphans} history rows name no claim`);
  // every article is analysed
  const articles = await api['articles.list']({ projectId: p.id });
  result.articles = articles.length;
  result.articlesWithoutClaims = articles.filter((a) => a.claimCount === 0).map((a) => a.fileName);
  if (articles.length !== imported) result.articlesWithoutClaims.push(`expected ${imported} articles, found ${articles.length}`);
  store.close();
  return result;
}
