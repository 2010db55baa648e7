// DesktopDialogs (electron/services/context.ts) on Electron's native dialogs.
import { BrowserWindow, dialog, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DesktopDialogs } from '../services/context';
import { webPreferences } from './policy';

const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm'];
const PDF_PARTITION = 'corroborate-pdf';

/**
 * The PDF renderer gets its own in-memory session that loads nothing but the
 * one report file being printed (and inline data: images), with JavaScript off:
 * report HTML is self-contained, and article text inside it must never run or
 * fetch anything. A temp file, not a data: URL, because Chromium caps URLs at 2 MB.
 */
const allowedPdfSources = new Set<string>();
function pdfSession(): Electron.Session {
  const ses = session.fromPartition(PDF_PARTITION, { cache: false });
  ses.setPermissionRequestHandler((_wc, _p, cb) => cb(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, cb) => {
    cb({ cancel: !(allowedPdfSources.has(details.url) || details.url.startsWith('data:')) });
  });
  return ses;
}

export function createDesktopDialogs(owner: () => BrowserWindow | null, preloadPath: string): DesktopDialogs {
  let pdfSes: Electron.Session | null = null;
  return {
    async openArticles() {
      const win = owner();
      const opts: Electron.OpenDialogOptions = {
        title: 'Import articles',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Articles', extensions: ARTICLE_EXTENSIONS },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return res.canceled || res.filePaths.length === 0 ? null : res.filePaths;
    },
    async saveFile(defaultName, extension) {
      const win = owner();
      const ext = extension.replace(/^\./, '');
      const opts: Electron.SaveDialogOptions = {
        title: 'Export report',
        defaultPath: defaultName,
        filters: [{ name: ext.toUpperCase(), extensions: [ext] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const res = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return res.canceled || !res.filePath ? null : res.filePath;
    },
    async htmlToPdf(html) {
      pdfSes ??= pdfSession();
      const prefs = { ...webPreferences(preloadPath, false), preload: undefined, javascript: false, session: pdfSes };
      const dir = await mkdtemp(path.join(os.tmpdir(), 'corroborate-pdf-'));
      const file = path.join(dir, 'report.html');
      await writeFile(file, html, 'utf8');
      const source = pathToFileURL(file).href;
      const win = new BrowserWindow({ show: false, webPreferences: prefs });
      try {
        win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
        win.webContents.on('will-navigate', (e) => e.preventDefault());
        allowedPdfSources.add(source);
        await win.loadURL(source);
        const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
        return new Uint8Array(pdf);
      } finally {
        allowedPdfSources.delete(source);
        win.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
