// Projects' articles: import (files, pasted text, native dialog), corrections, removal, the demo project.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import { MAX_ARTICLE_BYTES } from '../../shared/engine/ingest/decode';
import type { IncomingFile } from '../worker/analysis-job';
import type { ServiceContext } from './context';

type Handlers = Pick<
  ApiHandlers,
  'projects.ensureDemo' | 'articles.list' | 'articles.get' | 'articles.import' | 'articles.addText' | 'articles.update' | 'articles.remove' | 'dialog.importArticles'
>;

export const DEMO_PROJECT_NAME = 'Demo: US–Russia talks in Riyadh';

/** Reads files from disk for import; unreadable or oversized files become clear refusals later. */
export function readFiles(paths: readonly string[]): IncomingFile[] {
  return paths.map((p) => {
    const name = path.basename(p);
    try {
      const size = statSync(p).size;
      // Do not read a huge file into memory just to refuse it: a 21 MB stand-in is enough for the message.
      if (size > MAX_ARTICLE_BYTES) return { name, bytes: new Uint8Array(MAX_ARTICLE_BYTES + 1) };
      return { name, bytes: new Uint8Array(readFileSync(p)) };
    } catch (err) {
      throw new Error(`Cannot read ${name}: ${(err as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
  });
}

export function articleHandlers(ctx: ServiceContext): Handlers {
  const { store, jobs } = ctx;
  return {
    'projects.ensureDemo': async () => {
      const existing = store.projects.list();
      if (existing.length > 0) return existing[0]!;
      const project = store.projects.create(DEMO_PROJECT_NAME, true);
      const files = readdirSync(ctx.seedsDir).filter((f) => /\.(txt|md|html?)$/i.test(f)).sort();
      const job = jobs.start('import', { projectId: project.id, add: readFiles(files.map((f) => path.join(ctx.seedsDir, f))) });
      const done = await jobs.wait(job.id);
      if (done.state !== 'done') throw new Error(`Could not load the demo articles: ${done.error ?? done.state}`);
      return store.projects.get(project.id);
    },
    'articles.list': (a) => store.articles.list(a.projectId),
    'articles.get': (a) => store.articles.detail(a.articleId),
    'articles.import': (a) => {
      store.projects.get(a.projectId);
      const add = a.files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.dataBase64, 'base64')) }));
      return { jobId: jobs.start('import', { projectId: a.projectId, add }).id };
    },
    'articles.addText': (a) => {
      store.projects.get(a.projectId);
      const name = /\.(txt|md|html?)$/i.test(a.name) ? a.name : `${a.name}.txt`;
      return { jobId: jobs.start('import', { projectId: a.projectId, add: [{ name, bytes: new TextEncoder().encode(a.text) }] }).id };
    },
    'articles.update': (a) => {
      const projectId = store.articles.projectOf(a.articleId);
      const current = store.articles.current(a.articleId);
      const outlet = a.outlet === undefined ? current.outlet : a.outlet === '' ? null : a.outlet;
      const published = a.published === undefined ? current.published : a.published;
      return { jobId: jobs.start('reanalyse', { projectId, update: { articleId: a.articleId, outlet, published } }).id };
    },
    'articles.remove': (a) => {
      const projectId = store.articles.projectOf(a.articleId);
      return { jobId: jobs.start('reanalyse', { projectId, removeArticleId: a.articleId }).id };
    },
    'dialog.importArticles': async (a) => {
      if (!ctx.dialogs) throw new Error('Native dialogs are only available in the desktop app; use the file picker.');
      store.projects.get(a.projectId);
      const paths = await ctx.dialogs.openArticles();
      if (!paths || paths.length === 0) return { jobId: null };
      return { jobId: jobs.start('import', { projectId: a.projectId, add: readFiles(paths) }).id };
    },
  };
}
