// One analysis job: decode new files, run the engine over the whole project, and
// write the result so that no other writer's work is ever overwritten:
//   1. take the project's lease (one analysing writer per project; others wait and
//      say who they wait for);
//   2. read a snapshot (articles + the project revision) in one read transaction;
//   3. analyse outside any transaction;
//   4. write in ONE IMMEDIATE transaction, only if the revision is still the one read
//      (otherwise read again and analyse again, a bounded number of times). The
//      reviewer's moves and name tags are read inside that transaction and re-applied.
// A cancel, a crash or a refused file leaves the project as it was.
// Runs the same way inline (CLI, tests) and inside the worker thread (app, host).
import { randomUUID } from 'node:crypto';
import { ServiceError } from '../../shared/api/errors';
import type { ImportSummary } from '../../shared/api/types';
import { analyze, AnalysisCancelled } from '../../shared/engine/analyze';
import { decodeAs, decodeBytes, describeNote, type DecodeNote, type TextEncodingName } from '../../shared/engine/ingest/decode';
import { hashText } from '../../shared/engine/ingest';
import type { Analysis, ArticleInput, Entity } from '../../shared/types';
import type { IncomingFile, Refusal } from '../services/files';
import { applyStoredTags } from '../services/name-tags';
import type { NewArticle, Store } from '../store';
import { sleepSync } from '../store/db';
import { thisMachine } from '../store/leases';

export type { IncomingFile };

export interface AnalysisRequest {
  projectId: number;
  add?: IncomingFile[];
  /** files refused before the job (unreadable, not regular files), reported with the rest */
  refused?: Refusal[];
  removeArticleId?: number;
  update?: { articleId: number; outlet: string | null; published: string | null };
  /** decode an article's original bytes again with this encoding */
  redecode?: { articleId: number; encoding: TextEncodingName };
}

export interface JobHooks {
  onProgress?: (phase: string, done: number, total: number) => void;
  /** a message to show while the job waits for another writer or analyses again; null clears it */
  onNotice?: (notice: string | null) => void;
  isCancelled?: () => boolean;
  /** who this writer is, in words, for others waiting on it ("the headless host") */
  who?: string;
}

export class JobCancelled extends Error {
  constructor() {
    super('Cancelled: nothing was changed.');
    this.name = 'JobCancelled';
  }
}

/** Analyses of one job before it gives up because other writers keep changing the project. */
export const MAX_ATTEMPTS = 5;
/** Longest wait for another writer's lease. */
export const MAX_LEASE_WAIT_MS = 15 * 60_000;
const RENEW_EVERY_MS = 2000;

interface Decoded {
  name: string;
  text: string;
  encoding: TextEncodingName;
  notes: DecodeNote[];
  original: Uint8Array;
}

function baseName(file: string): string {
  const last = file.split(/[\\/]/).pop() ?? file;
  return last.replace(/\.[^.]+$/, '') || 'article';
}

function decodeAll(files: readonly IncomingFile[], summary: ImportSummary, hooks: JobHooks): Decoded[] {
  const out: Decoded[] = [];
  files.forEach((f, i) => {
    if (hooks.isCancelled?.()) throw new JobCancelled();
    hooks.onProgress?.('read', i + 1, files.length);
    const d = decodeBytes(f.bytes, f.name);
    if (!d.ok) {
      summary.refused.push({ file: f.name, error: d.error });
      return;
    }
    for (const n of d.notes) summary.warnings.push({ file: f.name, warning: describeNote(n) });
    out.push({ name: f.name, text: d.text, encoding: d.encoding, notes: d.notes, original: f.bytes });
  });
  return out;
}

/** New articles against the snapshot's hashes: duplicates skipped, engine ids unique. */
function newArticles(decoded: readonly Decoded[], known: Map<string, string>, duplicates: string[]): NewArticle[] {
  const usedIds = new Set(known.values());
  const seen = new Set(known.keys());
  const added: NewArticle[] = [];
  for (const d of decoded) {
    const hash = hashText(d.text);
    if (seen.has(hash)) {
      duplicates.push(d.name);
      continue;
    }
    seen.add(hash);
    let engineId = baseName(d.name);
    for (let n = 2; usedIds.has(engineId); n++) engineId = `${baseName(d.name)}~${n}`;
    usedIds.add(engineId);
    added.push({ hash, engineId, fileName: d.name, encoding: d.encoding, raw: d.text, original: d.original, notes: d.notes });
  }
  return added;
}

