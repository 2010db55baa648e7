// The one API contract: call name -> argument schema and result type.
// Served by Electron IPC (preload exposes one function per call), the headless
// HTTP host, and direct calls in tests. Arguments are validated with these
// schemas on the main side before any service sees them. Errors cross as
// `{code, message}` (errors.ts), never as bare strings.
import { z } from 'zod';
import { ApiError, errorBody, isErrorCode, type ApiErrorBody } from './errors';
import type {
  ActionEntry,
  AppInfo,
  ArticleDetail,
  ArticleRow,
  ClaimHit,
  ClusterDetail,
  ClusterList,
  ClusterRef,
  EntityRow,
  Job,
  ProjectSummary,
  QuoteList,
  RenderedReport,
  Settings,
  UndoResult,
} from './types';
import { HTTP_URL_MESSAGE, isHttpUrl } from './urls';

const id = z.number().int().positive();
const verdict = z.enum(['corroborated', 'contradicted', 'single-sourced']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const name = z.string().trim().min(1, 'must not be empty').max(200);
const reportFormat = z.enum(['html', 'md', 'json', 'csv', 'claimreview']);
const encoding = z.enum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be']);
/** a row id plus the fingerprint the reviewer saw; a changed cluster or entity is refused as stale */
const ref = z.object({ id, key: z.string().regex(/^[0-9a-f]{32}$/, 'expected the key the list gave') });
/** a claim or quote by article hash and span: survives re-analysis */
const spanKey = z
  .object({ articleHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected an article hash'), start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((k) => k.end > k.start, 'end must be after start');
const speakerCorrection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entity'), entity: ref }),
  z.object({ kind: z.literal('name'), name: z.string().trim().min(1, 'must not be empty').max(300) }),
  z.object({ kind: z.literal('no-speaker') }),
  z.object({ kind: z.literal('not-a-quote') }),
  z.object({ kind: z.literal('engine') }),
]);

/** Largest single article, base64-encoded, plus slack; the decoder gives the precise message. */
export const MAX_FILE_B64 = Math.ceil((20 * 1024 * 1024 * 4) / 3) + 1024;
/** Largest import call: the renderer sends bigger selections in several calls (about 36 MB of files each). */
export const MAX_IMPORT_B64 = 48 * 1024 * 1024;
/** Largest request body the host reads: one import call plus the JSON around it. */
export const MAX_REQUEST_BYTES = MAX_IMPORT_B64 + 256 * 1024;

export const argSchemas = {
  'app.info': z.object({}),
  'settings.get': z.object({}),
  'settings.set': z.object({
    reviewer: z.string().trim().max(200).optional(),
    organisation: z.string().trim().max(200).optional(),
    organisationUrl: z
      .string()
      .trim()
      .max(500)
      .refine((v) => v === '' || isHttpUrl(v), HTTP_URL_MESSAGE)
      .optional(),
  }),
  'projects.list': z.object({}),
  'projects.create': z.object({ name }),
  'projects.rename': z.object({ projectId: id, name }),
  'projects.ensureDemo': z.object({}),
  'articles.list': z.object({ projectId: id }),
  'articles.get': z.object({ articleId: id }),
  'articles.import': z.object({
    projectId: id,
    files: z
      .array(z.object({ name: z.string().min(1).max(500), dataBase64: z.string().max(MAX_FILE_B64, 'file is over 20 MB') }))
      .min(1)
      .max(5000)
      .refine((fs) => fs.reduce((n, f) => n + f.dataBase64.length, 0) <= MAX_IMPORT_B64, 'too much in one call: send the files in several calls of at most 36 MB'),
  }),
  'articles.addText': z.object({ projectId: id, name: name, text: z.string().min(1).max(20 * 1024 * 1024) }),
  'articles.update': z.object({
    articleId: id,
    outlet: z.string().trim().max(200).nullable().optional(),
    published: isoDate.nullable().optional(),
  }),
  'articles.remove': z.object({ articleId: id }),
  /** decode the article's original bytes again with another encoding (then re-analyse) */
  'articles.redecode': z.object({ articleId: id, encoding }),
  'jobs.get': z.object({ jobId: z.string().min(1).max(100) }),
  'jobs.cancel': z.object({ jobId: z.string().min(1).max(100) }),
  'clusters.list': z.object({
    projectId: id,
    verdict: verdict.optional(),
    /** whether `verdict` filters on the suggestion or the reviewer's verdict */
    verdictSource: z.enum(['suggested', 'reviewed']).optional(),
    unreviewed: z.boolean().optional(),
    articleId: id.optional(),
    entityId: id.optional(),
    search: z.string().max(500).optional(),
    sort: z.enum(['contested', 'article']).optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(100000).optional(),
  }),
  'clusters.get': z.object({ clusterId: id }),
  /** the cluster holding a claim now (after a stale reference, a re-analysis); null when the claim is gone */
  'clusters.byClaim': z.object({ projectId: id, claim: spanKey }),
  'clusters.decide': z.object({ cluster: ref, verdict: verdict.nullable() }),
  'clusters.note': z.object({ cluster: ref, note: z.string().max(10000) }),
  'clusters.split': z.object({ cluster: ref, claims: z.array(spanKey).min(1).max(10000) }),
  /** move a claim into the cluster the reviewer opened */
  'clusters.moveClaim': z.object({ claim: spanKey, target: ref }),
  /** move a claim into the cluster of another claim (picked by its words: claims.search) */
  'clusters.moveToClaim': z.object({ projectId: id, claim: spanKey, anchor: spanKey }),
  'claims.search': z.object({ projectId: id, text: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(200).optional() }),
  /** undo the project's latest reviewer action, whatever its kind */
  'review.undo': z.object({ projectId: id }),
  'history.list': z.object({ projectId: id, limit: z.number().int().min(1).max(1000).optional(), before: id.optional() }),
  'quotes.list': z.object({ projectId: id }),
  'quotes.correct': z.object({ projectId: id, quote: spanKey, correction: speakerCorrection }),
  'entities.list': z.object({ projectId: id }),
  'entities.merge': z.object({ entities: z.array(ref).min(2).max(50) }),
  'entities.split': z.object({ entity: ref, spelling: z.string().min(1).max(500) }),
  'entities.confirm': z.object({ entity: ref }),
  /** the report uses this spelling exactly as given */
  'entities.prefer': z.object({ entity: ref, spelling: z.string().min(1).max(500) }),
  /** the report uses this typed name */
  'entities.rename': z.object({ entity: ref, name: z.string().trim().min(1, 'must not be empty').max(300) }),
  'report.render': z.object({ projectId: id, format: reportFormat }),
  /** Electron only: native open dialog, then import */
  'dialog.importArticles': z.object({ projectId: id }),
  /** Electron only: native save dialog (asks before overwriting), then write */
  'dialog.saveReport': z.object({ projectId: id, format: z.union([reportFormat, z.literal('pdf')]) }),
} as const;

export interface ApiResults {
  'app.info': AppInfo;
  'settings.get': Settings;
  'settings.set': Settings;
  'projects.list': ProjectSummary[];
  'projects.create': ProjectSummary;
  'projects.rename': ProjectSummary;
  'projects.ensureDemo': ProjectSummary;
  'articles.list': ArticleRow[];
  'articles.get': ArticleDetail;
  'articles.import': { jobId: string };
  'articles.addText': { jobId: string };
  'articles.update': { jobId: string };
  'articles.remove': { jobId: string };
  'articles.redecode': { jobId: string };
  'jobs.get': Job;
  'jobs.cancel': Job;
  'clusters.list': ClusterList;
  'clusters.get': ClusterDetail;
  'clusters.byClaim': ClusterDetail | null;
  'clusters.decide': ClusterDetail;
  'clusters.note': ClusterDetail;
  'clusters.split': { cluster: ClusterRef };
  'clusters.moveClaim': ClusterDetail;
  'clusters.moveToClaim': ClusterDetail;
  'claims.search': ClaimHit[];
  'review.undo': { undone: UndoResult | null };
  'history.list': ActionEntry[];
  'quotes.list': QuoteList;
  'quotes.correct': QuoteList;
  'entities.list': EntityRow[];
  'entities.merge': EntityRow[];
  'entities.split': EntityRow[];
  'entities.confirm': EntityRow[];
  'entities.prefer': EntityRow[];
  'entities.rename': EntityRow[];
  'report.render': RenderedReport;
  'dialog.importArticles': { jobId: string | null };
  'dialog.saveReport': { path: string | null };
}

export type ApiName = keyof typeof argSchemas & keyof ApiResults;
export type ApiArgs<K extends ApiName> = z.input<(typeof argSchemas)[K]>;
export type ApiParsedArgs<K extends ApiName> = z.output<(typeof argSchemas)[K]>;
export type ApiResult<K extends ApiName> = ApiResults[K];

export const API_NAMES = Object.keys(argSchemas) as ApiName[];

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** The client every transport implements: one async function per call. */
export type ApiClient = { [K in ApiName]: (args: ApiArgs<K>) => Promise<ApiResult<K>> };

/** The server side: services implement one handler per call. */
export type ApiHandlers = { [K in ApiName]: (args: ApiParsedArgs<K>) => ApiResult<K> | Promise<ApiResult<K>> };

export function isApiName(value: unknown): value is ApiName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(argSchemas, value);
}

