// The short soak (10 s) in every `npm test`; `npm run bench:soak` runs it for 60 s.
import { describe, expect, it } from 'vitest';
import { soak } from '../helpers/soak';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('soak: a CLI import loop, a host re-analysis loop and a stream of decisions on one database', () => {
  it('ends with every decision present with its history and every article analysed', async () => {
    const r = await soak(tempDir(), 10);
    console.log(`soak ${r.seconds} s: ${r.cliImports} CLI imports, ${r.hostJobs} host re-analyses, ${r.decisions} verdicts + ${r.notes} notes, ${r.staleRefusals} stale refusals (reloaded), ${r.busyRefusals} busy, ${r.articles} articles`);
    expect(r.cliImports).toBeGreaterThan(0);
    expect(r.hostJobs).toBeGreaterThan(0);
    expect(r.decisions + r.notes).toBeGreaterThan(20);
    expect(r.cliFailures).toEqual([]);
    expect(r.hostFailures).toEqual([]);
    expect(r.otherErrors).toEqual([]);
    expect(r.busyRefusals).toBe(0);
    expect(r.lostDecisions).toEqual([]);
    expect(r.articlesWithoutClaims).toEqual([]);
  }, 90000);
});
