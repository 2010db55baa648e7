// Bytes -> text. Decides the encoding from a BOM or the byte statistics, and
// refuses what is not an article (binary, empty, huge) with a message a user can act on.
// Uses TextDecoder, which exists in Node, browsers and Electron alike.

export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; error: string };

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array, fatal: boolean): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

/** Share of control characters other than tab, newline, carriage return and form feed. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / text.length;
}

export function decodeBytes(bytes: Uint8Array, name = 'file'): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: `${name} is empty.` };
  if (bytes.length > MAX_ARTICLE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return { ok: false, error: `${name} is ${mb} MB; articles over 20 MB are refused.` };
  }
  let text: string;
  let encoding: TextEncodingName;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = decodeWith(encoding, bytes, false);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = decodeWith(encoding, bytes, false);
  } else {
    // NUL bytes never occur in 8-bit text: this is binary (or BOM-less UTF-16, which we refuse clearly).
    const probe = bytes.subarray(0, 65536);
    if (probe.includes(0)) {
      return { ok: false, error: `${name} looks like a binary file, not an article (text, Markdown or HTML).` };
    }
    try {
      encoding = 'utf-8';
      text = decodeWith(encoding, bytes, true);
    } catch {
      // Not valid UTF-8: the usual culprit is a Windows-1252 (Latin-1 superset) file.
      encoding = 'windows-1252';
      text = decodeWith(encoding, bytes, false);
    }
  }
  // TextDecoder strips the BOM itself; strip a stray one left by double encoding too.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) return { ok: false, error: `${name} contains no text.` };
  if (controlShare(text.slice(0, 65536)) > 0.02) {
    return { ok: false, error: `${name} looks like a binary file, not an article (text, Markdown or HTML).` };
  }
  return { ok: true, text, encoding };
}
