import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/server';
import { makeApp } from '../helpers/services';
import { useTempDir } from '../helpers/temp';
import { createHandlers } from '../../electron/services';

const tempDir = useTempDir();
let host: RunningHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(): Promise<RunningHost> {
  const dir = tempDir();
  const staticDir = path.join(dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  const app = makeApp(dir);
  const handlers = createHandlers({ store: app.store, jobs: app.jobs, transport: 'http', dataDir: dir, version: '0', dialogs: null, seedsDir: dir });
  host = await startHost({ handlers, staticDir });
  return host;
}

const call = (h: RunningHost, name: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`http://127.0.0.1:${h.port}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-corroborate-token': h.token, ...headers }, body: JSON.stringify(body) });

describe('headless host', () => {
  it('listens on 127.0.0.1 with a random port and token, and serves the renderer with a CSP', async () => {
    const h = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
    const page = await fetch(`http://127.0.0.1:${h.port}/some/route`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const traversal = await fetch(`http://127.0.0.1:${h.port}/..%2f..%2f..%2fetc%2fpasswd`);
    expect(traversal.status).toBe(404);
    expect(await traversal.text()).not.toContain('root:');
  });

  it('answers API calls with envelopes only when the token is right', async () => {
    const h = await start();
    const ok = await call(h, 'projects.create', { name: 'P' });
    expect(await ok.json()).toMatchObject({ ok: true, value: { name: 'P' } });
    expect((await call(h, 'projects.list', {}, { 'x-corroborate-token': 'wrong' })).status).toBe(401);
    const noToken = await fetch(`http://127.0.0.1:${h.port}/api/projects.list`, { method: 'POST', body: '{}' });
    expect(noToken.status).toBe(401);
    expect((await call(h, 'projects.list', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await call(h, 'nope.nothing', {})).status).toBe(404);
    const bad = await call(h, 'clusters.get', { clusterId: 'x' });
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: expect.stringMatching(/clusterId/) } });
  });
});

describe('headless host request size', () => {
  it('refuses a body over the limit before reading it, and one that only grows past it while streaming, without growing its memory', async () => {
    const h = await start();
    const http = await import('node:http');
    const { MAX_REQUEST_BYTES } = await import('../../shared/api/contract');
    // declared too large: refused at once
    const declared = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: h.port, path: '/api/articles.import', method: 'POST',
        headers: { 'content-type': 'application/json', 'x-corroborate-token': h.token, 'content-length': String(531 * 1024 * 1024) } }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.write('{"projectId":1,"files":[');
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/Request too large/) } });
    // streamed (chunked, no length) past the limit: refused as soon as it passes it
    const rss0 = process.memoryUsage().rss;
    // the host answers 413 and closes the connection; the client, still sending, may see
    // the answer or only the reset of the closed connection: both mean it was refused
    const streamed = await new Promise<number | 'reset'>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: h.port, path: '/api/articles.import', method: 'POST', headers: { 'x-corroborate-token': h.token } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? resolve('reset') : reject(e)));
      const chunk = Buffer.alloc(4 * 1024 * 1024, 0x61);
      let sent = 0;
      const pump = (): void => {
        while (sent < MAX_REQUEST_BYTES + 16 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect([413, 'reset']).toContain(streamed);
    expect(process.memoryUsage().rss - rss0).toBeLessThan(200 * 1024 * 1024);
  }, 60000);
});

describe('headless host against DNS rebinding', () => {
  it('refuses requests whose Host header is not its own address', async () => {
    const h = await start();
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: h.port, path: '/api/projects.list', method: 'POST', headers: { host: `attacker.example:${h.port}`, 'x-corroborate-token': h.token } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });
});
