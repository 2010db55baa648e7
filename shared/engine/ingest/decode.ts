// Bytes -> text. Decides the encoding from a BOM or the bytes themselves, refuses
// what is not an article (binary, empty, huge) with a message a user can act on,
// and says what it had to repair. Pure: no TextDecoder for the legacy encodings,
// because runtimes disagree on them (Node 20.18.3+/22.13+ decode windows-1252 as
// Latin-1, turning curly quotes into C1 controls: nodejs/node#60888).
//
// Characters that can make text display differently from how it is stored (bidi
// embeddings, overrides and isolates; zero-width and other invisible format
// characters; stray control characters) are replaced by U+FFFD one for one, so every
// offset into the decoded text still holds, the engine compares what the reader
// shows, and a note lists where they were. The original bytes are kept by the store,
// so a file can be decoded again with another encoding.

export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export const TEXT_ENCODINGS: readonly TextEncodingName[] = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'];

/** What the decoder repaired, guessed or neutralised; shown with the article. */
export type DecodeNote =
  /** bytes that are not valid in the encoding, each shown as U+FFFD */
  | { kind: 'invalid-bytes'; encoding: TextEncodingName; offset: number; count: number }
  /** no byte order mark said which encoding; this one was chosen from the bytes */
  | { kind: 'guessed'; encoding: TextEncodingName; why: 'not-utf-8' | 'utf-16-without-bom' }
  /** hidden format or control characters, each replaced by U+FFFD at these text offsets */
  | { kind: 'neutralised'; count: number; codepoints: number[]; offsets: number[] };

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; notes: DecodeNote[] }
  | { ok: false; error: string };

export const REPLACEMENT = '\uFFFD';
/** offsets kept per note: enough to flag them in the reader without a huge row */
const MAX_OFFSETS = 200;

// Windows-1252 bytes 0x80-0x9F (WHATWG index); 0 marks the five undefined bytes.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function tooLargeMessage(name: string, bytes: number): string {
  return `${name} is ${megabytes(bytes)}; articles over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB are refused.`;
}

/** Chunked String.fromCharCode: one call per 32K code units keeps the argument list small. */
function fromUnits(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += 0x8000) out += String.fromCharCode(...units.subarray(i, i + 0x8000));
  return out;
}

function decodeCp1252(bytes: Uint8Array): { text: string; invalid: number; first: number } {
  const units = new Uint16Array(bytes.length);
  let invalid = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80 || b > 0x9f) units[i] = b;
    else {
      const u = CP1252_HIGH[b - 0x80]!;
      if (u === 0) {
        invalid++;
        if (first < 0) first = i;
      }
      units[i] = u === 0 ? 0xfffd : u;
    }
  }
  return { text: fromUnits(units), invalid, first };
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): { text: string; invalid: number; first: number } {
  const n = bytes.length >> 1;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) units[i] = bigEndian ? (bytes[2 * i]! << 8) | bytes[2 * i + 1]! : bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
  let invalid = bytes.length % 2; // a dangling odd byte
  let first = invalid ? bytes.length - 1 : -1;
  // lone surrogates are not text
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < n && units[i + 1]! >= 0xdc00 && units[i + 1]! <= 0xdfff) {
      i++;
      continue;
    }
    if (u >= 0xd800 && u <= 0xdfff) {
      units[i] = 0xfffd;
      invalid++;
      if (first < 0 || 2 * i < first) first = 2 * i;
    }
  }
  let text = fromUnits(units);
  if (invalid && bytes.length % 2) text += REPLACEMENT;
  return { text, invalid, first };
}

interface Utf8Scan {
  /** well-formed sequences of two to four bytes */
  multibyte: number;
  /** maximal ill-formed subsequences (each becomes one U+FFFD) */
  invalid: number;
  first: number;
}

