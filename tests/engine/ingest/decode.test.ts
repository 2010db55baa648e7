// Bytes to text: the encodings, what is refused, and what is repaired or neutralised.
import { describe, expect, it } from 'vitest';
import { decodeAs, decodeBytes, describeNote, isHiddenFormatChar, MAX_ARTICLE_BYTES, type DecodeResult } from '../../../shared/engine/ingest/decode';

const ok = (r: DecodeResult): Extract<DecodeResult, { ok: true }> => {
  if (!r.ok) throw new Error(`expected text, got: ${r.error}`);
  return r;
};
const refused = (r: DecodeResult): string => {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};
const bytes = (...xs: number[]): Uint8Array => new Uint8Array(xs);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

describe('Windows-1252', () => {
  it('decodes curly quotes, dashes, the euro sign and ellipsis to their characters, not C1 controls', () => {
    // “Ships leave at dawn” – the harbour master said… €5
    const r = ok(decodeBytes(bytes(0x93, ...ascii('Ships leave at dawn'), 0x94, 0x20, 0x96, ...ascii(' the harbour master said'), 0x85, 0x20, 0x80, 0x35)));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('“Ships leave at dawn” – the harbour master said… €5');
    for (const c of r.text) expect(c.charCodeAt(0) < 0x80 || c.charCodeAt(0) > 0x9f).toBe(true);
    expect(r.notes).toEqual([{ kind: 'guessed', encoding: 'windows-1252', why: 'not-utf-8' }]);
  });

  it('maps every defined byte of 0x80-0x9F and Latin-1 letters; the five undefined bytes become U+FFFD with a note', () => {
    const r = ok(decodeAs(bytes(...ascii('Caf'), 0xe9, 0x20, 0x8a, 0x9a, 0x20, 0x81, 0x8d, ...ascii(' ok')), 'windows-1252'));
    expect(r.text).toBe('Café Šš \uFFFD\uFFFD ok');
    expect(r.notes).toEqual([{ kind: 'invalid-bytes', encoding: 'windows-1252', offset: 8, count: 2 }]);
  });
});

describe('UTF-8', () => {
  it('decodes valid UTF-8 and strips the BOM', () => {
    const r = ok(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Zoë met the Ōtake delegation — twice.')])));
    expect(r).toMatchObject({ encoding: 'utf-8', text: 'Zoë met the Ōtake delegation — twice.', notes: [] });
  });

  it('keeps every other non-ASCII character when one stray byte is invalid, and says at which byte', () => {
    const good = Buffer.from('Zoë and Léa met Ōtake in Málaga; “we agree,” said Zoë.');
    const damaged = new Uint8Array([...good.subarray(0, 10), 0xff, ...good.subarray(10)]);
    const r = ok(decodeBytes(damaged));
    expect(r.encoding).toBe('utf-8');
    // one U+FFFD where the stray byte was; every other character as written
    expect(r.text).toBe('Zoë and L\uFFFDéa met Ōtake in Málaga; “we agree,” said Zoë.');
    expect(r.notes).toEqual([{ kind: 'invalid-bytes', encoding: 'utf-8', offset: 10, count: 1 }]);
    expect(describeNote(r.notes[0]!)).toMatch(/byte 10/);
  });

  it('treats overlong and surrogate encodings as invalid', () => {
    const r = ok(decodeAs(bytes(...ascii('a'), 0xc0, 0xaf, ...ascii('b'), 0xed, 0xa0, 0x80, ...ascii(' and more text here')), 'utf-8'));
    expect(r.notes[0]).toMatchObject({ kind: 'invalid-bytes', offset: 1 });
  });
});

describe('UTF-16', () => {
  const text = 'The ferry to Skellig Rock resumed on Tuesday, officials said.';
  it('decodes with a BOM in both byte orders', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    expect(ok(decodeBytes(le))).toMatchObject({ encoding: 'utf-16le', text });
    expect(ok(decodeBytes(be))).toMatchObject({ encoding: 'utf-16be', text });
  });

  it('detects UTF-16 without a BOM instead of calling it binary', () => {
    const le = ok(decodeBytes(new Uint8Array(Buffer.from(text, 'utf16le'))));
    expect(le).toMatchObject({ encoding: 'utf-16le', text });
    expect(le.notes[0]).toEqual({ kind: 'guessed', encoding: 'utf-16le', why: 'utf-16-without-bom' });
    const be = ok(decodeBytes(new Uint8Array(Buffer.from(text, 'utf16le').swap16())));
    expect(be).toMatchObject({ encoding: 'utf-16be', text });
  });

  it('does not take a short binary header with zero bytes for UTF-16', () => {
    expect(refused(decodeBytes(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1), 'photo.jpg'))).toMatch(/binary/);
  });
});

describe('refusals', () => {
  it('refuses NUL bytes anywhere, also after the first 64 KB', () => {
    const big = new Uint8Array(200_000).fill(0x61);
    big[150_000] = 0;
    expect(refused(decodeBytes(big, 'late.txt'))).toMatch(/late\.txt contains a NUL byte \(at byte 150000\)/);
  });

  it('refuses empty, whitespace-only and binary files, and gives the real size of a huge one', () => {
    expect(refused(decodeBytes(new Uint8Array(0), 'e.txt'))).toBe('e.txt is empty.');
    expect(refused(decodeBytes(new Uint8Array([32, 10, 9]), 'w.txt'))).toBe('w.txt contains no text.');
    expect(refused(decodeBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), 'p.png'))).toMatch(/binary/);
    const huge = new Uint8Array(25 * 1024 * 1024);
    expect(refused(decodeBytes(huge, 'big.txt'))).toBe('big.txt is 25.0 MB; articles over 20 MB are refused.');
    expect(MAX_ARTICLE_BYTES).toBe(20 * 1024 * 1024);
  });
});

describe('hidden characters', () => {
  it('neutralises bidi overrides one for one, so the stored order is what the reader shows', () => {
    // "1000" written backwards behind a right-to-left override displays as "1000"
    const r = ok(decodeBytes(new Uint8Array(Buffer.from('The fine was \u202E0001\u202C dollars.'))));
    expect(r.text).toBe('The fine was \uFFFD0001\uFFFD dollars.');
    expect(r.text.length).toBe('The fine was \u202E0001\u202C dollars.'.length);
    expect(r.notes).toEqual([{ kind: 'neutralised', count: 2, codepoints: [0x202c, 0x202e], offsets: [13, 18] }]);
    expect(describeNote(r.notes[0]!)).toMatch(/2 hidden formatting characters \(U\+202C, U\+202E\)/);
  });

  it('neutralises zero-width spaces, isolates and stray controls, and keeps joiners and directional marks', () => {
    const r = ok(decodeBytes(new Uint8Array(Buffer.from('Ka\u200Bri \u2067x\u2069 \u001b[31m; \u200D\u200C\u200E\u200F ok'))));
    expect(r.text).toBe('Ka\uFFFDri \uFFFDx\uFFFD \uFFFD[31m; \u200D\u200C\u200E\u200F ok');
    for (const kept of [0x200d, 0x200c, 0x200e, 0x200f, 0x09, 0x0a, 0x0d]) expect(isHiddenFormatChar(kept)).toBe(false);
  });
});
