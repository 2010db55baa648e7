// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { httpTransport, takeToken } from '../../renderer/src/api/client';

describe('takeToken', () => {
  it('reads the token from the fragment, keeps it for the tab and clears the address bar', () => {
    window.history.replaceState(null, '', '/#token=abc%2D123');
    sessionStorage.clear();
    expect(takeToken()).toBe('abc-123');
    expect(window.location.hash).toBe('');
    expect(sessionStorage.getItem('corroborate.token')).toBe('abc-123');
    // a reload has no fragment any more but the tab still knows the token
    expect(takeToken()).toBe('abc-123');
  });
});

describe('httpTransport', () => {
  it('posts the args as JSON with the token header and returns the envelope', async () => {
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ ok: true, value: 42 }), { status: 200 });
    }) as unknown as typeof fetch;
    const send = httpTransport('tok', fetchImpl);
    expect(await send('clusters.get', { clusterId: 1 })).toEqual({ ok: true, value: 42 });
    expect(seen[0]?.url).toBe('/api/clusters.get');
    expect(seen[0]?.init.method).toBe('POST');
    expect((seen[0]?.init.headers as Record<string, string>)['x-corroborate-token']).toBe('tok');
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({ clusterId: 1 });
  });

  it('turns a refused token into a readable error', async () => {
    const fetchImpl = (async () => new Response('nope', { status: 401 })) as unknown as typeof fetch;
    const env = await httpTransport(null, fetchImpl)('app.info', {});
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/token/) });
  });
});
