// Builds the analysis worker bundle for tests that run jobs in real worker threads
// (its own database connection), as the app and the host do.
import { build } from 'esbuild';
import path from 'node:path';

let built: Promise<string> | null = null;

export function analysisWorker(): Promise<string> {
  // Inside node_modules/.cache so the bundle resolves better-sqlite3 like dist-electron/ does.
  const outfile = path.resolve(__dirname, '../../node_modules/.cache/corroborate-test', `analysis-worker-${process.pid}.cjs`);
  built ??= build({
    entryPoints: [path.resolve(__dirname, '../../electron/worker/analysis-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'silent',
  }).then(() => outfile);
  return built;
}
