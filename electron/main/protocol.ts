// The app:// scheme that serves the built renderer (see policy.ts for why not file://).
import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME, cspHeader } from './policy';
import { mimeType, resolveAppFile } from './protocol-path';

/** Must run before app 'ready'. 'standard' + 'secure' give the scheme a real origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveRenderer(ses: Session, rendererDir: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      // The CSP is also set here: webRequest hooks are not guaranteed to see custom-scheme responses.
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: {
          'content-type': mimeType(file),
          'content-security-policy': cspHeader,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
