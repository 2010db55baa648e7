// Golden files for the seed project through the real engine and store, with a
// scripted set of reviewer decisions and a fixed clock. A change to the engine
// changes these on purpose: regenerate with UPDATE_GOLDEN=1 and read the diff.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS } from '../../shared/api/types';
import { buildReport } from '../../electron/services/reports';
import { makeApp } from '../helpers/services';
import { useTempDir } from '../helpers/temp';

const GOLDEN_DIR = fileURLToPath(new URL('./golden-seed/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const tempDir = useTempDir();

async function scriptedProject(): Promise<{ app: ReturnType<typeof makeApp>; projectId: number }> {
  let tick = 0;
  // One second per write, from a fixed instant: history timestamps are part of the report.
  const now = (): string => new Date(Date.UTC(2025, 1, 20, 9, 0, tick++)).toISOString();
  const app = makeApp(tempDir(), null, now);
  const { api } = app;
  await api['settings.set']({ reviewer: 'Desk reviewer', organisation: 'Example Fact Check', organisationUrl: 'https://factcheck.example' });
  const project = await api['projects.ensureDemo']({});
  const queue = await api['clusters.list']({ projectId: project.id, sort: 'article', limit: 100000 });
  const pick = (pred: (c: (typeof queue.items)[number]) => boolean): { id: number; key: string } | undefined => {
    const row = queue.items.find(pred);
    return row ? { id: row.id, key: row.key } : undefined;
  };
  const corroborated = pick((c) => c.suggested === 'corroborated');
  const contradicted = pick((c) => c.suggested === 'contradicted');
  const single = pick((c) => c.suggested === 'single-sourced');
  if (corroborated) await api['clusters.decide']({ cluster: corroborated, verdict: 'corroborated' });
  if (contradicted) {
    await api['clusters.decide']({ cluster: contradicted, verdict: 'contradicted' });
    await api['clusters.note']({ cluster: contradicted, note: 'Versions of the wire story disagree; asked the agency.' });
  }
  if (single) await api['clusters.decide']({ cluster: single, verdict: 'corroborated' }); // overrides the suggestion
  const conflict = (await api['entities.list']({ projectId: project.id })).find((e) => e.spellingConflict);
  if (conflict) {
    const other = conflict.spellings.map((s) => s.spelling).find((s) => s !== conflict.preferred);
    if (other) await api['entities.prefer']({ entity: { id: conflict.id, key: conflict.key }, spelling: other });
  }
  return { app, projectId: project.id };
}

describe('report golden files (seed project, scripted decisions)', () => {
  it('renders every format byte for byte as the golden files', async () => {
    const { app, projectId } = await scriptedProject();
    for (const format of REPORT_FORMATS) {
      const out = buildReport(app.store, projectId, format, '0.0.0-test', '2025-02-21T12:00:00.000Z');
      const file = `${GOLDEN_DIR}${out.filename}`;
      if (UPDATE) {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(file, out.content, 'utf8');
      }
      expect(existsSync(file), `missing golden ${file}; run with UPDATE_GOLDEN=1 once and review it`).toBe(true);
      expect(out.content, format).toBe(readFileSync(file, 'utf8'));
    }
    app.store.close();
  });

  it('gives the same bytes twice except the generation time', async () => {
    const { app, projectId } = await scriptedProject();
    for (const format of REPORT_FORMATS) {
      const a = buildReport(app.store, projectId, format, '1', '2025-02-21T12:00:00.000Z').content;
      const b = buildReport(app.store, projectId, format, '1', '2031-07-04T08:30:00.000Z').content;
      const strip = (s: string): string => s.replace(/2025-02-21T12:00:00\.000Z|2031-07-04T08:30:00\.000Z|2025-02-21 12:00 UTC|2031-07-04 08:30 UTC/g, 'T');
      expect(strip(a), format).toBe(strip(b));
    }
    app.store.close();
  });
});
