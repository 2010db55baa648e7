// bench:scale — claims of all PolNeAR train+dev articles through parseArticle + extractClaims
// + groupSources + alignClaims; prints claims, time, candidate pairs vs all pairs, peak memory.
import fs from 'node:fs';
import path from 'node:path';
import { alignClaimsWithStats } from '../../shared/engine/claims/align';
import { extractClaims } from '../../shared/engine/claims/extract';
import { parseArticle } from '../../shared/engine/ingest';
import { groupSources } from '../../shared/engine/sources';
import { evalRoot } from './msrp';

function main(): void {
  const root = path.join(evalRoot, 'polnear');
  if (!fs.existsSync(root)) {
    console.log(`bench:scale skipped: ${root} not found`);
    return;
  }
  const files = ['train', 'dev'].flatMap((split) => {
    const dir = path.join(root, split, 'text');
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f)) : [];
  });
  const inputs = files.map((f) => ({ id: path.basename(f, '.txt'), file: f, text: fs.readFileSync(f, 'utf8') }));
  let peak = process.memoryUsage().rss;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 50);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const parsed = inputs.map(parseArticle);
  const t1 = performance.now();
  const claims = parsed.flatMap((a) => extractClaims(a, []));
  const t2 = performance.now();
  const { groups: sourceGroups, copies } = groupSources(parsed);
  const t3 = performance.now();
  const { clusters, stats } = alignClaimsWithStats({ claims, articles: parsed, sourceGroups, copies, quotes: [] });
  const t4 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  sample();
  const multi = clusters.filter((c) => c.claims.length > 1).length;
  const s = (ms: number): string => (ms / 1000).toFixed(2);
  console.log(
    `bench:scale ${files.length} articles, ${stats.claims} claims, ${clusters.length} clusters (${multi} multi-claim), ` +
      `${sourceGroups.length} source groups; time ${s(t4 - t0)} s wall, ${s((cpu.user + cpu.system) / 1000)} s CPU (parse ${s(t1 - t0)}, claims ${s(t2 - t1)}, sources ${s(t3 - t2)}, align ${s(t4 - t3)}); ` +
      `candidate pairs ${stats.candidatePairs} (model-scored ${stats.scoredPairs}) of ${stats.allPairs} all pairs (${((100 * stats.candidatePairs) / Math.max(1, stats.allPairs)).toFixed(3)}%); ` +
      `peak RSS ${(peak / 1048576).toFixed(0)} MB`,
  );
}

main();
