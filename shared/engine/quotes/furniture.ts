// Quotation marks that enclose no speech: markup attribute values and headlines of linked
// stories in a reading list.
import type { QuoteSpan } from '../text';

/**
 * The closing mark of an attribute value (<tweet tweet-date="…">) may pair with a later mark when
 * the value spans a line break: a quotation that opens on the tag's ">" or right after "=" is markup.
 */
function markup(text: string, q: QuoteSpan, s: number): boolean {
  return text[q.open - 1] === '=' || text[s] === '>';
}

/**
 * A reading list gives each linked story's headline in quotation marks with its byline:
 * "“Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello:". The headline is
 * capitalised and closed by its comma; a passive agent after a quoted phrase ("the “ugliness of
 * utterances, largely unprompted,” by Trump") does not open with a capital.
 */
const BYLINE_AFTER = /^\s+by\s+[A-Z]/;
function bylinedHeadline(text: string, q: QuoteSpan, s: number, e: number): boolean {
  const first = text.charAt(s);
  if (!(first >= 'A' && first <= 'Z') && first !== '\u2018' && first !== "'") return false;
  if (text[e - 1] !== ',' || !q.closed) return false;
  return BYLINE_AFTER.test(text.slice(q.end, q.end + 20));
}

/** The quotation holds markup or a byline's headline: not speech. */
export function notSpeech(text: string, q: QuoteSpan, s: number, e: number): boolean {
  return markup(text, q, s) || bylinedHeadline(text, q, s, e);
}