/** Waits for the project's lease; returns its owner token. */
function acquireLease(store: Store, projectId: number, hooks: JobHooks): string {
  const me = { owner: randomUUID(), pid: process.pid, host: thisMachine(), label: hooks.who ?? 'another Corroborate' };
  const started = Date.now();
  let waiting = false;
  for (;;) {
    const r = store.leases.tryAcquire(projectId, me);
    if (r.ok) {
      if (waiting) hooks.onNotice?.(null);
      return me.owner;
    }
    const where = r.holder.host === me.host ? `process ${r.holder.pid}` : `process ${r.holder.pid} on ${r.holder.host}`;
    hooks.onNotice?.(`Waiting: ${r.holder.label} (${where}) is analysing this project; this job starts when it is done.`);
    waiting = true;
    if (hooks.isCancelled?.()) throw new JobCancelled();
    if (Date.now() - started > MAX_LEASE_WAIT_MS) {
      throw new ServiceError('conflict', `${r.holder.label} has been analysing this project for over ${MAX_LEASE_WAIT_MS / 60_000} minutes; nothing was written. Try again later.`);
    }
    sleepSync(200);
  }
}

export function runAnalysisJob(store: Store, req: AnalysisRequest, hooks: JobHooks = {}, now = (): string => new Date().toISOString()): ImportSummary {
  const pid = req.projectId;
  store.projects.get(pid);
  const summary: ImportSummary = { added: 0, duplicates: [], refused: [...(req.refused ?? [])], warnings: [], retries: 0 };
  const decoded = decodeAll(req.add ?? [], summary, hooks);
  if (req.add && decoded.length === 0) return summary; // nothing readable: leave the analysis as it is

  let redecoded: { articleId: number; text: string; hash: string; encoding: TextEncodingName; notes: DecodeNote[] } | null = null;
  if (req.redecode) {
    const orig = store.articles.original(req.redecode.articleId);
    const d = decodeAs(orig.bytes, req.redecode.encoding, orig.fileName);
    if (!d.ok) throw new ServiceError('refused', d.error);
    redecoded = { articleId: req.redecode.articleId, text: d.text, hash: hashText(d.text), encoding: d.encoding, notes: d.notes };
  }

  const owner = acquireLease(store, pid, hooks);
  let lastRenew = Date.now();
  const renew = (): void => {
    if (Date.now() - lastRenew < RENEW_EVERY_MS) return;
    lastRenew = Date.now();
    store.leases.renew(pid, owner); // a lost lease is caught by the revision check below
  };
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (hooks.isCancelled?.()) throw new JobCancelled();
      const snap = store.read(() => ({ revision: store.projects.revision(pid), known: store.articles.hashes(pid), stored: store.articles.inputs(pid) }));
      const duplicates: string[] = [];
      const added = newArticles(decoded, snap.known, duplicates);
      if (req.add && added.length === 0) {
        summary.duplicates = duplicates;
        return summary; // everything is already in the project
      }
      if (redecoded && snap.known.has(redecoded.hash) && snap.stored.find((a) => a.id === redecoded.articleId)?.hash !== redecoded.hash) {
        throw new ServiceError('refused', 'Decoded this way, the article has the same text as another article of the project; nothing was changed.');
      }
      const inputs: ArticleInput[] = snap.stored
        .filter((a) => a.id !== req.removeArticleId)
        .map((a) => {
          let input = a.input;
          if (a.id === req.update?.articleId) input = { ...input, outletOverride: req.update.outlet, publishedOverride: req.update.published };
          if (a.id === redecoded?.articleId) input = { ...input, text: redecoded.text };
          return input;
        });
      for (const a of added) inputs.push({ id: a.engineId, file: a.fileName, text: a.raw });

      let analysis: Analysis;
      try {
        analysis = analyze(inputs, {
          onProgress: (phase, done, total) => {
            renew();
            hooks.onProgress?.(phase, done, total);
          },
          isCancelled: hooks.isCancelled,
        });
      } catch (err) {
        throw err instanceof AnalysisCancelled ? new JobCancelled() : err;
      }
      if (hooks.isCancelled?.()) throw new JobCancelled();
      hooks.onProgress?.('save', 0, 1);
      const written = store.write(() => {
        if (store.projects.revision(pid) !== snap.revision) return false;
        if (req.removeArticleId !== undefined) store.articles.remove(req.removeArticleId);
        if (req.update) store.articles.setOverrides(req.update.articleId, req.update.outlet, req.update.published);
        if (redecoded) store.articles.redecode(redecoded.articleId, redecoded.hash, redecoded.encoding, redecoded.text, redecoded.notes);
        store.articles.insert(pid, added);
        store.people.setEngineEntities(pid, analysis.entities as Entity[]);
        store.writer.write(pid, analysis, applyStoredTags(store, pid, analysis.entities), now());
        return true;
      });
      if (written) {
        hooks.onProgress?.('save', 1, 1);
        hooks.onNotice?.(null);
        summary.added = added.length;
        summary.duplicates = duplicates;
        summary.retries = attempt;
        return summary;
      }
      hooks.onNotice?.('Another Corroborate changed this project while it was being analysed; analysing again with its changes…');
    }
    throw new ServiceError(
      'conflict',
      `Other writers changed this project ${MAX_ATTEMPTS} times while this job analysed it; nothing was written. Try again.`,
    );
  } finally {
    store.leases.release(pid, owner);
  }
}