/** An error envelope from parts (transports use it for their own refusals). */
export function errorEnvelope(code: ApiErrorBody['code'], message: string): { ok: false; error: ApiErrorBody } {
  return { ok: false, error: { code, message } };
}

/** Validates arguments; returns a readable one-line error instead of throwing. */
export function parseArgs<K extends ApiName>(name: K, raw: unknown): Envelope<ApiParsedArgs<K>> {
  const parsed = argSchemas[name].safeParse(raw ?? {});
  if (parsed.success) return { ok: true, value: parsed.data as ApiParsedArgs<K> };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return errorEnvelope('invalid-arguments', `Invalid arguments for ${name}: ${where}${issue?.message ?? 'rejected'}`);
}

/** Runs a handler behind validation and turns every failure into an error envelope. */
export async function dispatch<K extends ApiName>(handlers: ApiHandlers, name: K, raw: unknown): Promise<Envelope<ApiResult<K>>> {
  const args = parseArgs(name, raw);
  if (!args.ok) return args;
  try {
    const handler = handlers[name] as (a: ApiParsedArgs<K>) => ApiResult<K> | Promise<ApiResult<K>>;
    return { ok: true, value: await handler(args.value) };
  } catch (err) {
    return { ok: false, error: errorBody(err) };
  }
}

/** Reads an error body from anything a transport received (an older peer may send a string). */
export function toErrorBody(raw: unknown): ApiErrorBody {
  if (typeof raw === 'string') return { code: 'internal', message: raw };
  if (raw && typeof raw === 'object') {
    const { code, message } = raw as { code?: unknown; message?: unknown };
    if (isErrorCode(code) && typeof message === 'string') return { code, message };
  }
  return { code: 'internal', message: 'Unknown error' };
}

/** Builds a client from a transport that moves (name, args) to an envelope. */
export function makeClient(send: (name: ApiName, args: unknown) => Promise<Envelope<unknown>>): ApiClient {
  const client = {} as Record<ApiName, (args: unknown) => Promise<unknown>>;
  for (const n of API_NAMES) {
    client[n] = async (args: unknown) => {
      const env = await send(n, args);
      if (!env.ok) {
        const body = toErrorBody(env.error);
        throw new ApiError(body.code, body.message);
      }
      return env.value;
    };
  }
  return client as unknown as ApiClient;
}

export { ApiError };
