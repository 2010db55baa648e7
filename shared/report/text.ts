// Escaping and small text helpers shared by the report renderers.
// Every string that comes from an article (titles, sentences, quotes, names,
// notes) goes through one of the escapers here before it reaches an output.
import anyAscii from 'any-ascii';
import type { Verdict } from '../types';

export const VERDICT_LABEL: Record<Verdict, string> = {
  contradicted: 'Contradicted',
  corroborated: 'Corroborated',
  'single-sourced': 'Single-sourced',
};

/** One-sentence meaning of each verdict, printed in the report legend. */
export const VERDICT_MEANING: Record<Verdict, string> = {
  contradicted: 'independent sources disagree on a checkable detail',
  corroborated: 'reported consistently by at least two independent source groups',
  'single-sourced': 'found in only one independent source group (copies of one wire story count once)',
};

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const HTML_SPECIAL = /[&<>"']/g;

/** Escape for HTML text and double- or single-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c] ?? c);
}

const WHITESPACE_RUN = /\s+/g;

/** Collapse line breaks and runs of whitespace: report cells and list items are one line. */
export function oneLine(s: string): string {
  return s.replace(WHITESPACE_RUN, ' ').trim();
}

// Characters with inline meaning in CommonMark/GFM: emphasis, code, links, raw
// HTML, entities, strikethrough, table pipes. Backslash-escaping them makes
// article text literal; `&` is escaped so "&lt;" cannot become an entity.
const MD_INLINE = /[\\`*_[\]<>|&~]/g;
// At the start of a line these open a block (heading, list, quote, rule, setext).
const MD_BLOCK_START = /^([#+\-=>]|\d+[.)])/;

/** Escape text for Markdown: collapsed to one line, no markup or raw HTML survives. */
export function escapeMd(s: string): string {
  return escapeMdInline(s.trim()).replace(MD_BLOCK_START, (m) => (/^\d/.test(m) ? `${m.slice(0, -1)}\\${m.slice(-1)}` : `\\${m}`));
}

/** Escape a piece of a line (whitespace collapsed, not trimmed); never at the start of a line. */
export function escapeMdInline(s: string): string {
  return s.replace(WHITESPACE_RUN, ' ').replace(MD_INLINE, (c) => `\\${c}`);
}

// Cells starting with these are run as formulas by spreadsheet programs
// (CSV injection); tab and carriage return are included as OWASP advises.
const FORMULA_START = /^[=+\-@\t\r]/;
const CSV_NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 CSV field from text: formula guard, then quoting when needed. */
export function csvText(s: string): string {
  const guarded = FORMULA_START.test(s) ? `'${s}` : s;
  return CSV_NEEDS_QUOTES.test(guarded) || guarded !== guarded.trim() ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** JSON for embedding inside an HTML <script> element: nothing can close the element. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const NON_SLUG = /[^a-z0-9]+/g;

/** File-name-safe slug of a project name; transliterated so accents and other scripts survive. */
export function slugify(name: string, fallback: string): string {
  const slug = anyAscii(name).toLowerCase().replace(NON_SLUG, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return slug || fallback;
}

/**
 * Deterministic, locale-independent text order (accents folded, case folded,
 * then code units) so two machines sort names the same way.
 */
export function compareText(a: string, b: string): number {
  const fa = foldKey(a);
  const fb = foldKey(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

function foldKey(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Shorten to fewer than `limit` UTF-16 units, cutting at a word boundary and
 * ending with an ellipsis. Never splits a surrogate pair.
 */
export function shortenAtWord(s: string, limit: number): string {
  const flat = oneLine(s);
  if (flat.length < limit) return flat;
  const room = limit - 2; // keep the result strictly under `limit`, with one unit for the ellipsis
  let cut = flat.slice(0, room);
  const lastSpace = cut.lastIndexOf(' ');
  // Only back up to a space if that keeps most of the text; one giant word is cut hard.
  if (lastSpace >= room / 2) cut = cut.slice(0, lastSpace);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/** "3 claims", "1 claim" */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
