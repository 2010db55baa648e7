// Preload for the sandboxed renderer. Sandboxed preloads run as CommonJS and may
// only require 'electron', so build.mjs bundles this file (with the contract's
// call names) into dist-electron/preload.cjs.
//
// It exposes `window.corroborate`: one function per API call, each resolving to
// the main process's Envelope, plus `onMenu`. ipcRenderer itself never crosses
// the bridge, so the page cannot send on arbitrary channels.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_NAMES, type ApiName, type Envelope } from '../../shared/api/contract';
import { MENU_CHANNEL, apiChannel, isMenuCommand, type MenuCommand } from '../main/channels';

export type BridgeCall = (args: unknown) => Promise<Envelope<unknown>>;
export type Bridge = Record<ApiName, BridgeCall> & {
  /** subscribe to application-menu commands; returns the unsubscribe function */
  onMenu(cb: (command: MenuCommand) => void): () => void;
};

export function buildBridge(): Bridge {
  const calls = {} as Record<ApiName, BridgeCall>;
  for (const name of API_NAMES) {
    const channel = apiChannel(name);
    // Only plain data crosses: args go through structured clone, the answer is an Envelope.
    calls[name] = (args: unknown) => ipcRenderer.invoke(channel, args ?? {}) as Promise<Envelope<unknown>>;
  }
  const onMenu = (cb: (command: MenuCommand) => void): (() => void) => {
    if (typeof cb !== 'function') throw new TypeError('onMenu expects a function');
    // The IPC event (with its sender) is never handed to the page.
    const listener = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) cb(command);
    };
    ipcRenderer.on(MENU_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, listener);
    };
  };
  return { ...calls, onMenu };
}

contextBridge.exposeInMainWorld('corroborate', buildBridge());
