// Projects' articles: import (files, pasted text, native dialog), corrections,
// re-decoding, removal, the demo project.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import { ServiceError } from '../../shared/api/errors';
import type { ServiceContext } from './context';
import { readArticleFiles } from './files';

type Handlers = Pick<
  ApiHandlers,
  | 'projects.ensureDemo'
  | 'articles.list'
  | 'articles.get'
  | 'articles.import'
  | 'articles.addText'
  | 'articles.update'
  | 'articles.remove'
  | 'articles.redecode'
  | 'dialog.importArticles'
>;

export const DEMO_PROJECT_NAME = 'Demo: US–Russia talks in Riyadh';

export function articleHandlers(ctx: ServiceContext): Handlers {
  const { store, jobs } = ctx;
  return {
    'projects.ensureDemo': async () => {
      const existing = store.projects.list();
      if (existing.length > 0) return existing[0]!;
      const project = store.projects.create(DEMO_PROJECT_NAME, true);
      const names = readdirSync(ctx.seedsDir).filter((f) => /\.(txt|md|html?)$/i.test(f)).sort();
      const read = readArticleFiles(names.map((f) => path.join(ctx.seedsDir, f)));
      const job = jobs.start('import', { projectId: project.id, add: read.files, refused: read.refused });
      const done = await jobs.wait(job.id);
      if (done.state !== 'done') throw new ServiceError(done.errorCode ?? 'internal', `Could not load the demo articles: ${done.error ?? done.state}`);
      return store.projects.get(project.id);
    },
    'articles.list': (a) => {
      store.projects.get(a.projectId);
      return store.articles.list(a.projectId);
    },
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
    'articles.redecode': (a) => {
      const projectId = store.articles.projectOf(a.articleId);
      return { jobId: jobs.start('reanalyse', { projectId, redecode: { articleId: a.articleId, encoding: a.encoding } }).id };
    },
    'dialog.importArticles': async (a) => {
      if (!ctx.dialogs) throw new ServiceError('unavailable', 'Native dialogs are only available in the desktop app; use the file picker.');
      store.projects.get(a.projectId);
      const paths = await ctx.dialogs.openArticles();
      if (!paths || paths.length === 0) return { jobId: null };
      const read = readArticleFiles(paths);
      return { jobId: jobs.start('import', { projectId: a.projectId, add: read.files, refused: read.refused }).id };
    },
  };
}
