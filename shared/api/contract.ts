// The one API contract: call name -> argument schema and result type.
// Served by Electron IPC (preload exposes one function per call), the headless
// HTTP host, and direct calls in tests. Arguments are validated with these
// schemas on the main side before any service sees them.
import { z } from 'zod';
import type {
  AppInfo,
  ArticleDetail,
  ArticleRow,
  ClusterDetail,
  ClusterList,
  EntityRow,
  Job,
  ProjectSummary,
  QuoteGroup,
  RenderedReport,
  Settings,
} from './types';

const id = z.number().int().positive();
const verdict = z.enum(['corroborated', 'contradicted', 'single-sourced']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const name = z.string().trim().min(1, 'must not be empty').max(200);
const reportFormat = z.enum(['html', 'md', 'json', 'csv', 'claimreview']);
// 20 MB of article, base64-encoded, plus slack; the decoder gives the precise message.
const MAX_B64 = Math.ceil((20 * 1024 * 1024 * 4) / 3) + 1024;

export const argSchemas = {
  'app.info': z.object({}),
  'settings.get': z.object({}),
  'settings.set': z.object({
    reviewer: z.string().trim().max(200).optional(),
    organisation: z.string().trim().max(200).optional(),
    organisationUrl: z.string().trim().max(500).optional(),
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
      .array(z.object({ name: z.string().min(1).max(500), dataBase64: z.string().max(MAX_B64, 'file is over 20 MB') }))
      .min(1)
      .max(5000),
  }),
  'articles.addText': z.object({ projectId: id, name: name, text: z.string().min(1).max(20 * 1024 * 1024) }),
  'articles.update': z.object({
    articleId: id,
    outlet: z.string().trim().max(200).nullable().optional(),
    published: isoDate.nullable().optional(),
  }),
  'articles.remove': z.object({ articleId: id }),
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
  'clusters.decide': z.object({ clusterId: id, verdict: verdict.nullable() }),
  'clusters.note': z.object({ clusterId: id, note: z.string().max(10000) }),
  'clusters.undo': z.object({ projectId: id }),
  'clusters.split': z.object({ clusterId: id, claimIds: z.array(id).min(1) }),
  'clusters.moveClaim': z.object({ claimId: id, targetClusterId: id }),
  'quotes.list': z.object({ projectId: id }),
  'entities.list': z.object({ projectId: id }),
  'entities.merge': z.object({ entityIds: z.array(id).min(2).max(50) }),
  'entities.split': z.object({ entityId: id, spelling: z.string().min(1).max(500) }),
  'entities.confirm': z.object({ entityId: id }),
  'entities.prefer': z.object({ entityId: id, spelling: z.string().min(1).max(500) }),
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
  'jobs.get': Job;
  'jobs.cancel': Job;
  'clusters.list': ClusterList;
  'clusters.get': ClusterDetail;
  'clusters.decide': ClusterDetail;
  'clusters.note': ClusterDetail;
  'clusters.undo': { clusterId: number | null };
  'clusters.split': { clusterId: number };
  'clusters.moveClaim': ClusterDetail;
  'quotes.list': QuoteGroup[];
  'entities.list': EntityRow[];
  'entities.merge': EntityRow[];
  'entities.split': EntityRow[];
  'entities.confirm': EntityRow[];
  'entities.prefer': EntityRow[];
  'report.render': RenderedReport;
  'dialog.importArticles': { jobId: string | null };
  'dialog.saveReport': { path: string | null };
}

export type ApiName = keyof typeof argSchemas & keyof ApiResults;
export type ApiArgs<K extends ApiName> = z.input<(typeof argSchemas)[K]>;
export type ApiParsedArgs<K extends ApiName> = z.output<(typeof argSchemas)[K]>;
export type ApiResult<K extends ApiName> = ApiResults[K];

export const API_NAMES = Object.keys(argSchemas) as ApiName[];

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** The client every transport implements: one async function per call. */
export type ApiClient = { [K in ApiName]: (args: ApiArgs<K>) => Promise<ApiResult<K>> };

/** The server side: services implement one handler per call. */
export type ApiHandlers = { [K in ApiName]: (args: ApiParsedArgs<K>) => ApiResult<K> | Promise<ApiResult<K>> };

export function isApiName(value: unknown): value is ApiName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(argSchemas, value);
}

/** Validates arguments; returns a readable one-line error instead of throwing. */
export function parseArgs<K extends ApiName>(name: K, raw: unknown): Envelope<ApiParsedArgs<K>> {
  const parsed = argSchemas[name].safeParse(raw ?? {});
  if (parsed.success) return { ok: true, value: parsed.data as ApiParsedArgs<K> };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, error: `Invalid arguments for ${name}: ${where}${issue?.message ?? 'rejected'}` };
}

/** Runs a handler behind validation and turns every failure into an error envelope. */
export async function dispatch<K extends ApiName>(handlers: ApiHandlers, name: K, raw: unknown): Promise<Envelope<ApiResult<K>>> {
  const args = parseArgs(name, raw);
  if (!args.ok) return args;
  try {
    const handler = handlers[name] as (a: ApiParsedArgs<K>) => ApiResult<K> | Promise<ApiResult<K>>;
    return { ok: true, value: await handler(args.value) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Builds a client from a transport that moves (name, args) to an envelope. */
export function makeClient(send: (name: ApiName, args: unknown) => Promise<Envelope<unknown>>): ApiClient {
  const client = {} as Record<ApiName, (args: unknown) => Promise<unknown>>;
  for (const n of API_NAMES) {
    client[n] = async (args: unknown) => {
      const env = await send(n, args);
      if (!env.ok) throw new ApiError(env.error);
      return env.value;
    };
  }
  return client as unknown as ApiClient;
}

export class ApiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiError';
  }
}
