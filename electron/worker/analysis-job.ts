// One analysis job: decode new files, run the engine over the whole project,
// re-apply the reviewer's corrections, and write everything in one transaction.
// Runs the same way inline (CLI, tests) and inside the worker thread (app, host).
import { analyze, AnalysisCancelled } from '../../shared/engine/analyze';
import { decodeBytes } from '../../shared/engine/ingest/decode';
import { hashText } from '../../shared/engine/ingest';
import { applyClaimMoves } from '../../shared/engine/overrides';
import type { ImportSummary } from '../../shared/api/types';
import type { ArticleInput, Entity } from '../../shared/types';
import type { NewArticle, Store } from '../store';
import { applyStoredTags } from '../services/name-tags';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export interface AnalysisRequest {
  projectId: number;
  add?: IncomingFile[];
  removeArticleId?: number;
  update?: { articleId: number; outlet: string | null; published: string | null };
}

export interface JobHooks {
  onProgress?: (phase: string, done: number, total: number) => void;
  isCancelled?: () => boolean;
}

export class JobCancelled extends Error {
  constructor() {
    super('Cancelled: nothing was changed.');
    this.name = 'JobCancelled';
  }
}

function baseName(file: string): string {
  const last = file.split(/[\\/]/).pop() ?? file;
  return last.replace(/\.[^.]+$/, '') || 'article';
}

/** Decodes and de-duplicates incoming files against the project; nothing is written here. */
function prepare(store: Store, req: AnalysisRequest, hooks: JobHooks): { added: NewArticle[]; summary: ImportSummary } {
  const summary: ImportSummary = { added: 0, duplicates: [], refused: [] };
  const known = store.articles.hashes(req.projectId);
  const usedIds = new Set(known.values());
  const added: NewArticle[] = [];
  const files = req.add ?? [];
  files.forEach((f, i) => {
    if (hooks.isCancelled?.()) throw new JobCancelled();
    hooks.onProgress?.('read', i + 1, files.length);
    const decoded = decodeBytes(f.bytes, f.name);
    if (!decoded.ok) {
      summary.refused.push({ file: f.name, error: decoded.error });
      return;
    }
    const hash = hashText(decoded.text);
    if (known.has(hash)) {
      summary.duplicates.push(f.name);
      return;
    }
    let engineId = baseName(f.name);
    for (let n = 2; usedIds.has(engineId); n++) engineId = `${baseName(f.name)}~${n}`;
    usedIds.add(engineId);
    known.set(hash, engineId);
    added.push({ hash, engineId, fileName: f.name, encoding: decoded.encoding, raw: decoded.text });
  });
  summary.added = added.length;
  return { added, summary };
}

export function runAnalysisJob(store: Store, req: AnalysisRequest, hooks: JobHooks = {}, now = (): string => new Date().toISOString()): ImportSummary {
  const { added, summary } = prepare(store, req, hooks);
  if (req.add && added.length === 0) return summary; // nothing new: leave the analysis as it is
  const stored = store.articles.inputs(req.projectId).filter((a) => a.id !== req.removeArticleId);
  const inputs: ArticleInput[] = stored.map((a) =>
    a.id === req.update?.articleId ? { ...a.input, outletOverride: req.update.outlet, publishedOverride: req.update.published } : a.input,
  );
  for (const a of added) inputs.push({ id: a.engineId, file: a.fileName, text: a.raw });

  let engine;
  try {
    engine = analyze(inputs, { onProgress: hooks.onProgress, isCancelled: hooks.isCancelled });
  } catch (err) {
    throw err instanceof AnalysisCancelled ? new JobCancelled() : err;
  }
  const analysis = applyClaimMoves(engine, store.review.moves(req.projectId));
  const entities = applyStoredTags(store, req.projectId, analysis.entities);
  if (hooks.isCancelled?.()) throw new JobCancelled();
  hooks.onProgress?.('save', 0, 1);
  store.db.transaction(() => {
    if (req.removeArticleId !== undefined) store.articles.remove(req.removeArticleId);
    if (req.update) store.articles.setOverrides(req.update.articleId, req.update.outlet, req.update.published);
    store.people.setEngineEntities(req.projectId, analysis.entities as Entity[]);
    store.writer.write(req.projectId, analysis, entities, added, now());
  })();
  hooks.onProgress?.('save', 1, 1);
  return summary;
}
