// Application menu. File and Help commands are forwarded to the renderer, which owns the
// flows (pick project, show progress) and calls the dialog.* API itself.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './channels';

export function buildMenu(send: (command: MenuCommand) => void, isMac: boolean): Menu {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Import Articles…', accelerator: 'CmdOrCtrl+O', click: () => send('import-articles') },
      { label: 'Export Report…', accelerator: 'CmdOrCtrl+E', click: () => send('export-report') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  // Help opens the renderer's own sheets, so the browser host and the window explain the same way.
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => send('show-shortcuts') },
      { label: 'How Corroborate Works', click: () => send('show-guide') },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    file,
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    help,
  ];
  return Menu.buildFromTemplate(template);
}
