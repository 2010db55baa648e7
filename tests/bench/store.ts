// `npm run bench:store`: the store at the scale the UI must stay smooth at.
// Writes a synthetic project of 50,000 claims (500 articles x 100 claims, 25,000
// clusters of two), then times the queue queries the reviewer's UI makes.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { syntheticAnalysis } from '../helpers/synthetic';
import { openStore } from '../../electron/store';

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
  const added = analysis.articles.map((a) => ({ hash: a.hash, engineId: a.id, fileName: a.file, encoding: 'utf-8', raw: a.text }));
  const t0 = performance.now();
  store.writer.write(project.id, analysis, [], added, new Date().toISOString());
  const writeMs = performance.now() - t0;
  console.log(`bench:store  ${analysis.claims.length} claims, ${analysis.clusters.length} clusters, ${ARTICLES} articles`);
  console.log(`  ${'write whole analysis (one transaction)'.padEnd(44)} ${writeMs.toFixed(1).padStart(8)} ms  (${Math.round(analysis.claims.length / (writeMs / 1000))} claims/s)`);
  const first = time('queue: first page of 200, article order', () => store.clusters.list({ projectId: project.id, limit: 200 }));
  time('queue: contested first', () => store.clusters.list({ projectId: project.id, sort: 'contested', limit: 200 }));
  time('queue: filter suggested contradicted', () => store.clusters.list({ projectId: project.id, verdict: 'contradicted', limit: 200 }));
  const hits = time('queue: full-text search "minister summit"', () => store.clusters.list({ projectId: project.id, search: 'minister summit', limit: 200 }));
  console.log(`    (${hits.total} matching clusters; rows show the matching claim)`);
  time('queue: one article', () => store.clusters.list({ projectId: project.id, articleId: 17, limit: 200 }));
  const target = first.items[100]!.id;
  time('detail of one cluster', () => store.clusters.detail(target));
  time('decide a cluster (transaction + history)', () => store.review.decide(target, 'corroborated', 'bench'), 20);
  time('unreviewed filter after a decision', () => store.clusters.list({ projectId: project.id, unreviewed: true, limit: 200 }));
  const mem = process.memoryUsage();
  console.log(`  memory: rss ${(mem.rss / 1048576).toFixed(0)} MB, heap ${(mem.heapUsed / 1048576).toFixed(0)} MB`);
  store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