/** Validates UTF-8 by the well-formed byte sequences of Unicode table 3-7. */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let first = -1;
  const bad = (at: number): void => {
    invalid++;
    if (first < 0) first = at;
  };
  const inRange = (i: number, lo: number, hi: number): boolean => i < bytes.length && bytes[i]! >= lo && bytes[i]! <= hi;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      bad(i);
      i++;
      continue;
    }
    // the second byte has the special range; the rest are plain continuation bytes
    let ok = inRange(i + 1, lo, hi);
    let len = ok ? 2 : 1;
    while (ok && len <= need) {
      ok = inRange(i + len, 0x80, 0xbf);
      if (ok) len++;
    }
    if (len === need + 1) {
      multibyte++;
      i += len;
    } else {
      bad(i);
      i += len;
    }
  }
  return { multibyte, invalid, first };
}

/** Zero bytes at odd (LE) or even (BE) positions, as ASCII-range text in UTF-16 has. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const probe = Math.min(bytes.length, 65536) & ~1;
  // a few bytes of a binary header can look like anything: ask for a line's worth of text
  if (probe < 32) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < probe; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = probe / 2;
  if (odd / pairs > 0.4 && even / pairs < 0.02) return 'utf-16le';
  if (even / pairs > 0.4 && odd / pairs < 0.02) return 'utf-16be';
  return null;
}

/**
 * Characters that change how text displays without being visible: C0 controls other
 * than tab, line feed, form feed and carriage return; C1 controls; zero-width space,
 * word joiner and invisible operators; a byte order mark inside the text; the Mongolian
 * vowel separator; and every bidi embedding, override and isolate (the "Trojan Source"
 * set). Joiners (ZWJ, ZWNJ) and the directional marks (LRM, RLM, ALM) stay: scripts need
 * them and they cannot reorder a run of digits or letters.
 */
export function isHiddenFormatChar(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d;
  if (c >= 0x7f && c <= 0x9f) return true;
  if (c === 0x200b || c === 0x180e || c === 0xfeff) return true;
  if (c >= 0x202a && c <= 0x202e) return true;
  if (c >= 0x2060 && c <= 0x2064) return true;
  return c >= 0x2066 && c <= 0x2069;
}

/** Replaces hidden characters by U+FFFD one for one (offsets hold) and says where they were. */
export function neutralise(text: string): { text: string; note: DecodeNote | null } {
  let count = 0;
  const codepoints = new Set<number>();
  const offsets: number[] = [];
  let out: string[] | null = null;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isHiddenFormatChar(c)) continue;
    out ??= [];
    out.push(text.slice(last, i), REPLACEMENT);
    last = i + 1;
    count++;
    codepoints.add(c);
    if (offsets.length < MAX_OFFSETS) offsets.push(i);
  }
  if (!out) return { text, note: null };
  out.push(text.slice(last));
  return { text: out.join(''), note: { kind: 'neutralised', count, codepoints: [...codepoints].sort((a, b) => a - b), offsets } };
}

