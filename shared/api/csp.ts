// The Content Security Policy, defined once for every place that sends it: the
// Electron session's response header (electron/main/policy.ts), the headless host's
// header (electron/host/server.ts) and the <meta> tag the renderer build writes into
// index.html (renderer/vite.config.ts). The meta copy leaves out the directives a
// browser ignores there (and reports as a console error): frame-ancestors, sandbox.
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // React and the virtual list set element styles; no remote stylesheets.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['media-src', "'none'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives that only work as an HTTP header. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'sandbox', 'report-uri'];

const join = (ds: ReadonlyArray<readonly [string, string]>): string => ds.map(([k, v]) => `${k} ${v}`).join('; ');

/** For the Content-Security-Policy response header. */
export const cspHeader: string = join(CSP_DIRECTIVES);

/** For <meta http-equiv="Content-Security-Policy">. */
export const cspMeta: string = join(CSP_DIRECTIVES.filter(([k]) => !HEADER_ONLY_DIRECTIVES.includes(k)));
