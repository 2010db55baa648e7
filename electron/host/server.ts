// The headless host: the same services and the same renderer build, served to a
// browser on 127.0.0.1 only. A random per-run token guards the API so other local
// users and web pages cannot call it; Host and Origin checks stop DNS rebinding.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { dispatch, errorEnvelope, isApiName, MAX_REQUEST_BYTES, type ApiHandlers } from '../../shared/api/contract';
import { cspHeader } from '../../shared/api/csp';
import type { ErrorCode } from '../../shared/api/errors';

/** The one CSP definition (shared/api/csp.ts), sent as a header with every page. */
export const CSP = cspHeader;

/**
 * The largest request read: one import call. Bigger bodies are refused before they
 * are read (Content-Length) or as soon as they pass the limit, so a huge upload
 * cannot grow the host's memory.
 */
export const MAX_BODY = MAX_REQUEST_BYTES;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface HostOptions {
  handlers: ApiHandlers;
  staticDir: string;
  port?: number;
  token?: string;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function sendError(res: http.ServerResponse, status: number, code: ErrorCode, message: string): void {
  send(res, status, JSON.stringify(errorEnvelope(code, message)));
}

class TooLarge extends Error {}

const TOO_LARGE = `Request too large (over ${Math.round(MAX_BODY / 1024 / 1024)} MB): send the files in several imports.`;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > MAX_BODY) {
        // stop keeping it; the answer goes out, then the connection closes
        over = true;
        chunks.length = 0;
        reject(new TooLarge(TOO_LARGE));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(staticDir: string, urlPath: string, res: http.ServerResponse): void {
  const root = path.resolve(staticDir);
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    send(res, 400, 'Bad path', 'text/plain');
    return;
  }
  let file = path.resolve(root, `.${rel}`);
  if (file !== root && !file.startsWith(root + path.sep)) {
    send(res, 404, 'Not found', 'text/plain');
    return;
  }
  // The renderer is a single page: unknown paths get index.html.
  if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!existsSync(file)) {
    send(res, 500, 'The renderer is not built: run npm run build.', 'text/plain; charset=utf-8');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(res);
}

export function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let origin = '';
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin || 'http://127.0.0.1');
      // A page on another origin, or a DNS-rebound name, never reaches the API.
      if (req.headers.host !== new URL(origin).host) return sendError(res, 403, 'forbidden', 'Forbidden host.');
      if (!url.pathname.startsWith('/api/')) {
        if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
        return serveStatic(options.staticDir, url.pathname, res);
      }
      if (req.method !== 'POST') return sendError(res, 405, 'invalid-arguments', 'Use POST.');
      if (req.headers.origin !== undefined && req.headers.origin !== origin) return sendError(res, 403, 'forbidden', 'Forbidden origin.');
      const given = req.headers['x-corroborate-token'];
      if (!sameToken(Array.isArray(given) ? given[0] : given, token)) return sendError(res, 401, 'forbidden', 'Missing or wrong token.');
      const name = url.pathname.slice('/api/'.length);
      if (!isApiName(name)) return sendError(res, 404, 'not-found', `Unknown call: ${name}`);
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_BODY) {
        res.setHeader('connection', 'close');
        return sendError(res, 413, 'refused', TOO_LARGE);
      }
      let args: unknown;
      try {
        const body = await readBody(req);
        args = body.length === 0 ? {} : (JSON.parse(body) as unknown);
      } catch (err) {
        if (err instanceof TooLarge) {
          res.setHeader('connection', 'close');
          return sendError(res, 413, 'refused', err.message);
        }
        return sendError(res, 400, 'invalid-arguments', err instanceof SyntaxError ? 'The request body is not JSON.' : 'Bad request body.');
      }
      const envelope = await dispatch(options.handlers, name, args);
      send(res, 200, JSON.stringify(envelope));
    })().catch((err: unknown) => sendError(res, 500, 'internal', err instanceof Error ? err.message : String(err)));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const addr = server.address();
      if (!addr || typeof addr === 'string') return reject(new Error('No address'));
      origin = `http://127.0.0.1:${addr.port}`;
      resolve({
        url: `${origin}/#token=${token}`,
        port: addr.port,
        token,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
