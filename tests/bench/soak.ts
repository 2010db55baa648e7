// `npm run bench:soak [-- SECONDS]`: the soak of tests/helpers/soak.ts for 60 s (or
// SECONDS): a CLI import loop, a host re-analysis loop and a stream of decisions on one
// database. Prints one line of figures and exits non-zero if any work was lost.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { soak } from '../helpers/soak';

const seconds = Number(process.argv[2] ?? 60);
const dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-soak-'));
try {
  const r = await soak(dir, seconds);
  const problems = [...r.cliFailures, ...r.hostFailures, ...r.otherErrors, ...r.lostDecisions, ...r.articlesWithoutClaims];
  console.log(
    `bench:soak ${r.seconds} s: ${r.cliImports} CLI imports, ${r.hostJobs} host re-analyses, ${r.decisions} verdicts + ${r.notes} notes ` +
      `(${r.historyRows} history rows), ${r.staleRefusals} stale refusals (re-read), ${r.busyRefusals} busy refusals, ${r.articles} articles, ` +
      `${r.articlesWithoutClaims.length} without claims, ${r.lostDecisions.length} lost or misplaced decisions`,
  );
  for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
  if (problems.length > 0 || r.busyRefusals > 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
