// `npm run build:electron`: bundles the Electron side with esbuild.
//   electron/main/index.ts            -> dist-electron/main.cjs
//   electron/preload/index.ts         -> dist-electron/preload.cjs  (sandboxed preloads must be one CJS file requiring only 'electron')
//   electron/worker/analysis-worker.ts -> dist-electron/analysis-worker.cjs (when present)
//   electron/host/main.ts             -> dist-electron/host.mjs     (the headless host, for plain Node)
// better-sqlite3 stays external: its native binary is chosen at run time (see electron/main/paths.ts).
import { build } from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-electron');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3'],
  // maps double the output and the build time; opt in when debugging the main process
  sourcemap: process.env.CORROBORATE_SOURCEMAP ? 'linked' : false,
  logLevel: 'warning',
  legalComments: 'none',
};

/**
 * The preload needs only the call NAMES from the contract, not zod and the
 * schemas (~450 kB). This plugin hands the preload a generated module holding
 * API_NAMES, computed from the real contract at build time, so the two cannot drift.
 */
async function contractNamesPlugin() {
  const out = await build({
    entryPoints: [path.join(root, 'shared/api/contract.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  const { API_NAMES } = await import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
  if (!Array.isArray(API_NAMES) || API_NAMES.length === 0) throw new Error('contract exports no API_NAMES');
  return {
    name: 'contract-names',
    setup(b) {
      b.onResolve({ filter: /shared\/api\/contract$/ }, () => ({ path: 'contract-names', namespace: 'contract-names' }));
      b.onLoad({ filter: /.*/, namespace: 'contract-names' }, () => ({
        contents: `export const API_NAMES = ${JSON.stringify(API_NAMES)};`,
        loader: 'js',
      }));
    },
  };
}

/**
 * Inside the Electron bundles, 'better-sqlite3' resolves to a thin wrapper that
 * passes the Electron-ABI binary (electron/main/sqlite-binding.cjs); the wrapper
 * itself loads the real package, which stays external.
 */
const shim = path.join(root, 'electron', 'main', 'sqlite-binding.cjs');
const sqliteBindingPlugin = {
  name: 'sqlite-binding',
  setup(b) {
    b.onResolve({ filter: /^better-sqlite3$/ }, (args) =>
      args.importer === shim ? { path: 'better-sqlite3', external: true } : { path: shim },
    );
  },
};

export async function buildElectron() {
  mkdirSync(outdir, { recursive: true });
  const started = Date.now();
  // started now, awaited only by the preload, so the node bundles build meanwhile
  const names = contractNamesPlugin();
  // main and worker in ONE esbuild call: the engine and store they share are parsed once.
  const nodeEntries = { main: path.join(root, 'electron/main/index.ts') };
  const worker = path.join(root, 'electron/worker/analysis-worker.ts');
  if (existsSync(worker)) nodeEntries['analysis-worker'] = worker;
  // allSettled: every bundle that can be built is written, then failures are reported together.
  const results = await Promise.allSettled([
    build({ ...common, entryPoints: nodeEntries, outdir, entryNames: '[name]', outExtension: { '.js': '.cjs' }, plugins: [sqliteBindingPlugin] }),
    // the headless host as one ES module for plain Node: `npm run serve` and the `npm start`
    // fallback start in about half a second instead of compiling TypeScript on every start (tsx)
    build({
      ...common,
      format: 'esm',
      entryPoints: [path.join(root, 'electron/host/main.ts')],
      outfile: path.join(outdir, 'host.mjs'),
      // bundled CommonJS dependencies may call require(); ESM has none of its own
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    }),
    names.then((plugin) =>
      build({ ...common, entryPoints: [path.join(root, 'electron/preload/index.ts')], outfile: path.join(outdir, 'preload.cjs'), minify: true, plugins: [plugin] }),
    ),
  ]);
  const failed = results.filter((r) => r.status === 'rejected');
  if (failed.length > 0) throw new Error(failed.map((r) => (r.reason instanceof Error ? r.reason.message : String(r.reason))).join('\n'));
  const built = [...[...Object.keys(nodeEntries), 'preload'].map((n) => `${n}.cjs`), 'host.mjs'].sort();
  return { built, ms: Date.now() - started };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  buildElectron()
    .then(({ built, ms }) => console.log(`build:electron: ${built.join(', ')} -> dist-electron/ in ${ms} ms`))
    .catch((err) => {
      console.error(`build:electron failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    });
}
