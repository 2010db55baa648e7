// IPC transport of the API contract: one `ipcMain.handle` channel per call.
// Every message is checked for its sender before the contract validates the
// arguments (dispatch) and the service runs; the answer is always an Envelope.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { API_NAMES, dispatch, errorEnvelope, type ApiHandlers, type Envelope } from '../../shared/api/contract';
import { apiChannel } from './channels';
import { isTrustedSender, type SenderInfo } from './policy';

export const REFUSED_SENDER = 'Refused: this call did not come from the Corroborate window.';

/** Reads what the policy needs from an IPC event (senderFrame is null once the frame is gone). */
export function senderInfo(event: IpcMainInvokeEvent, mainContents: WebContents | null): SenderInfo {
  const frame = event.senderFrame;
  return {
    frameUrl: frame ? frame.url : null,
    isMainFrame: frame ? frame.parent === null : false,
    fromMainWindow: mainContents !== null && event.sender === mainContents,
  };
}

/**
 * Registers the handlers; `mainContents` is asked at call time because the
 * window can be recreated (macOS re-activate). Returns an unregister function.
 */
export function registerApiIpc(handlers: ApiHandlers, mainContents: () => WebContents | null): () => void {
  const channels: string[] = [];
  for (const name of API_NAMES) {
    const channel = apiChannel(name);
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, args: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(senderInfo(event, mainContents()))) return errorEnvelope('forbidden', REFUSED_SENDER);
      return dispatch(handlers, name, args);
    });
    channels.push(channel);
  }
  return () => {
    for (const c of channels) ipcMain.removeHandler(c);
  };
}
