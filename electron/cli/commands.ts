// The CLI's commands. Each returns the text to print; errors are thrown as
// messages and turned into one line on stderr by main.ts.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../../shared/api/errors';
import { REPORT_FORMATS, type ReportFormat } from '../../shared/api/types';
import { analyze } from '../../shared/engine/analyze';
import { samePair } from '../../shared/engine/claims/pairs';
import { decodeBytes } from '../../shared/engine/ingest/decode';
import type { Analysis, ArticleInput } from '../../shared/types';
import { describeTarget, readArticleFile, readArticleFiles, writeFileAtomic } from '../services/files';
import { buildReport } from '../services/reports';
import { openStore, openStoreReadOnly, type Store } from '../store';
import { APP_VERSION } from '../version';
import { runAnalysisJob } from '../worker/analysis-job';
import { UsageError, type Parsed } from './args';

function readArticle(file: string, id: string): ArticleInput {
  const read = readArticleFile(file);
  if (!read.ok) throw new Error(read.refusal.error);
  const decoded = decodeBytes(read.file.bytes, file);
  if (!decoded.ok) throw new Error(decoded.error);
  return { id, file, text: decoded.text };
}

function articleIds(files: readonly string[]): string[] {
  const used = new Set<string>();
  return files.map((f) => {
    const stem = path.basename(f).replace(/\.[^.]+$/, '') || 'article';
    let id = stem;
    for (let n = 2; used.has(id); n++) id = `${stem}~${n}`;
    used.add(id);
    return id;
  });
}

/** The agreed `analyze --json` shape (plus source groups and conflicts, which tools may ignore). */
export function analysisJson(a: Analysis): unknown {
  return {
    articles: a.articles.map((x) => ({ id: x.id, file: x.file, title: x.title, outlet: x.outlet, published: x.published, sourceGroup: x.sourceGroup })),
    quotes: a.quotes.map((q) => ({ id: q.id, article: q.article, text: q.text, start: q.start, end: q.end, speaker: q.speaker, speakerMention: q.speakerMention, cue: q.cue, kind: q.kind })),
    entities: a.entities.map((e) => ({
      id: e.id, name: e.name, type: e.type, spellings: e.spellings, spellingConflict: e.spellingConflict, preferred: e.preferred,
      mentions: e.mentions.map((m) => ({ article: m.article, start: m.start, end: m.end, text: m.text })),
    })),
    claims: a.claims.map((c) => ({ id: c.id, article: c.article, start: c.start, end: c.end, text: c.text, cluster: c.cluster })),
    clusters: a.clusters.map((k) => ({ id: k.id, claims: k.claims, suggestedVerdict: k.suggestedVerdict, reasons: k.reasons, sourceGroups: k.sourceGroups, conflicts: k.conflicts })),
    sourceGroups: a.sourceGroups,
    errors: a.errors,
  };
}

export function cmdAnalyze(p: Parsed): string {
  if (p.positional.length === 0) throw new UsageError('analyze needs at least one FILE');
  const ids = articleIds(p.positional);
  const analysis = analyze(p.positional.map((f, i) => readArticle(f, ids[i]!)));
  if (p.flags.has('json')) return `${JSON.stringify(analysisJson(analysis), null, 2)}\n`;
  const lines: string[] = [];
  for (const a of analysis.articles) lines.push(`${a.id}  ${a.outlet ?? '(outlet unknown)'}  ${a.published ?? '(no date)'}  group ${a.sourceGroup}  ${a.title ?? ''}`);
  const count = (v: string): number => analysis.clusters.filter((c) => c.suggestedVerdict === v).length;
  lines.push(
    `${analysis.quotes.length} quotes, ${analysis.entities.length} entities (${analysis.entities.filter((e) => e.spellingConflict).length} spelling conflicts), ` +
      `${analysis.claims.length} claims in ${analysis.clusters.length} clusters: ${count('corroborated')} corroborated, ${count('contradicted')} contradicted, ${count('single-sourced')} single-sourced`,
  );
  return `${lines.join('\n')}\n`;
}

