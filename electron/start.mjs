// `npm start`: build what is stale, then open the Electron window, or, where the
// Electron binary (or a display) is missing, say so in one line and start the
// headless host instead.
//
//   node electron/start.mjs               the app (falls back to the headless host)
//   node electron/start.mjs --headless    always the headless host (other args go to it)
//   node electron/start.mjs --native-only build better-sqlite3 for Electron, then exit (used before packaging)
//
// Native module, two ABIs: tests and the CLI run on Node and load
// node_modules/better-sqlite3 as npm installed it; Electron needs the same module
// compiled for its own ABI. Rebuilding node_modules in place (what
// electron-rebuild does by default) would break `npm test` after `npm start`.
// So the Electron build lives apart, in the gitignored .electron-native/<platform>-<arch>/:
// a scratch copy of the package is rebuilt there with @electron/rebuild, only the
// resulting better_sqlite3.node is kept (with a stamp of the Electron and
// better-sqlite3 versions, so it is rebuilt only when one changes), and the main
// process is pointed at it through CORROBORATE_SQLITE_BINDING (better-sqlite3's
// `nativeBinding` option; see electron/main/paths.ts). Packaging ships the same
// file as resources/native/better_sqlite3.node (electron-builder.yml).
// If that build fails (offline: no prebuilt download, no Electron headers), the
// window is NOT started with a binary of the wrong ABI; the headless host is.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nm = path.join(root, 'node_modules');
const args = process.argv.slice(2);
const say = (line) => console.log(line);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

// ---- build if needed -------------------------------------------------------

/** newest mtime under the given folders (skipping node_modules), in ms */
function newest(dirs) {
  let max = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else max = Math.max(max, statSync(p).mtimeMs);
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(path.join(root, d));
  return max;
}
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`Build failed: ${path.basename(cmdArgs[0] ?? cmd)} exited with ${r.status ?? r.signal}.`);
    process.exit(1);
  }
}

