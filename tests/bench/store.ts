// `npm run bench:store`: the store at the scale the UI must stay smooth at.
// Writes a synthetic project of 50,000 claims (500 articles x 100 claims, 25,000
// clusters of two), then times the queue queries the reviewer's UI makes.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { storeAnalysis, syntheticAnalysis } from '../helpers/synthetic';
import { openStore } from '../../electron/store';
import { decide, moveToCluster, undoLatest } from '../../electron/services/actions';

const ARTICLES = 500;
const PER_ARTICLE = 100;

function time<T>(label: string, fn: () => T, runs = 5): T {
  let result = fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) result = fn();
  const ms = (performance.now() - t0) / runs;
  console.log(`  ${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms`);
  return result;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-bench-'));
try {
  const store = openStore(path.join(dir, 'bench.sqlite'));
  const project = store.projects.create('bench');
  const analysis = syntheticAnalysis(ARTICLES, PER_ARTICLE);
  const t0 = performance.now();
  storeAnalysis(store, project.id, analysis);
  const writeMs = performance.now() - t0;
  // a re-analysis of the same project: clusters are diffed by key and keep their ids
  const t1 = performance.now();
  store.write(() => store.writer.write(project.id, analysis, [], new Date().toISOString()));
  const rewriteMs = performance.now() - t1;
  console.log(`bench:store  ${analysis.claims.length} claims, ${analysis.clusters.length} clusters, ${ARTICLES} articles`);
  console.log(`  ${'write whole analysis (one transaction)'.padEnd(44)} ${writeMs.toFixed(1).padStart(8)} ms  (${Math.round(analysis.claims.length / (writeMs / 1000))} claims/s)`);
  console.log(`  ${'write it again (re-analysis, ids kept)'.padEnd(44)} ${rewriteMs.toFixed(1).padStart(8)} ms`);
  const first = time('queue: first page of 200, article order', () => store.clusters.list({ projectId: project.id, limit: 200 }));
  time('queue: contested first', () => store.clusters.list({ projectId: project.id, sort: 'contested', limit: 200 }));
  time('queue: filter suggested contradicted', () => store.clusters.list({ projectId: project.id, verdict: 'contradicted', limit: 200 }));
  const hits = time('queue: full-text search "minister summit"', () => store.clusters.list({ projectId: project.id, search: 'minister summit', limit: 200 }));
  console.log(`    (${hits.total} matching clusters; rows show the matching claim)`);
  time('queue: one article', () => store.clusters.list({ projectId: project.id, articleId: 17, limit: 200 }));
  const target = first.items[100]!;
  const ref = { id: target.id, key: target.key };
  time('detail of one cluster', () => store.clusters.detail(target.id));
  time('decide a cluster (transaction + history)', () => decide(store, ref, 'corroborated', 'bench'), 20);
  const claim = store.clusters.detail(first.items[101]!.id).claims[0]!.key;
  const anchor = store.clusters.detail(target.id).claims[0]!.key;
  time('move a claim (regroup the project) + undo', () => {
    // a move gives the target a new member set, so a new id: find it by its first claim
    const row = store.clusters.row(store.clusters.idOfClaim(project.id, anchor)!);
    moveToCluster(store, claim, { id: row.id, key: row.key }, 'bench');
    undoLatest(store, project.id, 'bench');
  }, 3);
  time('unreviewed filter after a decision', () => store.clusters.list({ projectId: project.id, unreviewed: true, limit: 200 }));
  const mem = process.memoryUsage();
  console.log(`  memory: rss ${(mem.rss / 1048576).toFixed(0)} MB, heap ${(mem.heapUsed / 1048576).toFixed(0)} MB`);
  store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