function withStore<T>(dbPath: string, fn: (store: Store) => T): T {
  mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  const store = openStore(dbPath);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

/** A report only reads: the database is opened read-only (no migration, no write), unless its schema must be upgraded first. */
function withReadStore<T>(dbPath: string, fn: (store: Store) => T): T {
  let store: Store;
  try {
    store = openStoreReadOnly(dbPath);
  } catch (err) {
    if (!(err instanceof ServiceError && err.code === 'refused')) throw err;
    store = openStore(dbPath); // an older schema: upgrading it needs write access
  }
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

function projectId(store: Store, p: Parsed, create: boolean): number {
  const wanted = p.flags.get('project');
  const projects = store.projects.list();
  if (typeof wanted === 'string') {
    const found = projects.find((x) => String(x.id) === wanted || x.name === wanted);
    if (found) return found.id;
    if (create) return store.projects.create(wanted).id;
    throw new Error(`no project "${wanted}" in the database`);
  }
  const oldest = [...projects].sort((a, b) => a.id - b.id)[0];
  if (oldest) return oldest.id;
  if (create) return store.projects.create('Imported articles').id;
  throw new Error('the database has no project');
}

export interface CommandOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Imports what can be imported: each file that cannot be read or decoded is refused
 * on its own line (stderr) and the exit code is 1; the others are imported.
 */
export function cmdImport(p: Parsed, notice: (line: string) => void = () => undefined): CommandOutput {
  const db = p.flags.get('db');
  if (typeof db !== 'string') throw new UsageError('import needs --db PATH');
  if (p.positional.length === 0) throw new UsageError('import needs at least one FILE');
  return withStore(db, (store) => {
    const id = projectId(store, p, true);
    const read = readArticleFiles(p.positional);
    let told = false;
    const summary = runAnalysisJob(store, { projectId: id, add: read.files, refused: read.refused }, {
      who: `the CLI (corroborate import, ${p.positional.length} file${p.positional.length === 1 ? '' : 's'})`,
      onNotice: (text) => {
        // another window, host or CLI is analysing this project: say so once, then wait
        if (text && !told) notice(`corroborate import: ${text}`);
        told ||= text !== null;
      },
    });
    const lines = [`imported ${summary.added} article(s) into project ${id}`];
    for (const d of summary.duplicates) lines.push(`skipped ${d}: already in the project`);
    for (const w of summary.warnings) lines.push(`note ${w.file}: ${w.warning}`);
    if (summary.retries > 0) lines.push(`analysed again ${summary.retries} time(s): another writer changed the project meanwhile`);
    const refused = summary.refused.map((r) => `corroborate import: refused ${r.file}: ${r.error.startsWith(r.file) ? r.error.slice(r.file.length).replace(/^[:\s]+/, '') : r.error}`);
    return { code: refused.length > 0 ? 1 : 0, stdout: `${lines.join('\n')}\n`, stderr: refused.length > 0 ? `${refused.join('\n')}\n` : '' };
  });
}

export function cmdReport(p: Parsed): string {
  const db = p.flags.get('db');
  const format = p.flags.get('format');
  if (typeof db !== 'string') throw new UsageError('report needs --db PATH');
  if (typeof format !== 'string' || !REPORT_FORMATS.includes(format as ReportFormat)) {
    throw new UsageError(`report needs --format ${REPORT_FORMATS.join('|')}`);
  }
  if (!existsSync(db)) throw new Error(`${db}: no such database`);
  const out = p.flags.get('out');
  const force = p.flags.has('force');
  if (typeof out === 'string') {
    // refuse before rendering: an existing file or a symbolic link needs --force
    const target = describeTarget(out);
    if (target.kind === 'file' && !force) throw new Error(`${out} exists; add --force to overwrite it`);
    if (target.kind === 'symlink' && !force) throw new Error(`${out} is a symbolic link; add --force to replace the link (its target is left alone)`);
    if (target.kind === 'other') throw new Error(`${out} is ${target.what}; choose a file name`);
  }
  return withReadStore(db, (store) => {
    const report = buildReport(store, projectId(store, p, false), format as ReportFormat, APP_VERSION);
    if (typeof out !== 'string') return report.content;
    writeFileAtomic(out, report.content, force);
    return `wrote ${out}\n`;
  });
}

export function cmdPairs(p: Parsed): string {
  const file = p.positional[0];
  if (!file || p.positional.length > 1) throw new UsageError('pairs needs exactly one FILE.tsv');
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const decoded = decodeBytes(new Uint8Array(readFileSync(file)), file);
  if (!decoded.ok) throw new Error(decoded.error);
  const out: string[] = [];
  decoded.text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const fields = line.split('\t');
    if (fields.length < 3) throw new Error(`${file}:${i + 1}: expected id<TAB>sentence1<TAB>sentence2`);
    const [id, s1, s2] = [fields[0]!, fields[fields.length - 2]!, fields[fields.length - 1]!];
    if (i === 0 && !/\d/.test(id)) return; // a header line: its first field is a column name, not an id
    const r = samePair(s1, s2);
    out.push(`${id}\t${r.same ? 1 : 0}\t${r.score.toFixed(4)}`);
  });
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
