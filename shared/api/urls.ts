// Web addresses a user types into the settings. Checked without the URL global
// (shared/ has no DOM or Node types): http or https, a host, no credentials, no
// spaces or control characters. `javascript:`, `data:` and the like are refused.
const HTTP_URL = /^https?:\/\/(?![^/?#]*@)[^\s/?#\\]+(?:[/?#][^\s]*)?$/i;

export function isHttpUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return value.length <= 2000 && HTTP_URL.test(value) && !/[\u0000-\u001f\u007f]/.test(value);
}

export const HTTP_URL_MESSAGE = 'must be a web address starting with http:// or https://';
