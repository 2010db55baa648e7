// Electron main process: lifecycle, the one window, menus and the IPC API.
// Security decisions live in ./policy (pure, unit-tested); this file wires them.
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MENU_CHANNEL, type MenuCommand } from './channels';
import { createDesktopDialogs } from './dialogs';
import { registerApiIpc } from './ipc';
import { buildMenu } from './menu';
import { appLayout, resolveDataDir, sqliteBinding, SQLITE_BINDING_ENV } from './paths';
import { registerAppScheme, serveRenderer } from './protocol';
import { startServices, type RunningServices } from './services';
import { hardenSession } from './session';
import { guardContents, createMainWindow } from './window';

const layout = appLayout(__dirname, app.isPackaged, process.resourcesPath);
let mainWindow: BrowserWindow | null = null;
let services: RunningServices | null = null;

// Data dir first: Chromium writes caches under userData as soon as it starts,
// so an override (tests) must move userData too, before 'ready'.
const dataDir = resolveDataDir(process.env, app.getPath('userData'));
mkdirSync(dataDir, { recursive: true });
app.setPath('userData', dataDir);

// better-sqlite3 in this process and in the worker thread reads this (electron/main/sqlite-binding.cjs).
// A stale path (file gone) is dropped rather than handed to better-sqlite3.
const binding = sqliteBinding(process.env, app.isPackaged, process.resourcesPath);
if (binding) process.env[SQLITE_BINDING_ENV] = binding;
else delete process.env[SQLITE_BINDING_ENV];

registerAppScheme();
app.enableSandbox();

// A second launch focuses the running window instead of opening the same database twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_e, contents) => guardContents(contents));
  app.whenReady().then(start).catch((err: unknown) => fail(err));
}

function openWindow(): void {
  mainWindow = createMainWindow(layout.preloadPath, !app.isPackaged);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function sendMenu(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_CHANNEL, command);
}

function start(): void {
  const ses = session.defaultSession;
  hardenSession(ses);
  serveRenderer(ses, layout.rendererDir);
  const dialogs = createDesktopDialogs(() => mainWindow, layout.preloadPath);
  services = startServices({
    dataDir,
    seedsDir: layout.seedsDir,
    version: app.getVersion(),
    dialogs,
  });
  registerApiIpc(services.handlers, () => mainWindow?.webContents ?? null);
  Menu.setApplicationMenu(buildMenu(sendMenu, process.platform === 'darwin'));
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

function fail(err: unknown): void {
  let message = err instanceof Error ? err.message : String(err);
  if (/NODE_MODULE_VERSION|better_sqlite3|better-sqlite3/.test(message)) {
    message += '\nThe SQLite module is not built for this Electron version: start the app with `npm start`, which builds it.';
  }
  process.stderr.write(`Corroborate could not start: ${message}\n`);
  dialog.showErrorBox('Corroborate could not start', `${message}\n\nData folder: ${path.resolve(dataDir)}`);
  app.exit(1);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

let closing = false;
app.on('will-quit', (event) => {
  if (closing || !services) return;
  // Let the job runner stop its worker and the store checkpoint its WAL before exit.
  closing = true;
  event.preventDefault();
  const s = services;
  services = null;
  void s.close().finally(() => app.quit());
});
