// The Content Security Policy exists once (shared/api/csp.ts): the Electron session
// header, the headless host header and the meta tag the renderer build writes are
// all made from it, and the meta copy has no frame-ancestors (ignored there, with a
// console error).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IndexHtmlTransformHook, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspHeader, cspMeta } from '../../shared/api/csp';
import { cspHeader as electronHeader } from '../../electron/main/policy';
import { CSP as hostHeader } from '../../electron/host/server';
import viteConfig from '../../renderer/vite.config';

const root = path.resolve(__dirname, '..', '..');

describe('one CSP', () => {
  it('the Electron and host headers are the shared definition, with frame-ancestors', () => {
    expect(electronHeader).toBe(cspHeader);
    expect(hostHeader).toBe(cspHeader);
    expect(cspHeader).toContain("frame-ancestors 'none'");
    expect(cspHeader.split('; ')).toHaveLength(CSP_DIRECTIVES.length);
  });

  it('the renderer build writes the meta tag from it, without frame-ancestors; index.html holds no copy', async () => {
    const source = readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8');
    expect(source).not.toMatch(/<meta[^>]+Content-Security-Policy/i);
    const plugins = (viteConfig.plugins ?? []).flat() as Plugin[];
    const csp = plugins.find((p) => p && p.name === 'corroborate-csp');
    expect(csp).toBeDefined();
    const hook = csp!.transformIndexHtml as IndexHtmlTransformHook;
    const tags = (await hook.call({} as ThisParameterType<IndexHtmlTransformHook>, source, { path: '/index.html', filename: 'index.html' })) as Array<{ tag: string; attrs: Record<string, string>; injectTo: string }>;
    expect(tags).toEqual([{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta }, injectTo: 'head-prepend' }]);
    expect(cspMeta).not.toContain('frame-ancestors');
    expect(cspMeta).toBe(cspHeader.replace("; frame-ancestors 'none'", ''));
  });
});