async function buildIfNeeded(withElectron) {
  const rendererOut = path.join(root, 'dist', 'renderer', 'index.html');
  if (mtime(rendererOut) < newest(['renderer', 'shared'])) {
    say('Building the renderer…');
    run(process.execPath, [path.join(nm, 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
  }
  // one esbuild run writes the window's bundles and the host's; either may be started from here
  const outs = ['host.mjs', 'analysis-worker.cjs', ...(withElectron ? ['main.cjs', 'preload.cjs'] : [])].map((f) => path.join(root, 'dist-electron', f));
  if (Math.min(...outs.map(mtime)) < newest(['electron', 'shared'])) {
    const { buildElectron } = await import('./build.mjs');
    await buildElectron();
  }
}

// ---- Electron binary -------------------------------------------------------

/**
 * Where the Electron binary is, or why it is unavailable. Deliberately NOT
 * require('electron'): since Electron 45 that call starts a download when the
 * binary is missing, which offline hangs or throws. The package records the
 * executable's relative path in path.txt once its download succeeded.
 */
function locateElectron() {
  const pkgDir = path.join(nm, 'electron');
  if (!existsSync(path.join(pkgDir, 'package.json'))) return { reason: 'the electron package is not installed' };
  const pathFile = path.join(pkgDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  // Electron's own rule (its index.js): an override dir holds the binary, named by
  // path.txt when the package has one, else plainly `electron`.
  const rel = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : override ? 'electron' : null;
  if (rel === null) return { reason: 'not downloaded: offline install?' };
  const bin = path.join(override || path.join(pkgDir, 'dist'), rel);
  try {
    accessSync(bin, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
  } catch {
    return { reason: `${bin} is missing or not executable` };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no display (DISPLAY / WAYLAND_DISPLAY unset)' };
  }
  return { bin, version: readJson(path.join(pkgDir, 'package.json')).version };
}

// ---- better-sqlite3 for Electron's ABI ----------------------------------------

function nativeDir() {
  return path.join(root, '.electron-native', `${process.platform}-${process.arch}`);
}

/** Returns the path of an Electron-ABI better_sqlite3.node, building it when stale; throws with a reason. */
async function ensureElectronSqlite(electronVersion) {
  const sqliteVersion = readJson(path.join(nm, 'better-sqlite3', 'package.json')).version;
  const dir = nativeDir();
  const binding = path.join(dir, 'better_sqlite3.node');
  const stampFile = path.join(dir, 'stamp.json');
  const stamp = { electron: electronVersion, betterSqlite3: sqliteVersion };
  if (existsSync(binding) && existsSync(stampFile) && JSON.stringify(readJson(stampFile)) === JSON.stringify(stamp)) return binding;

  say(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once)…`);
  // Scratch copy inside the repo so its requires (prebuild-install, bindings) resolve from ./node_modules.
  const work = path.join(root, '.electron-native', `build-${process.platform}-${process.arch}`);
  rmSync(work, { recursive: true, force: true });
  try {
    const copy = path.join(work, 'node_modules', 'better-sqlite3');
    cpSync(path.join(nm, 'better-sqlite3'), copy, {
      recursive: true,
      filter: (src) => !src.startsWith(path.join(nm, 'better-sqlite3', 'build')),
    });
    writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'corroborate-electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }));
    const { rebuild } = await import('@electron/rebuild');
    await rebuild({ buildPath: work, electronVersion, arch: process.arch, onlyModules: ['better-sqlite3'], force: true, mode: 'sequential' });
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) throw new Error('the rebuild produced no better_sqlite3.node');
    mkdirSync(dir, { recursive: true });
    // copy then rename: a half-written binary is never picked up
    copyFileSync(built, binding + '.tmp');
    renameSync(binding + '.tmp', binding);
    writeFileSync(stampFile, JSON.stringify(stamp));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return binding;
}

/**
 * Why the Electron build of better-sqlite3 failed, in words: the rebuild prints a network
 * error (a prebuilt binary or Electron's headers must be downloaded once) and then only
 * "node-gyp failed to rebuild"; the first says what the user can do about it.
 */
function explainNativeFailure(stderr) {
  const net = /getaddrinfo (EAI_AGAIN|ENOTFOUND) (\S+)|connect (ECONNREFUSED|ENETUNREACH|EHOSTUNREACH|ETIMEDOUT) (\S+)|\b(ENETUNREACH|EHOSTUNREACH|ECONNRESET|ETIMEDOUT)\b/.exec(stderr);
  if (net) {
    const code = net[1] ?? net[3] ?? net[5];
    const where = net[2] ?? net[4];
    return `it needs a one-time download${where ? ` from ${where}` : ''} (Electron's headers or a prebuilt binary) and the network is unreachable (${code})`;
  }
  return stderr.trim().split('\n').filter(Boolean).pop() ?? '';
}

/**
 * npm hands its config to scripts as npm_config_* variables, and node-gyp reads them: a
 * `nodedir` (set on machines that build native modules offline against the local Node
 * headers) would compile the module against Node's headers while it is labelled as built
 * for Electron, and Electron would refuse it. The Electron build gets Electron's own headers.
 */
const FOREIGN_BUILD_CONFIG = /^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|build_from_source)$/i;
function dropForeignBuildConfig() {
  for (const k of Object.keys(process.env)) if (FOREIGN_BUILD_CONFIG.test(k)) delete process.env[k];
}

/** The rebuild may reach the network; a child with a time limit keeps `npm start` from hanging on it. */
function nativeInChild(electronVersion) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--native-only', electronVersion], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: 10 * 60 * 1000,
    encoding: 'utf8',
  });
  if (r.status === 0) return { binding: path.join(nativeDir(), 'better_sqlite3.node') };
  const why = explainNativeFailure(r.stderr || '');
  return { reason: r.error ? r.error.message : why || `exit ${r.status ?? r.signal}` };
}

// ---- launchers ---------------------------------------------------------------

function forward(child) {
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startHeadless(hostArgs) {
  forward(spawn(process.execPath, [path.join(root, 'dist-electron', 'host.mjs'), ...hostArgs], { cwd: root, stdio: 'inherit' }));
}

function startElectron(bin, binding) {
  const env = { ...process.env, CORROBORATE_SQLITE_BINDING: binding };
  delete env.ELECTRON_RUN_AS_NODE; // would turn the binary into plain Node
  forward(spawn(bin, [root], { cwd: root, stdio: 'inherit', env }));
}

async function main() {
  if (args[0] === '--native-only') {
    dropForeignBuildConfig(); // before @electron/rebuild forks node-gyp with this environment
    const version = args[1] ?? readJson(path.join(nm, 'electron', 'package.json')).version;
    try {
      say(`better-sqlite3 for Electron: ${await ensureElectronSqlite(version)}`);
    } catch (err) {
      console.error(`Could not build better-sqlite3 for Electron ${version}: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    }
    return;
  }
  if (args[0] === '--headless') {
    await buildIfNeeded(false);
    return startHeadless(args.slice(1));
  }
  const electron = locateElectron();
  if (!electron.bin) {
    say(`Electron binary not available (${electron.reason}); starting the headless host instead.`);
    await buildIfNeeded(false);
    return startHeadless(args);
  }
  await buildIfNeeded(true);
  const native = nativeInChild(electron.version);
  if (!native.binding) {
    say(`better-sqlite3 could not be built for Electron ${electron.version}: ${native.reason}; starting the headless host instead.`);
    return startHeadless(args);
  }
  startElectron(electron.bin, native.binding);
}

main().catch((err) => {
  console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
