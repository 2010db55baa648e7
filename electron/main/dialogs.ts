// DesktopDialogs (electron/services/context.ts) on Electron's native dialogs.
import { BrowserWindow, dialog, session } from 'electron';
import type { DesktopDialogs } from '../services/context';
import { webPreferences } from './policy';

const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm'];
const PDF_PARTITION = 'corroborate-pdf';

/**
 * The PDF renderer gets its own in-memory session that loads nothing but the
 * data: URL it is given, with JavaScript off: report HTML is self-contained,
 * and article text inside it must never be able to run or fetch anything.
 */
function pdfSession(): Electron.Session {
  const ses = session.fromPartition(PDF_PARTITION, { cache: false });
  ses.setPermissionRequestHandler((_wc, _p, cb) => cb(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !details.url.startsWith('data:') }));
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
      const win = new BrowserWindow({ show: false, webPreferences: prefs });
      try {
        win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
        win.webContents.on('will-navigate', (e) => e.preventDefault());
        await win.loadURL('data:text/html;charset=utf-8;base64,' + Buffer.from(html, 'utf8').toString('base64'));
        const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
        return new Uint8Array(pdf);
      } finally {
        win.destroy();
      }
    },
  };
}
