// IPC channel names shared by the main process and the preload (no imports
// from 'electron' so both bundles and the unit tests can use them).
import type { ApiName } from '../../shared/api/contract';

export const API_CHANNEL_PREFIX = 'api:';

export function apiChannel(name: ApiName): string {
  return API_CHANNEL_PREFIX + name;
}

/** main -> renderer: a menu item was chosen */
export const MENU_CHANNEL = 'menu:command';

export const MENU_COMMANDS = ['import-articles', 'export-report', 'show-shortcuts', 'show-guide'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
