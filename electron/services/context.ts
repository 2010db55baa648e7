// What the services need from their host process. The Electron main process,
// the headless host, the CLI and tests each build one of these.
import type { AppInfo } from '../../shared/api/types';
import type { Store } from '../store';
import type { JobRunner } from '../worker/jobs';

/** Native dialogs exist only in Electron; the browser host and tests have none. */
export interface DesktopDialogs {
  /** paths the user picked, or null when cancelled */
  openArticles(): Promise<string[] | null>;
  /** a path the user picked (the native dialog asks before overwriting), or null */
  saveFile(defaultName: string, extension: string): Promise<string | null>;
  /** renders self-contained HTML to PDF bytes (webContents.printToPDF) */
  htmlToPdf(html: string): Promise<Uint8Array>;
}

export interface ServiceContext {
  store: Store;
  jobs: JobRunner;
  transport: AppInfo['transport'];
  dataDir: string;
  version: string;
  dialogs: DesktopDialogs | null;
  /** folder with the built-in demo articles */
  seedsDir: string;
}