function hex(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

const ENCODING_LABEL: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

export function encodingLabel(e: TextEncodingName): string {
  return ENCODING_LABEL[e];
}

/** One line per note, for the import summary and the reader. */
export function describeNote(note: DecodeNote): string {
  switch (note.kind) {
    case 'invalid-bytes':
      return `${note.count} invalid ${ENCODING_LABEL[note.encoding]} byte sequence${note.count === 1 ? '' : 's'} (the first at byte ${note.offset}), shown as �`;
    case 'guessed':
      return note.why === 'not-utf-8'
        ? `not valid UTF-8, so decoded as ${ENCODING_LABEL[note.encoding]}; choose another encoding if the text looks wrong`
        : `decoded as ${ENCODING_LABEL[note.encoding]} (no byte order mark); choose another encoding if the text looks wrong`;
    case 'neutralised':
      return `${note.count} hidden formatting character${note.count === 1 ? '' : 's'} (${note.codepoints.slice(0, 6).map(hex).join(', ')}${note.codepoints.length > 6 ? ', …' : ''}) that could change how the text displays, shown as �`;
  }
}

function finish(name: string, raw: string, encoding: TextEncodingName, notes: DecodeNote[]): DecodeResult {
  // a BOM read as text (or a second one from double encoding) is not content
  let text = raw;
  while (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { ok: false, error: `${name} contains a NUL character (at character ${nul}): a binary file, not an article (text, Markdown or HTML).` };
  if (text.trim().length === 0) return { ok: false, error: `${name} contains no text.` };
  if (looksBinary(text.slice(0, 65536))) {
    return { ok: false, error: `${name} looks like a binary file, not an article (text, Markdown or HTML).` };
  }
  const n = neutralise(text);
  return { ok: true, text: n.text, encoding, notes: n.note ? [...notes, n.note] : notes };
}

/**
 * Control characters (other than tab, newline, carriage return and form feed) and
 * replacement characters: more than 2% of the text, and more than a handful, is not
 * an article. A few stray ones in a short text are neutralised instead.
 */
function looksBinary(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad > 8 && bad / text.length > 0.02;
}

function sizeError(bytes: Uint8Array, name: string): string | null {
  if (bytes.length === 0) return `${name} is empty.`;
  if (bytes.length > MAX_ARTICLE_BYTES) return tooLargeMessage(name, bytes.length);
  return null;
}

/** Decodes with the encoding a reviewer chose (re-decoding the stored original bytes). */
export function decodeAs(bytes: Uint8Array, encoding: TextEncodingName, name = 'file'): DecodeResult {
  const refused = sizeError(bytes, name);
  if (refused) return { ok: false, error: refused };
  let body = bytes;
  if (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  if (encoding === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) body = bytes.subarray(2);
  if (encoding === 'utf-16be' && bytes[0] === 0xfe && bytes[1] === 0xff) body = bytes.subarray(2);
  const skipped = bytes.length - body.length;
  switch (encoding) {
    case 'utf-8': {
      if (body.includes(0)) return nulError(name, body.indexOf(0) + skipped);
      const scan = scanUtf8(body);
      const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
      const notes: DecodeNote[] = scan.invalid ? [{ kind: 'invalid-bytes', encoding, offset: scan.first + skipped, count: scan.invalid }] : [];
      return finish(name, text, encoding, notes);
    }
    case 'windows-1252': {
      if (body.includes(0)) return nulError(name, body.indexOf(0));
      const d = decodeCp1252(body);
      return finish(name, d.text, encoding, d.invalid ? [{ kind: 'invalid-bytes', encoding, offset: d.first, count: d.invalid }] : []);
    }
    case 'utf-16le':
    case 'utf-16be': {
      const d = decodeUtf16(body, encoding === 'utf-16be');
      return finish(name, d.text, encoding, d.invalid ? [{ kind: 'invalid-bytes', encoding, offset: d.first + skipped, count: d.invalid }] : []);
    }
  }
}

function nulError(name: string, at: number): DecodeResult {
  return { ok: false, error: `${name} contains a NUL byte (at byte ${at}): a binary file, not an article (text, Markdown or HTML).` };
}

/**
 * Finds the encoding: a BOM first; zero bytes in the pattern of UTF-16; valid UTF-8
 * (a few invalid sequences among many valid ones are repaired, with the byte offset
 * in a note); otherwise Windows-1252, the usual encoding of older Western files.
 */
export function decodeBytes(bytes: Uint8Array, name = 'file'): DecodeResult {
  const refused = sizeError(bytes, name);
  if (refused) return { ok: false, error: refused };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes, 'utf-8', name);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le', name);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be', name);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const r = decodeAs(bytes, utf16, name);
    return r.ok ? { ...r, notes: [{ kind: 'guessed', encoding: utf16, why: 'utf-16-without-bom' }, ...r.notes] } : r;
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return nulError(name, nul);
  const scan = scanUtf8(bytes);
  // Windows-1252 text almost never forms valid multi-byte UTF-8 by accident, while a
  // UTF-8 file with a stray byte has many valid sequences around the invalid one.
  if (scan.invalid === 0 || scan.multibyte >= 4 * scan.invalid) return decodeAs(bytes, 'utf-8', name);
  const r = decodeAs(bytes, 'windows-1252', name);
  return r.ok ? { ...r, notes: [{ kind: 'guessed', encoding: 'windows-1252', why: 'not-utf-8' }, ...r.notes] } : r;
}
