// The main window and the guards on its web contents.
import { BrowserWindow, shell, type WebContents } from 'electron';
import { APP_INDEX_URL, isAllowedNavigation, safeExternalUrl, webPreferences } from './policy';

export function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  // No new windows ever; an http(s) link goes to the user's browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    const external = safeExternalUrl(url);
    if (external) void shell.openExternal(external);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createMainWindow(preloadPath: string, devTools: boolean): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Corroborate',
    backgroundColor: '#ffffff',
    webPreferences: webPreferences(preloadPath, devTools),
  });
  guardContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_INDEX_URL);
  return win;
}
