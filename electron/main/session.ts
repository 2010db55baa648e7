// Hardens an Electron session: no permissions, CSP on every response, and no
// request leaves the machine. Decisions come from ./policy.
import type { Session } from 'electron';
import { cspHeader, isAllowedRequest } from './policy';

export function hardenSession(ses: Session): void {
  // Camera, notifications, clipboard-read, geolocation...: the app needs none.
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });

  // The meta tag in index.html already sets a CSP; the header makes it hold for
  // every response, including ones without that tag (errors, future pages).
  ses.webRequest.onHeadersReceived((details, callback) => {
    // DevTools (development only) ships its own policy; ours would break it.
    if (details.url.startsWith('devtools:')) return callback({});
    const headers = { ...(details.responseHeaders ?? {}) };
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    }
    headers['Content-Security-Policy'] = [cspHeader];
    headers['X-Content-Type-Options'] = ['nosniff'];
    callback({ responseHeaders: headers });
  });
}
