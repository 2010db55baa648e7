// Speakers given by layout rather than by a reporting verb:
//  - signature lines: a quotation followed by a dash and a name ("“…” ― Carla Sanchez", or a
//    paragraph "- Sanders." under a quoted paragraph), the convention of vox pops and fact checks;
//  - colon introductions: "Philip Bump: “…”", "Clinton’s response was: “…”", "Trump issued the
//    following statement:" — the quotation belongs to the subject of the clause before the colon.
import type { Attribution } from './attrib';
import type { Paragraph } from './context';
import { npAfter, npBefore } from './phrases';
import { openingSubject } from './subject';
import type { Token } from './tokens';

const DASHES = new Set(['-', '\u2013', '\u2014', '\u2015']);

/** A dash and a name at token `k` (before `limit`): the name as a speaker without cue. */
export function dashSignature(tokens: readonly Token[], k: number, limit: number, inQuote: Uint8Array): Attribution | null {
  let i = k;
  // closing punctuation left after the quotation ("”.")
  while (i <= limit && tokens[i]!.punct && !DASHES.has(tokens[i]!.w) && !inQuote[i]) i++;
  if (i > limit || !DASHES.has(tokens[i]!.w)) return null;
  while (i <= limit && DASHES.has(tokens[i]!.w)) i++;
  const np = i <= limit && !inQuote[i] ? npAfter(tokens, i, limit) : null;
  // the name must start right after the dash: "― Esther Tapia", not "— and then he left"
  return np && np.kind === 'name' && np.from === i ? { cueFrom: -1, cueTo: -1, np } : null;
}

/** A paragraph that is only a signature ("- Bernie Sanders.", "-Michelle Marks, Philadelphia."). */
export function signatureParagraph(p: Paragraph): Attribution | null {
  if (p.tokens.length === 0 || p.tokens.length > 12 || !DASHES.has(p.tokens[0]!.w)) return null;
  return dashSignature(p.tokens, 0, p.tokens.length - 1, p.inQuote);
}

/**
 * The speaker of a clause that ends in a colon at token `colon`: a bare name before the colon
 * ("Jeffrey Ortiz: “…”"), else the clause's opening noun phrase ("Hoff’s letter makes a case: “…”").
 */
export function colonIntroduction(tokens: readonly Token[], colon: number, floor: number, inQuote: Uint8Array): Attribution | null {
  if (tokens[colon]?.w !== ':' || colon - 1 < floor) return null;
  let start = colon - 1;
  while (start > floor && !tokens[start - 1]!.punct) start--;
  // a name that ends at the colon ("Jeffrey Ortiz: “…”", "More from Jones: “…”")
  const bare = npBefore(tokens, colon - 1, start);
  if (bare && bare.kind === 'name') return { cueFrom: -1, cueTo: -1, np: bare };
  // the last clause before the colon: "The crowd cheers, and then Wallnau continues: “…”"
  let from = floor;
  for (let k = colon - 2; k > floor; k--) {
    if (tokens[k]!.w === ';' || (tokens[k]!.w === ',' && /^(?:and|but|then)$/.test(tokens[k + 1]!.lower))) {
      from = k + 1;
      break;
    }
  }
  const o = openingSubject(tokens, from, colon, inQuote) ?? (from > floor ? openingSubject(tokens, floor, colon, inQuote) : null);
  return o && o.np.kind !== 'description' ? { cueFrom: -1, cueTo: -1, np: o.np } : o && o.np.definite ? { cueFrom: -1, cueTo: -1, np: o.np } : null;
}
