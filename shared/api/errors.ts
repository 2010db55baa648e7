// Errors as they cross the API: a stable code the UI can act on, and one line a
// person can read. Services throw ServiceError; `dispatch` turns anything else
// into `internal`, so no transport ever sends a bare string or a stack trace.

export type ErrorCode =
  /** the arguments failed the contract's schema */
  | 'invalid-arguments'
  /** a project, article, cluster, entity or quote that does not exist (any more) */
  | 'not-found'
  /** the reviewer acted on something that changed since it was read; reload it */
  | 'stale'
  /** another writer kept changing the project; nothing was written */
  | 'conflict'
  /** the database stayed locked by another writer; nothing was written */
  | 'busy'
  /** the input was refused (a bad file, a bad URL, a missing setting); nothing changed */
  | 'refused'
  /** this transport cannot do it (native dialogs in the browser) */
  | 'unavailable'
  /** the caller is not allowed (host token, IPC sender) */
  | 'forbidden'
  /** anything unexpected */
  | 'internal';

export const ERROR_CODES: readonly ErrorCode[] = [
  'invalid-arguments',
  'not-found',
  'stale',
  'conflict',
  'busy',
  'refused',
  'unavailable',
  'forbidden',
  'internal',
];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Thrown by services and the store for failures the caller should see as they are. */
export class ServiceError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** What the client throws for an error envelope. */
export class ApiError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The message of a cluster, entity or quote that changed under the reviewer. */
export const STALE_CLUSTER = 'This cluster changed since you opened it (another window, the CLI or a re-analysis); it was reloaded and nothing was saved.';
export const STALE_ENTITY = 'This name changed since you opened it; the names were reloaded and nothing was saved.';
export const STALE_QUOTE = 'This quote is no longer in the analysis; the quotes were reloaded and nothing was saved.';

/** One line for any thrown value: first line of the message, never a stack. */
export function errorBody(err: unknown): ApiErrorBody {
  if (err instanceof ServiceError || err instanceof ApiError) return { code: err.code, message: firstLine(err.message) };
  if (err instanceof Error) return { code: 'internal', message: firstLine(err.message) || err.name };
  return { code: 'internal', message: firstLine(String(err)) };
}

function firstLine(s: string): string {
  return s.split('\n')[0]?.trim() ?? '';
}
