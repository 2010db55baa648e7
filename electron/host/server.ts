// The headless host: the same services and the same renderer build, served to a
// browser on 127.0.0.1 only. A random per-run token guards the API so other local
// users and web pages cannot call it; Host and Origin checks stop DNS rebinding.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { dispatch, isApiName, type ApiHandlers } from '../../shared/api/contract';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MAX_BODY = 512 * 1024 * 1024;
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

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('Request too large.'));
        req.destroy();
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
      if (req.headers.host !== new URL(origin).host) return send(res, 403, JSON.stringify({ ok: false, error: 'Forbidden host.' }));
      if (!url.pathname.startsWith('/api/')) {
        if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
        return serveStatic(options.staticDir, url.pathname, res);
      }
      if (req.method !== 'POST') return send(res, 405, JSON.stringify({ ok: false, error: 'Use POST.' }));
      if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(res, 403, JSON.stringify({ ok: false, error: 'Forbidden origin.' }));
      const given = req.headers['x-corroborate-token'];
      if (!sameToken(Array.isArray(given) ? given[0] : given, token)) return send(res, 401, JSON.stringify({ ok: false, error: 'Missing or wrong token.' }));
      const name = url.pathname.slice('/api/'.length);
      if (!isApiName(name)) return send(res, 404, JSON.stringify({ ok: false, error: `Unknown call: ${name}` }));
      let args: unknown;
      try {
        const body = await readBody(req);
        args = body.length === 0 ? {} : (JSON.parse(body) as unknown);
      } catch (err) {
        return send(res, 400, JSON.stringify({ ok: false, error: err instanceof Error ? err.message : 'Bad request body.' }));
      }
      const envelope = await dispatch(options.handlers, name, args);
      send(res, 200, JSON.stringify(envelope));
    })().catch((err: unknown) => send(res, 500, JSON.stringify({ ok: false, error: String(err) })));
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
